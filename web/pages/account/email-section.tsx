// Changing the account's e-mail address: a link goes to the new one; the current one stays until it is opened.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import type { UserData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { AccountSection, passwordError } from "./account-section.tsx";

const fields = ["email", "password"] as const;

export function EmailSection({ user }: { user: UserData }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm(fields, fields, () => ({ email, password }));

  const submit = form.handle(async () => {
    setSentTo(undefined);
    await client.post("/me/email", { body: { email: email.trim(), password } });
    setSentTo(email.trim());
    setEmail("");
    setPassword("");
  });

  return (
    <AccountSection id="email" title={t("account.email.title")}>
      <p>{t("account.email.current", { email: user.email })}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="email"
          name="email"
          type="email"
          label={t("account.email.new")}
          hint={t("account.email.hint")}
          value={email}
          onValue={setEmail}
          error={form.errors.fields.email}
          autoComplete="email"
          required
        />
        <TextField
          idPrefix="email"
          name="password"
          type="password"
          label={t("account.email.password")}
          value={password}
          onValue={setPassword}
          error={passwordError(form.errors.fields.password)}
          autoComplete="current-password"
          required
        />
        <button type="submit" aria-disabled={form.busy || undefined}>
          {t("account.email.submit")}
        </button>
        <StatusMessage>
          {sentTo ? t("account.email.sent", { email: sentTo, current: user.email }) : null}
        </StatusMessage>
      </form>
    </AccountSection>
  );
}
