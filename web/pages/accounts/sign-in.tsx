// Sign-in with e-mail and password, then back to where the user was going.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { nextPath, nextQuery } from "../../components/next-path.ts";
import { PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["email", "password"] as const;

export function SignInPage() {
  const { t } = useTranslation();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = nextPath(location.search);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm(fields, fields, () => ({ email, password }));

  if (user && !user.anonymous) return <Navigate to={next} replace />;

  const submit = form.handle(async () => {
    const result = await client.post("/auth/sign-in", { body: { email: email.trim(), password } });
    await signedIn(result.user);
    navigate(next, { replace: true });
  });

  return (
    <section className="narrow card">
      <PageTitle text={t("signIn.title")} />
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          value={email}
          onValue={setEmail}
          error={form.errors.fields.email}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t("fields.password")}
          value={password}
          onValue={setPassword}
          error={form.errors.fields.password}
          autoComplete="current-password"
          required
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("signIn.submit")}
        </button>
      </form>
      <p className="aside">
        <Link to="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
      <p className="aside">
        {t("signIn.noAccount")} <Link to={`/sign-up${nextQuery(next)}`}>{t("signIn.signUpLink")}</Link>
      </p>
    </section>
  );
}
