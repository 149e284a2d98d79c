// One item as the month, week and list views show it: a button opening its dialog, with its flag in words.
import { useTranslation } from "react-i18next";
import type { CalendarItem } from "../../../src/contracts/plan-calendar.ts";
import type { CalendarContext } from "./calendar-context.ts";

export function ItemFlag({ item }: { item: CalendarItem }) {
  const { t } = useTranslation();
  if (!item.flag) return null;
  return (
    <span className={`calendar-flag flag-${item.flag}`}>
      <span aria-hidden="true">⚠ </span>
      {t(`planCalendar.flag.${item.flag}`)}
    </span>
  );
}

export function ItemChip({ item, context }: { item: CalendarItem; context: CalendarContext }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={item.flag ? "calendar-chip flagged" : "calendar-chip"}
      onClick={() => context.open(item)}
    >
      <span className="chip-line">
        {item.dueTime && <span className="chip-time">{item.dueTime} </span>}
        <span className="chip-channel">{item.channel}</span>
      </span>
      <span className="chip-title">{item.title}</span>
      <span className={`chip-status status-${item.status}`}>{t(`planCalendar.status.${item.status}`)}</span>
      <ItemFlag item={item} />
    </button>
  );
}
