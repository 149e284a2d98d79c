// Changing the password: the current one, then the new one; other devices are signed out.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { AccountSection, passwordError } from "./account-section.tsx";

const fields = ["currentPassword", "newPassword"] as const;

export function PasswordSection() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [done, setDone] = useState(false);
  const form = useForm(fields, fields, () => ({ currentPassword, newPassword }));

  const submit = form.handle(async () => {
    setDone(false);
    await client.post("/me/password", { body: { currentPassword, newPassword } });
    setCurrent("");
    setNew("");
    setDone(true);
  });

  return (
    <AccountSection id="password" title={t("account.password.title")}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="password"
          name="currentPassword"
          type="password"
          label={t("account.password.current")}
          value={currentPassword}
          onValue={setCurrent}
          error={passwordError(form.errors.fields.currentPassword)}
          autoComplete="current-password"
          required
        />
        <TextField
          idPrefix="password"
          name="newPassword"
          type="password"
          label={t("account.password.new")}
          hint={t("fields.passwordHint")}
          value={newPassword}
          onValue={setNew}
          error={form.errors.fields.newPassword}
          autoComplete="new-password"
          required
        />
        <button type="submit" aria-disabled={form.busy || undefined}>
          {t("account.password.submit")}
        </button>
        <StatusMessage>{done ? t("account.password.done") : null}</StatusMessage>
      </form>
    </AccountSection>
  );
}
