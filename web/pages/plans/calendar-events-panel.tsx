// The predictable events of the calendar (a snowfall, a market day): how many items wait for each and how many are
// ready; managers add one and give its day once it is known, which puts its items on the calendar.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarEvent } from "../../../src/contracts/plan-calendar.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { type CalendarContext, manages } from "./calendar-context.ts";
import { dayLabel } from "./calendar-grid.ts";

function EventDayForm({ event, context }: { event: CalendarEvent; context: CalendarContext }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(event.on ?? "");
  const form = useForm(["on"]);
  const submit = form.handle(async () => {
    await client.patch("/workspaces/:workspaceId/calendar-events/:eventId", {
      params: { workspaceId: context.workspaceId, eventId: event.id },
      body: { on: on || null },
    });
    context.reload();
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="event-day-form">
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={`event-${event.id}`}
        name="on"
        type="date"
        label={t("planCalendar.eventDay", { event: event.title })}
        value={on}
        onValue={setOn}
        error={form.errors.fields.on}
      />
      <button type="submit" className="secondary" disabled={form.busy}>
        {t("planCalendar.setDay")}
      </button>
    </form>
  );
}

function NewEventForm({ context }: { context: CalendarContext }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const form = useForm(["title"], ["title"], () => ({ title }));
  const submit = form.handle(async () => {
    await client.post("/workspaces/:workspaceId/plans/:planId/calendar/events", {
      params: { workspaceId: context.workspaceId, planId: context.planId },
      body: { title },
    });
    setTitle("");
    context.reload();
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix="new-event"
        name="title"
        label={t("planCalendar.newEvent")}
        hint={t("planCalendar.newEventHint")}
        value={title}
        onValue={setTitle}
        required
        error={form.errors.fields.title}
      />
      <button type="submit" disabled={form.busy}>
        {t("planCalendar.addEvent")}
      </button>
    </form>
  );
}

export function CalendarEventsPanel({ context }: { context: CalendarContext }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card calendar-events" aria-labelledby="events-heading">
      <h2 id="events-heading">{t("planCalendar.events")}</h2>
      <p className="hint">{t("planCalendar.eventsIntro")}</p>
      {context.events.length === 0 && <p>{t("planCalendar.noEvent")}</p>}
      <ul className="record-list">
        {context.events.map((event) => (
          <li key={event.id}>
            <strong>{event.title}</strong>{" "}
            {event.on
              ? dayLabel(event.on, i18n.language, { dateStyle: "long" })
              : t("planCalendar.dayUnknown")}
            {" · "}
            {t("planCalendar.readyOf", { ready: event.readyCount, count: event.itemCount })}
            {manages(context.role) && <EventDayForm event={event} context={context} />}
          </li>
        ))}
      </ul>
      {manages(context.role) && <NewEventForm context={context} />}
    </section>
  );
}
