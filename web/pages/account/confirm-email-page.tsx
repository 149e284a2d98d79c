// Opens the link sent to a new e-mail address (/account/email?token=…): the address becomes the account's.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { Loading, PageTitle } from "../../components/page.tsx";

export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { user, setUser } = useSession();
  const token = new URLSearchParams(useLocation().search).get("token") ?? "";
  const [state, setState] = useState<{ email?: string; error?: string }>();
  const asked = useRef(false);

  useEffect(() => {
    // Once only: the link works once, and React may run effects twice in development.
    if (asked.current) return;
    asked.current = true;
    if (!token) return setState({ error: "errors.email-change-invalid" });
    client
      .post("/me/email/confirm", { body: { token } })
      .then((result) => {
        setState({ email: result.user.email ?? "" });
        if (user && user.id === result.user.id) setUser(result.user);
      })
      .catch((failure: unknown) => {
        const errors = formErrorsOf(failure, ["token", "email"]);
        setState({ error: errors.fields.token ?? errors.fields.email ?? errors.form });
      });
  }, [token, user, setUser]);

  return (
    <section className="narrow card">
      <PageTitle text={t("account.confirmEmail.title")} />
      {!state ? (
        <Loading />
      ) : state.error ? (
        <div role="alert" className="alert alert-error">
          {t(state.error)}
        </div>
      ) : (
        <p role="status">{t("account.confirmEmail.done", { email: state.email })}</p>
      )}
      <p>
        <Link to={user ? "/account" : "/sign-in"}>{user ? t("account.title") : t("nav.signIn")}</Link>
      </p>
    </section>
  );
}
