// The routes of the web app, inside the session and the page layout.
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Link, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { SessionProvider, useSession } from "./api/session.tsx";
import { nextQuery } from "./components/next-path.ts";
import { Loading, PageTitle } from "./components/page.tsx";
import { SiteHeader } from "./components/site-header.tsx";

/**
 * A page loaded when first visited: each page is its own chunk, so the first load carries only the frame (session,
 * header, router, translations) and the page asked for.
 */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const AccountPage = page(() => import("./pages/account/account-page.tsx"), "AccountPage");
const AccountDeletedPage = page(
  () => import("./pages/account/account-deleted-page.tsx"),
  "AccountDeletedPage",
);
const ConfirmEmailPage = page(() => import("./pages/account/confirm-email-page.tsx"), "ConfirmEmailPage");
const ForgotPasswordPage = page(() => import("./pages/accounts/forgot-password.tsx"), "ForgotPasswordPage");
const ResetPasswordPage = page(() => import("./pages/accounts/reset-password.tsx"), "ResetPasswordPage");
const SignInPage = page(() => import("./pages/accounts/sign-in.tsx"), "SignInPage");
const SignUpPage = page(() => import("./pages/accounts/sign-up.tsx"), "SignUpPage");
const ConfirmSignUpPage = page(() => import("./pages/accounts/confirm-sign-up.tsx"), "ConfirmSignUpPage");
const EditChallengePage = page(
  () => import("./pages/challenges/challenge-edit-page.tsx"),
  "EditChallengePage",
);
const NewChallengePage = page(() => import("./pages/challenges/challenge-edit-page.tsx"), "NewChallengePage");
const ChallengePage = page(() => import("./pages/challenges/challenge-page.tsx"), "ChallengePage");
const ChallengeConsolePage = page(() => import("./pages/console/console-page.tsx"), "ChallengeConsolePage");
const EditIdeaPage = page(() => import("./pages/challenges/idea-form-page.tsx"), "EditIdeaPage");
const NewIdeaPage = page(() => import("./pages/challenges/idea-form-page.tsx"), "NewIdeaPage");
const IdeaPage = page(() => import("./pages/challenges/idea-page.tsx"), "IdeaPage");
const PublicChallengePage = page(
  () => import("./pages/challenges/public-challenge-page.tsx"),
  "PublicChallengePage",
);
const JuryPage = page(() => import("./pages/contest/jury-page.tsx"), "JuryPage");
const PublicDebriefPage = page(() => import("./pages/debrief/public-debrief-page.tsx"), "PublicDebriefPage");
const PlanPage = page(() => import("./pages/plans/plan-page.tsx"), "PlanPage");
const PlansPage = page(() => import("./pages/plans/plans-page.tsx"), "PlansPage");
const SessionsPage = page(() => import("./pages/plans/sessions-page.tsx"), "SessionsPage");
const CalendarPage = page(() => import("./pages/plans/calendar-page.tsx"), "CalendarPage");
const NotificationCentrePage = page(
  () => import("./pages/notifications/notification-centre-page.tsx"),
  "NotificationCentrePage",
);
const PublicHomePage = page(() => import("./pages/public/public-home-page.tsx"), "PublicHomePage");
const PublicWorkspacePage = page(() => import("./pages/public/public-home-page.tsx"), "PublicWorkspacePage");
const PublicIdeaPage = page(() => import("./pages/public/public-idea-page.tsx"), "PublicIdeaPage");
const PreferencesPage = page(() => import("./pages/notifications/preferences-page.tsx"), "PreferencesPage");
const UnsubscribePage = page(() => import("./pages/notifications/unsubscribe-page.tsx"), "UnsubscribePage");
const SynthesisPage = page(() => import("./pages/synthesis/synthesis-page.tsx"), "SynthesisPage");
const ListeningProjectsPage = page(
  () => import("./pages/listening/projects-page.tsx"),
  "ListeningProjectsPage",
);
const ListeningDashboardPage = page(
  () => import("./pages/listening/dashboard-page.tsx"),
  "ListeningDashboardPage",
);
const ListeningImportPage = page(() => import("./pages/listening/import-page.tsx"), "ListeningImportPage");
const SnapshotsPage = page(() => import("./pages/listening/snapshots-page.tsx"), "SnapshotsPage");
const AlertsPage = page(() => import("./pages/listening/alerts-page.tsx"), "AlertsPage");
const ListeningReportPage = page(() => import("./pages/listening/report-page.tsx"), "ListeningReportPage");
const JoinPage = page(() => import("./pages/workspaces/join.tsx"), "JoinPage");
const ModerationLogPage = page(
  () => import("./pages/workspaces/moderation-log-page.tsx"),
  "ModerationLogPage",
);
const WorkspacePage = page(() => import("./pages/workspaces/workspace-page.tsx"), "WorkspacePage");
const WorkspacesPage = page(() => import("./pages/workspaces/workspaces-page.tsx"), "WorkspacesPage");

