// The account's name and language, saved to the profile.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import type { UserData } from "../../api/types.ts";
import { FormAlert, SelectField, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { applyLocale, type Locale, locales } from "../../i18n/i18n.ts";
import { AccountSection } from "./account-section.tsx";

const fields = ["name", "locale"] as const;

export function ProfileSection({ user }: { user: UserData }) {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [saved, setSaved] = useState(false);
  const form = useForm(fields, ["name"], () => ({ name }));

  const submit = form.handle(async () => {
    setSaved(false);
    const result = await client.patch("/me", { body: { name: name.trim(), locale } });
    setUser(result.user);
    await applyLocale(result.user.locale);
    setSaved(true);
  });

  return (
    <AccountSection id="profile" title={t("account.profile.title")}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="profile"
          name="name"
          label={t("account.profile.name")}
          hint={t("account.profile.nameHint")}
          value={name}
          onValue={(value) => {
            setSaved(false);
            setName(value);
          }}
          error={form.errors.fields.name}
          autoComplete="name"
          maxLength={100}
          required
        />
        <SelectField
          idPrefix="profile"
          name="locale"
          label={t("account.profile.locale")}
          value={locale}
          onValue={(value) => {
            setSaved(false);
            setLocale(value as Locale);
          }}
          options={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          error={form.errors.fields.locale}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("account.profile.save")}
        </button>
        <StatusMessage>{saved ? t("account.profile.saved") : null}</StatusMessage>
      </form>
    </AccountSection>
  );
}
