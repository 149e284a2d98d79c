import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";

describe("detectLanguage", () => {
  it("recognizes French, including elisions", () => {
    expect(detectLanguage("Il faut plus de pistes cyclables dans l'agglomération")).toBe("fr");
  });
  it("recognizes English", () => {
    expect(detectLanguage("The city should build more bike lanes for the children")).toBe("en");
  });
  it("recognizes German", () => {
    expect(detectLanguage("Die Stadt sollte mehr Radwege für die Kinder bauen")).toBe("de");
  });
  it("falls back when nothing decides", () => {
    expect(detectLanguage("👍👍", "fr")).toBe("fr");
    expect(detectLanguage("")).toBe("unknown");
  });
});
