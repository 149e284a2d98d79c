// The language switch of the header: remembered on this device and, when signed in, saved to the profile.
import { useTranslation } from "react-i18next";
import { useSession } from "../api/session.tsx";
import { client } from "../api/typed-client.ts";
import { applyLocale, currentLocale, type Locale, locales } from "../i18n/i18n.ts";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { user, setUser } = useSession();
  const active = currentLocale();

  async function choose(locale: Locale) {
    await applyLocale(locale);
    if (user && user.locale !== locale) {
      try {
        setUser((await client.patch("/me", { body: { locale } })).user);
      } catch {
        // The choice still holds on this device; the profile catches up at the next switch.
      }
    }
  }

  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === active}
          onClick={() => void choose(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}
