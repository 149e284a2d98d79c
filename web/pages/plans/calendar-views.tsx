// The calendar's three views of the same items: a month grid, a week of seven columns, and a list by day.
import { useTranslation } from "react-i18next";
import type { CalendarItem } from "../../../src/contracts/plan-calendar.ts";
import type { CalendarContext } from "./calendar-context.ts";
import { dayLabel, monthGrid, weekOf } from "./calendar-grid.ts";
import { ItemChip } from "./calendar-item-chip.tsx";

interface ViewProps {
  items: CalendarItem[];
  anchor: string;
  today: string;
  context: CalendarContext;
}

const byDay = (items: CalendarItem[]) => {
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) if (item.day) days.set(item.day, [...(days.get(item.day) ?? []), item]);
  return days;
};

function DayCell({
  day,
  items,
  today,
  context,
  inMonth,
}: {
  day: string;
  items: CalendarItem[];
  today: string;
  context: CalendarContext;
  inMonth: boolean;
}) {
  const { i18n } = useTranslation();
  const classes = ["calendar-day", inMonth ? "" : "outside", day === today ? "today" : ""].filter(Boolean);
  return (
    <td className={classes.join(" ")}>
      <span className="day-number">
        <span aria-hidden="true">{Number(day.slice(8))}</span>
        <span className="visually-hidden">{dayLabel(day, i18n.language, { dateStyle: "full" })}</span>
      </span>
      {items.length > 0 && (
        <ul className="day-items">
          {items.map((item) => (
            <li key={item.id}>
              <ItemChip item={item} context={context} />
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}

function WeekdayHeads({ days }: { days: string[] }) {
  const { i18n } = useTranslation();
  return (
    <thead>
      <tr>
        {days.map((day) => (
          <th key={day} scope="col">
            <abbr title={dayLabel(day, i18n.language, { weekday: "long" })}>
              {dayLabel(day, i18n.language, { weekday: "short" })}
            </abbr>
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function MonthView({ items, anchor, today, context }: ViewProps) {
  const { i18n } = useTranslation();
  const weeks = monthGrid(anchor);
  const days = byDay(items);
  return (
    <table className="calendar-grid month">
      <caption>{dayLabel(anchor, i18n.language, { month: "long", year: "numeric" })}</caption>
      <WeekdayHeads days={weeks[0] ?? []} />
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => (
              <DayCell
                key={day}
                day={day}
                items={days.get(day) ?? []}
                today={today}
                context={context}
                inMonth={day.slice(0, 7) === anchor.slice(0, 7)}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WeekView({ items, anchor, today, context }: ViewProps) {
  const { i18n, t } = useTranslation();
  const week = weekOf(anchor);
  const days = byDay(items);
  const from = dayLabel(week[0] ?? anchor, i18n.language, { day: "numeric", month: "long" });
  const to = dayLabel(week[6] ?? anchor, i18n.language, { day: "numeric", month: "long", year: "numeric" });
  return (
    <table className="calendar-grid week">
      <caption>{t("planCalendar.weekOf", { from, to })}</caption>
      <WeekdayHeads days={week} />
      <tbody>
        <tr>
          {week.map((day) => (
            <DayCell
              key={day}
              day={day}
              items={days.get(day) ?? []}
              today={today}
              context={context}
              inMonth
            />
          ))}
        </tr>
      </tbody>
    </table>
  );
}

export function ListView({ items, context }: Omit<ViewProps, "anchor" | "today">) {
  const { i18n, t } = useTranslation();
  const days = [...byDay(items)];
  return (
    <div className="calendar-list">
      {items.length === 0 && <p>{t("planCalendar.empty")}</p>}
      {days.map(([day, dayItems]) => (
        <section key={day} aria-label={dayLabel(day, i18n.language, { dateStyle: "full" })}>
          <h3>{dayLabel(day, i18n.language, { dateStyle: "full" })}</h3>
          <ul className="day-items">
            {dayItems.map((item) => (
              <li key={item.id}>
                <ItemChip item={item} context={context} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <UndatedItems items={items} context={context} />
    </div>
  );
}

/** Items with no day yet (waiting for a predictable event, or not dated), shown under every view. */
export function UndatedItems({ items, context }: { items: CalendarItem[]; context: CalendarContext }) {
  const { t } = useTranslation();
  const undated = items.filter((item) => item.day === null);
  if (undated.length === 0) return null;
  return (
    <section aria-labelledby="undated-heading" className="calendar-undated">
      <h3 id="undated-heading">{t("planCalendar.undated")}</h3>
      <ul className="day-items">
        {undated.map((item) => (
          <li key={item.id}>
            <ItemChip item={item} context={context} />
            {item.eventTitle && (
              <span className="chip-event"> {t("planCalendar.waitsFor", { event: item.eventTitle })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
