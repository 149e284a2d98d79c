// Sign-up: name, e-mail, password; claims the anonymous identity of this browser if there is one.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { nextPath, nextQuery } from "../../components/next-path.ts";
import { PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { currentLocale } from "../../i18n/i18n.ts";

const fields = ["name", "email", "password"] as const;

export function SignUpPage() {
  const { t } = useTranslation();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = nextPath(location.search);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm(fields, fields, () => ({ name, email, password }));

  if (user && !user.anonymous) return <Navigate to={next} replace />;

  const submit = form.handle(async () => {
    const body = { name: name.trim(), email: email.trim(), password, locale: currentLocale() };
    const created = await client.post("/auth/sign-up", { body });
    await signedIn(created.user);
    navigate(next, { replace: true });
  });

  return (
    <section className="narrow card">
      <PageTitle text={t("signUp.title")} />
      <p className="lead">{user?.anonymous ? t("signUp.claimIntro") : t("signUp.intro")}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          name="name"
          label={t("fields.name")}
          hint={t("fields.nameHint")}
          value={name}
          onValue={setName}
          error={form.errors.fields.name}
          autoComplete="name"
          maxLength={100}
          required
        />
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
          hint={t("fields.passwordHint")}
          value={password}
          onValue={setPassword}
          error={form.errors.fields.password}
          autoComplete="new-password"
          required
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("signUp.submit")}
        </button>
      </form>
      <p className="aside">
        {t("signUp.haveAccount")} <Link to={`/sign-in${nextQuery(next)}`}>{t("signUp.signInLink")}</Link>
      </p>
    </section>
  );
}
