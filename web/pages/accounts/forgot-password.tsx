// Asks for a password-reset link by e-mail; the answer never says whether the address has an account.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/typed-client.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["email"] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm(fields, fields, () => ({ email }));

  const submit = form.handle(async () => {
    setSentTo(undefined);
    await client.post("/auth/password-reset", { body: { email: email.trim() } });
    setSentTo(email.trim());
  });

  return (
    <section className="narrow card">
      <PageTitle text={t("forgot.title")} />
      <p className="lead">{t("forgot.intro")}</p>
      <StatusMessage>{sentTo && t("forgot.sent", { email: sentTo })}</StatusMessage>
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
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("forgot.submit")}
        </button>
      </form>
      <p className="aside">
        <Link to="/sign-in">{t("forgot.back")}</Link>
      </p>
    </section>
  );
}
