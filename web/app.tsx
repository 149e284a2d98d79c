// The routes of the web app, inside the session and the page layout.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Link, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { SessionProvider, useSession } from "./api/session.tsx";
import { nextQuery } from "./components/next-path.ts";
import { Loading, PageTitle } from "./components/page.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { ForgotPasswordPage } from "./pages/accounts/forgot-password.tsx";
import { ResetPasswordPage } from "./pages/accounts/reset-password.tsx";
import { SignInPage } from "./pages/accounts/sign-in.tsx";
import { SignUpPage } from "./pages/accounts/sign-up.tsx";
import { EditChallengePage, NewChallengePage } from "./pages/challenges/challenge-edit-page.tsx";
import { ChallengePage } from "./pages/challenges/challenge-page.tsx";
import { EditIdeaPage, NewIdeaPage } from "./pages/challenges/idea-form-page.tsx";
import { IdeaPage } from "./pages/challenges/idea-page.tsx";
import { PublicChallengePage } from "./pages/challenges/public-challenge-page.tsx";
import { JuryPage } from "./pages/contest/jury-page.tsx";
import { PublicDebriefPage } from "./pages/debrief/public-debrief-page.tsx";
import { PreferencesPage } from "./pages/notifications/preferences-page.tsx";
import { UnsubscribePage } from "./pages/notifications/unsubscribe-page.tsx";
import { SynthesisPage } from "./pages/synthesis/synthesis-page.tsx";
import { JoinPage } from "./pages/workspaces/join.tsx";
import { ModerationLogPage } from "./pages/workspaces/moderation-log-page.tsx";
import { WorkspacePage } from "./pages/workspaces/workspace-page.tsx";
import { WorkspacesPage } from "./pages/workspaces/workspaces-page.tsx";

function Layout() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
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
  ["workspaces/:workspaceId/challenges/:challengeId/edit", <EditChallengePage key="edit-challenge" />],
  ["workspaces/:workspaceId/challenges/:challengeId/jury", <JuryPage key="jury" />],
  ["workspaces/:workspaceId/challenges/:challengeId/ideas/new", <NewIdeaPage key="new-idea" />],
  ["workspaces/:workspaceId/challenges/:challengeId/synthesis", <SynthesisPage key="synthesis" />],
  ["workspaces/:workspaceId/ideas/:ideaId", <IdeaPage key="idea" />],
  ["workspaces/:workspaceId/ideas/:ideaId/edit", <EditIdeaPage key="edit-idea" />],
  ["workspaces/:workspaceId/moderation/log", <ModerationLogPage key="moderation-log" />],
  ["notifications", <PreferencesPage key="notification-preferences" />],
];

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route
              index
              element={
                <SignedIn>
                  <WorkspacesPage />
                </SignedIn>
              }
            />
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
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route path="public/challenges/:challengeId" element={<PublicChallengePage />} />
            <Route path="unsubscribe" element={<UnsubscribePage />} />
            <Route path="public/challenges/:challengeId/debrief" element={<PublicDebriefPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
