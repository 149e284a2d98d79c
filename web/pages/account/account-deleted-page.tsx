// Shown once the account is deleted: what happened, and the way back to the public pages.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../components/page.tsx";

export function AccountDeletedPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow card">
      <PageTitle text={t("account.deleted.title")} />
      <p>{t("account.deleted.text")}</p>
      <p>
        <Link to="/">{t("app.backHome")}</Link>
      </p>
    </section>
  );
}
