// A plan's language: the template's and the exports' language.
import type { PlanLanguage } from "./section-markdown.ts";

/** The language of a stored plan row ("fr" unless it says "en"). */
export function planLanguage(value: string): PlanLanguage {
  return value === "en" ? "en" : "fr";
}
