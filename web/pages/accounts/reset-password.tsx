// Sets a new password from the e-mailed link (/reset-password?token=…), then signs in.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["password", "token"] as const;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const token = new URLSearchParams(useLocation().search).get("token") ?? "";
  const [password, setPassword] = useState("");
  const form = useForm(fields, ["password"], () => ({ password }));

  const submit = form.handle(async () => {
    const result = await client.post("/auth/password-reset/confirm", { body: { token, password } });
    await signedIn(result.user);
    navigate("/", { replace: true });
  });

  const tokenError = form.errors.fields.token;
  return (
    <section className="narrow card">
      <PageTitle text={t("reset.title")} />
      {!token || tokenError ? (
        <div role="alert" className="alert alert-error">
          <p>{tokenError ? t("errors.reset-token-invalid") : t("reset.missingToken")}</p>
          <p>
            <Link to="/forgot-password">{t("reset.requestNew")}</Link>
          </p>
        </div>
      ) : null}
      {token && !tokenError && (
        <form ref={form.formRef} onSubmit={submit} noValidate>
          <FormAlert error={form.errors.form} />
          <TextField
            name="password"
            type="password"
            label={t("fields.newPassword")}
            hint={t("fields.passwordHint")}
            value={password}
            onValue={setPassword}
            error={form.errors.fields.password}
            autoComplete="new-password"
            required
          />
          <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
            {t("reset.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
