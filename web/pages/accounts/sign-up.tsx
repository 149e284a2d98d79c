// Sign-up: name, e-mail, password; then "check your e-mail" (the account opens from the link, whatever the address).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { nextPath, nextQuery } from "../../components/next-path.ts";
import { PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { currentLocale } from "../../i18n/i18n.ts";

const fields = ["name", "email", "password"] as const;

export function SignUpPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const next = nextPath(location.search);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm(fields, fields, () => ({ name, email, password }));

  if (user && !user.anonymous) return <Navigate to={next} replace />;

  // The answer is the same whether the address is new or already has an account: both get an e-mail.
  const submit = form.handle(async () => {
    setSentTo(undefined);
    const body = {
      name: name.trim(),
      email: email.trim(),
      password,
      locale: currentLocale(),
      ...(next === "/" ? {} : { next }),
    };
    await client.post("/auth/sign-up", { body });
    setPassword("");
    setSentTo(email.trim());
  });

  return (
    <section className="narrow card">
      <PageTitle text={t("signUp.title")} />
      <p className="lead">{user?.anonymous ? t("signUp.claimIntro") : t("signUp.intro")}</p>
      <StatusMessage>{sentTo && t("signUp.sent", { email: sentTo })}</StatusMessage>
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
