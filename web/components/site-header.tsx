// The header of every page: skip link, name, main navigation, language switch, and the anonymous banner.
import { useTranslation } from "react-i18next";
import { Link, NavLink, useNavigate } from "react-router";
import { useSession } from "../api/session.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { NotificationsLink } from "./notifications-link.tsx";

export function SiteHeader() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();

  async function leave() {
    await signOut();
    navigate("/sign-in");
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>
            {t("app.name")}
          </Link>
          <nav aria-label={t("app.mainNav")} className="main-nav">
            <ul>
              {user ? (
                <>
                  <li>
                    <NavLink to="/" end>
                      {t("nav.workspaces")}
                    </NavLink>
                  </li>
                  <li>
                    <NotificationsLink />
                  </li>
                  <li className="who">
                    <NavLink to="/account">{t("account.menu", { name: user.name })}</NavLink>
                  </li>
                  <li>
                    {user.anonymous ? (
                      // Signing out would lose an anonymous identity for good: offer to sign in instead.
                      <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
                    ) : (
                      <button type="button" className="link-button" onClick={() => void leave()}>
                        {t("nav.signOut")}
                      </button>
                    )}
                  </li>
                </>
              ) : user === null ? (
                <>
                  <li>
                    <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/sign-up">{t("nav.signUp")}</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      {user?.anonymous && (
        <aside className="anonymous-banner" aria-label={t("anonymous.cta")}>
          <p>
            {t("anonymous.banner", { name: user.name })} <Link to="/sign-up">{t("anonymous.cta")}</Link>
          </p>
        </aside>
      )}
    </>
  );
}
