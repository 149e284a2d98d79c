// The dialog of one calendar item: the consultant edits it, the client reads it and reviews it.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarItem } from "../../../src/contracts/plan-calendar.ts";
import { type CalendarContext, manages } from "./calendar-context.ts";
import { dayLabel } from "./calendar-grid.ts";
import { ItemFlag } from "./calendar-item-chip.tsx";
import { CalendarItemForm } from "./calendar-item-form.tsx";
import { CalendarItemReview } from "./calendar-item-review.tsx";

function ItemSummary({ item }: { item: CalendarItem }) {
  const { t, i18n } = useTranslation();
  const when = item.day
    ? `${dayLabel(item.day, i18n.language, { dateStyle: "full" })}${item.dueTime ? ` · ${item.dueTime}` : ""}`
    : t("planCalendar.waitsFor", { event: item.eventTitle ?? "—" });
  return (
    <dl className="item-summary">
      <dt>{t("planCalendar.channel")}</dt>
      <dd>{item.channel}</dd>
      <dt>{t("planCalendar.day")}</dt>
      <dd>{when}</dd>
      <dt>{t("planCalendar.owner")}</dt>
      <dd>{item.ownerName ?? t("planCalendar.none")}</dd>
      <dt>{t("planCalendar.statusLabel")}</dt>
      <dd>
        {t(`planCalendar.status.${item.status}`)} <ItemFlag item={item} />
      </dd>
      <dt>{t("planCalendar.checklist")}</dt>
      <dd>
        {(["textWritten", "visualReady", "validated", "scheduled"] as const)
          .map((check) => `${item.checklist[check] ? "✓" : "✗"} ${t(`planCalendar.checks.${check}`)}`)
          .join(" · ")}
      </dd>
      {item.challengeTitle && (
        <>
          <dt>{t("planCalendar.challenge")}</dt>
          <dd>{item.challengeTitle}</dd>
        </>
      )}
      <dt>{t("planCalendar.message")}</dt>
      <dd className="item-message">{item.message || "—"}</dd>
      {item.changesAsked && (
        <>
          <dt>{t("planCalendar.changesAsked")}</dt>
          <dd>{item.changesAsked}</dd>
        </>
      )}
    </dl>
  );
}

export function CalendarItemDialog({
  item,
  day,
  context,
  onClose,
}: {
  item: CalendarItem | undefined;
  day: string | undefined;
  context: CalendarContext;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const done = () => {
    context.reload();
    onClose();
  };
  return (
    <dialog ref={ref} className="calendar-dialog" aria-labelledby="item-dialog-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="item-dialog-title">{item ? item.title : t("planCalendar.newItem")}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t("planCalendar.close")}
        </button>
      </div>
      {item && !manages(context.role) && <ItemSummary item={item} />}
      {item?.changesAsked && manages(context.role) && (
        <p className="alert changes-asked">
          {t("planCalendar.changesAsked")} : {item.changesAsked}
        </p>
      )}
      {manages(context.role) && <CalendarItemForm item={item} day={day} context={context} onDone={done} />}
      {item && context.role === "guest" && <CalendarItemReview item={item} context={context} onDone={done} />}
    </dialog>
  );
}
