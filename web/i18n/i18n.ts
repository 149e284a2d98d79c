// The interface languages: French first, English; the choice follows the browser until the user picks one.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };

export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];

const storageKey = "cocrea.locale";

/** French when the browser's first language is French, else English. */
export function browserLocale(languages: readonly string[]): Locale {
  return languages[0]?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The language the user picked on this device, if any. */
export function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return value === "fr" || value === "en" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Switches the interface language, remembers it on this device, and updates `<html lang>`. */
export async function applyLocale(locale: Locale, remember = true): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this page only.
    }
  }
  await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return i18next.language === "en" ? "en" : "fr";
}

/** Starts i18next with the remembered language, else the browser's. */
export function initI18n(): typeof i18next {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  i18next.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: storedLocale() ?? browserLocale(languages),
    fallbackLng: "fr",
    supportedLngs: locales,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
