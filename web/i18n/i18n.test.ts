import { describe, expect, it } from "vitest";
import { NotificationKindSchema } from "../../src/contracts/notifications.ts";
import { errorCodes } from "../../src/errors.ts";
import en from "./en.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };
import { browserLocale } from "./i18n.ts";

/** Every key path of a nested translation object, e.g. "errors.email-taken". */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("translate every error code in French and English", () => {
    for (const code of errorCodes) {
      expect(fr.errors, `fr errors.${code}`).toHaveProperty([code]);
      expect(en.errors, `en errors.${code}`).toHaveProperty([code]);
    }
  });

  it("have no error message for a code the server does not know", () => {
    expect(Object.keys(fr.errors).sort()).toEqual([...errorCodes].sort());
    expect(Object.keys(en.errors).sort()).toEqual([...errorCodes].sort());
  });

  it("name every kind of notification, in the list and among the preferences", () => {
    const kinds = NotificationKindSchema.anyOf.map((kind) => kind.const);
    for (const [name, messages] of Object.entries({ fr, en })) {
      for (const kind of kinds) {
        expect(messages.notifications, `${name} notifications.${kind}`).toHaveProperty([kind]);
        expect(messages.preferences.kinds, `${name} preferences.kinds.${kind}`).toHaveProperty([kind]);
      }
    }
  });

  it("have the same keys in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it("have no empty message", () => {
    for (const [name, messages] of Object.entries({ fr, en })) {
      for (const key of keysOf(messages)) {
        const text = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof text === "string" && text.trim().length > 0, `${name} ${key}`).toBe(true);
      }
    }
  });
});

describe("browserLocale", () => {
  it("chooses French when the browser's first language is French, whatever its region", () => {
    expect(browserLocale(["fr-CA", "en"])).toBe("fr");
    expect(browserLocale(["FR"])).toBe("fr");
  });

  it("chooses English otherwise, even with French further down the list", () => {
    expect(browserLocale(["en-GB", "fr-FR"])).toBe("en");
    expect(browserLocale(["de-DE"])).toBe("en");
    expect(browserLocale([])).toBe("en");
  });
});