function Layout() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

/** The home: a signed-in person's workspaces, or the instance's public face for a visitor. */
function Home() {
  const { user } = useSession();
  if (user === undefined) return <Loading />;
  return user === null ? <PublicHomePage /> : <WorkspacesPage />;
}

/** Pages for signed-in people (anonymous identities included); others go to sign-in and come back. */
function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    return <Navigate to={`/sign-in${nextQuery(location.pathname + location.search)}`} replace />;
  }
  return children;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <PageTitle text={t("app.notFound")} />
      <p>{t("app.notFoundText")}</p>
      <p>
        <Link to="/">{t("app.backHome")}</Link>
      </p>
    </section>
  );
}

/** The pages of challenges and ideas, all for members of the workspace. */
const signedInRoutes: Array<[string, ReactNode]> = [
  ["workspaces/:workspaceId/challenges/new", <NewChallengePage key="new-challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId", <ChallengePage key="challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId/brief", <ChallengePage key="challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId/debate", <ChallengePage key="challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId/results", <ChallengePage key="challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId/console", <ChallengeConsolePage key="console" />],
  ["workspaces/:workspaceId/challenges/:challengeId/edit", <EditChallengePage key="edit-challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId/jury", <JuryPage key="jury" />],
  ["workspaces/:workspaceId/challenges/:challengeId/ideas/new", <NewIdeaPage key="new-idea" />],
  ["workspaces/:workspaceId/challenges/:challengeId/synthesis", <SynthesisPage key="synthesis" />],
  ["workspaces/:workspaceId/ideas/:ideaId", <IdeaPage key="idea" />],
  ["workspaces/:workspaceId/ideas/:ideaId/edit", <EditIdeaPage key="edit-idea" />],
  ["workspaces/:workspaceId/moderation/log", <ModerationLogPage key="moderation-log" />],
  ["workspaces/:workspaceId/plans", <PlansPage key="plans" />],
  ["workspaces/:workspaceId/plans/:planId", <PlanPage key="plan" />],
  ["workspaces/:workspaceId/plans/:planId/sessions", <SessionsPage key="plan-sessions" />],
  ["workspaces/:workspaceId/plans/:planId/calendar", <CalendarPage key="plan-calendar" />],
  ["notifications", <NotificationCentrePage key="notification-centre" />],
  ["account", <AccountPage key="account" />],
  ["notifications/preferences", <PreferencesPage key="notification-preferences" />],
  ["workspaces/:workspaceId/listening", <ListeningProjectsPage key="listening" />],
  ["workspaces/:workspaceId/listening/:projectId", <ListeningDashboardPage key="listening-dashboard" />],
  ["workspaces/:workspaceId/listening/:projectId/import", <ListeningImportPage key="listening-import" />],
  ["workspaces/:workspaceId/listening/:projectId/snapshots", <SnapshotsPage key="listening-snapshots" />],
  ["workspaces/:workspaceId/listening/:projectId/alerts", <AlertsPage key="listening-alerts" />],
  ["workspaces/:workspaceId/listening/:projectId/report", <ListeningReportPage key="listening-report" />],
];

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="public" element={<PublicHomePage />} />
            <Route path="w/:workspaceId" element={<PublicWorkspacePage />} />
            <Route
              path="workspaces/:workspaceId"
              element={
                <SignedIn>
                  <WorkspacePage />
                </SignedIn>
              }
            />
            {signedInRoutes.map(([path, page]) => (
              <Route key={path} path={path} element={<SignedIn>{page}</SignedIn>} />
            ))}
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-up" element={<SignUpPage />} />
            <Route path="confirm-sign-up" element={<ConfirmSignUpPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route path="public/challenges/:challengeId" element={<PublicChallengePage />} />
            <Route path="unsubscribe" element={<UnsubscribePage />} />
            <Route path="account/deleted" element={<AccountDeletedPage />} />
            <Route path="account/email" element={<ConfirmEmailPage />} />
            <Route path="public/challenges/:challengeId/debrief" element={<PublicDebriefPage />} />
            <Route path="public/challenges/:challengeId/ideas/:ideaId" element={<PublicIdeaPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
