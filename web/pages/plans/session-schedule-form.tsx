// Scheduling a working session: title, date and time (in the browser's zone), attendees, agenda with durations.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { CheckboxField, FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import type { SessionsContext } from "./sessions-context.ts";

/** Agenda lines as typed: "Diagnostic 30" → a title and minutes (30 when no number ends the line). */
export function agendaOf(text: string): Array<{ title: string; durationMinutes: number }> {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)[\s:–-]+(\d{1,3})\s*(min)?$/.exec(line);
      return match?.[1]
        ? { title: match[1].trim(), durationMinutes: Number(match[2]) }
        : { title: line, durationMinutes: 30 };
    });
}

export function ScheduleSessionForm({ context }: { context: SessionsContext }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [when, setWhen] = useState("");
  const [agenda, setAgenda] = useState("");
  const [attendees, setAttendees] = useState<Set<string>>(new Set());
  const form = useForm(["title", "scheduledAt", "agenda"], ["title", "scheduledAt"], () => ({
    title,
    scheduledAt: when,
  }));
  const readers = context.members.filter((m) => ["owner", "manager", "guest"].includes(m.role));

  const submit = form.handle(async () => {
    await api.post(`/workspaces/${context.workspaceId}/plans/${context.planId}/sessions`, {
      title,
      scheduledAt: new Date(when).toISOString(),
      attendeeIds: [...attendees],
      agenda: agendaOf(agenda),
    });
    setTitle("");
    setWhen("");
    setAgenda("");
    setAttendees(new Set());
    context.reload();
  });

  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      className="card session-form"
      noValidate
      aria-labelledby="schedule-heading"
    >
      <h3 id="schedule-heading">{t("planSessions.schedule")}</h3>
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix="schedule"
        name="title"
        label={t("planSessions.sessionTitle")}
        value={title}
        onValue={setTitle}
        required
        error={form.errors.fields.title}
      />
      <TextField
        idPrefix="schedule"
        name="scheduledAt"
        type="datetime-local"
        label={t("planSessions.when")}
        value={when}
        onValue={setWhen}
        required
        error={form.errors.fields.scheduledAt}
      />
      <fieldset>
        <legend>{t("planSessions.attendees")}</legend>
        {readers.map((member) => (
          <CheckboxField
            key={member.userId}
            idPrefix="attendee"
            name={member.userId}
            label={member.name}
            checked={attendees.has(member.userId)}
            onChecked={(checked) => {
              const next = new Set(attendees);
              if (checked) next.add(member.userId);
              else next.delete(member.userId);
              setAttendees(next);
            }}
          />
        ))}
      </fieldset>
      <label htmlFor="schedule-agenda">{t("planSessions.agenda")}</label>
      <p id="schedule-agenda-hint" className="hint">
        {t("planSessions.agendaHint")}
      </p>
      <textarea
        id="schedule-agenda"
        name="agenda"
        aria-describedby="schedule-agenda-hint"
        rows={4}
        value={agenda}
        onChange={(e) => setAgenda(e.target.value)}
      />
      <button type="submit" className="button" disabled={form.busy}>
        {t("planSessions.scheduleButton")}
      </button>
    </form>
  );
}
