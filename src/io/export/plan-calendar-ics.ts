// The editorial calendar as iCalendar (RFC 5545): one VEVENT per dated item, times in UTC so that every calendar
// application places them right across daylight-saving changes; all-day items as DATE values. ical-generator
// escapes text (backslash, semicolon, comma, newline) and folds lines at 75 octets.
import ical, { ICalEventStatus } from "ical-generator";
import type { CalendarItem, CalendarView } from "../../contracts/plan-calendar.ts";

const statusWords: Record<CalendarItem["status"], { fr: string; en: string }> = {
  idea: { fr: "idée", en: "idea" },
  draft: { fr: "brouillon", en: "draft" },
  ready: { fr: "prêt", en: "ready" },
  approved: { fr: "approuvé par le client", en: "approved by the client" },
  published: { fr: "publié", en: "published" },
};

/** The calendar's dated items as an `.ics` text (CRLF line ends); undated items have no place in it. */
export function calendarIcs(
  view: CalendarView,
  options: { planTitle: string; language: "fr" | "en"; now: Date; host: string },
): string {
  const calendar = ical({ name: options.planTitle, prodId: { company: "Cocrea", product: "plan-calendar" } });
  calendar.x("X-WR-TIMEZONE", view.timeZone);
  for (const item of view.items) {
    if (item.day === null) continue;
    const words = statusWords[item.status][options.language];
    const lines = [
      item.message,
      `${options.language === "fr" ? "Canal" : "Channel"} : ${item.channel}`,
      `${options.language === "fr" ? "Statut" : "Status"} : ${words}`,
      item.ownerName ? `${options.language === "fr" ? "Responsable" : "Owner"} : ${item.ownerName}` : "",
      item.eventTitle ? `${options.language === "fr" ? "Événement" : "Event"} : ${item.eventTitle}` : "",
    ];
    const timed = item.startsAt !== null;
    calendar.createEvent({
      id: `${item.id}@${options.host}`,
      stamp: options.now,
      start: timed ? new Date(item.startsAt as string) : dateOnly(item.day),
      end: timed ? new Date(Date.parse(item.startsAt as string) + 30 * 60_000) : dateOnly(item.day, 1),
      allDay: !timed,
      summary: `[${item.channel}] ${item.title}`,
      description: lines.filter((line) => line !== "").join("\n"),
      categories: [{ name: item.channel }],
      status: item.status === "idea" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      lastModified: new Date(item.updatedAt),
    });
  }
  return calendar.toString();
}

/** Midnight UTC of `day` plus `plus` days: ical-generator writes an all-day date from the UTC fields. */
function dateOnly(day: string, plus = 0): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plus);
  return date;
}
