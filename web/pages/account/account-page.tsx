// "My account": profile and language, e-mail, password, contributions and workspaces, data export, deletion.
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import type { AccountSectionId } from "./account-section.tsx";
import { ContributionsSection } from "./contributions-section.tsx";
import { DataSection } from "./data-section.tsx";
import { DeleteSection } from "./delete-section.tsx";
import { EmailSection } from "./email-section.tsx";
import { PasswordSection } from "./password-section.tsx";
import { ProfileSection } from "./profile-section.tsx";

const sections: AccountSectionId[] = ["profile", "email", "password", "contributions", "data", "delete"];

export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return <Loading />;
  // An anonymous identity has no address nor password to change: it can still export and erase its data.
  const shown = sections.filter((s) => !user.anonymous || (s !== "email" && s !== "password"));
  return (
    <div className="account-page">
      <PageTitle text={t("account.title")} />
      <nav aria-label={t("account.sectionsNav")} className="account-nav">
        <ul>
          {shown.map((section) => (
            <li key={section}>
              <a href={`#account-${section}`}>{t(`account.${section}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="account-sections">
        <ProfileSection user={user} />
        {!user.anonymous && <EmailSection user={user} />}
        {!user.anonymous && <PasswordSection />}
        <ContributionsSection user={user} />
        <DataSection />
        <DeleteSection user={user} />
      </div>
    </div>
  );
}
