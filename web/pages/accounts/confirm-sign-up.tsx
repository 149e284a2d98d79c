// Opens the account of an e-mailed confirmation link (/confirm-sign-up?token=…) with one click, then signs in.
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { nextPath } from "../../components/next-path.ts";
import { PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["token"] as const;

/**
 * A button rather than opening at once: mail filters that visit links must not use the link in the person's place.
 */
export function ConfirmSignUpPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const token = new URLSearchParams(useLocation().search).get("token") ?? "";
  const form = useForm(fields, [], () => ({}));

  const submit = form.handle(async () => {
    const result = await client.post("/auth/sign-up/confirm", { body: { token } });
    await signedIn(result.user);
    navigate(nextPath(`?next=${encodeURIComponent(result.next ?? "/")}`), { replace: true });
  });

  const tokenError = form.errors.fields.token;
  return (
    <section className="narrow card">
      <PageTitle text={t("confirmSignUp.title")} />
      {!token || tokenError ? (
        <div role="alert" className="alert alert-error">
          <p>{tokenError ? t("errors.sign-up-token-invalid") : t("confirmSignUp.missingToken")}</p>
          <p>
            <Link to="/sign-up">{t("confirmSignUp.signUpAgain")}</Link>
          </p>
        </div>
      ) : (
        <form ref={form.formRef} onSubmit={submit} noValidate>
          <p className="lead">{t("confirmSignUp.intro")}</p>
          <FormAlert error={form.errors.form} />
          <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
            {t("confirmSignUp.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
