// How challenge pages write dates, durations and excerpts in the interface's language.
import type { TFunction } from "i18next";
import { spokenParts, timeLeft } from "./time.ts";

/** A date and time, e.g. "25 novembre 2026 à 18:00". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}

/** A duration of at least a minute in words, e.g. "2 heures et 15 minutes". */
export function formatDuration(t: TFunction, milliseconds: number): string {
  const left = timeLeft(Math.max(milliseconds, 1), 0);
  if (!left) return "";
  return spokenParts(left)
    .map((part) => t(`duration.${part.unit}`, { count: part.count }))
    .join(t("duration.and"));
}

/** The start of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, length = 180): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Whether a link points at an image (by its extension), to show it as a picture rather than a link. */
export function isImageUrl(url: string): boolean {
  try {
    return /\.(avif|gif|jpe?g|png|svg|webp)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
