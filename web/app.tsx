// The routes of the web app, inside the session and the page layout.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Link, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { SessionProvider, useSession } from "./api/session.tsx";
import { Loading, PageTitle } from "./components/page.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { ForgotPasswordPage } from "./pages/accounts/forgot-password.tsx";
import { nextQuery } from "./pages/accounts/next-path.ts";
import { ResetPasswordPage } from "./pages/accounts/reset-password.tsx";
import { SignInPage } from "./pages/accounts/sign-in.tsx";
import { SignUpPage } from "./pages/accounts/sign-up.tsx";
import { JoinPage } from "./pages/workspaces/join.tsx";
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
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-up" element={<SignUpPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
