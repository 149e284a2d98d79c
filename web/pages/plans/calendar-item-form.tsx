// The consultant's form of a calendar item, in the dialog: what, where, who, when (a day or a predictable event),
// the challenge it launches, its status and readiness checklist.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarItem, Checklist } from "../../../src/contracts/plan-calendar.ts";
import { client } from "../../api/typed-client.ts";
import {
  CheckboxField,
  FormAlert,
  SelectField,
  TextAreaField,
  TextField,
} from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import type { CalendarContext } from "./calendar-context.ts";

const checks = ["textWritten", "visualReady", "validated", "scheduled"] as const;
const statuses = ["idea", "draft", "ready", "published"] as const;
const fields = [
  "title",
  "channel",
  "kind",
  "ownerId",
  "dueOn",
  "dueTime",
  "eventId",
  "challengeId",
  "status",
  "message",
];

export function CalendarItemForm({
  item,
  day,
  context,
  onDone,
}: {
  item: CalendarItem | undefined;
  day: string | undefined;
  context: CalendarContext;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item?.title ?? "");
  const [channel, setChannel] = useState(item?.channel ?? "");
  const [kind, setKind] = useState<"action" | "publication">(item?.kind ?? "publication");
  const [ownerId, setOwnerId] = useState(item?.ownerId ?? "");
  const [dueOn, setDueOn] = useState(item?.dueOn ?? day ?? "");
  const [dueTime, setDueTime] = useState(item?.dueTime ?? "");
  const [eventId, setEventId] = useState(item?.eventId ?? "");
  const [challengeId, setChallengeId] = useState(item?.challengeId ?? "");
  const [status, setStatus] = useState(item?.status ?? "idea");
  const [message, setMessage] = useState(item?.message ?? "");
  const [checklist, setChecklist] = useState<Checklist>(
    item?.checklist ?? { textWritten: false, visualReady: false, validated: false, scheduled: false },
  );
  const form = useForm(fields, ["title", "channel"], () => ({ title, channel }));
  const none = { value: "", label: t("planCalendar.none") };

  const submit = form.handle(async () => {
    const body = {
      title,
      channel,
      kind,
      message,
      ownerId: ownerId || null,
      dueOn: eventId ? null : dueOn || null,
      dueTime: dueTime || null,
      eventId: eventId || null,
      challengeId: challengeId || null,
      status,
      checklist,
    };
    const { workspaceId, planId } = context;
    if (item)
      await client.patch("/workspaces/:workspaceId/calendar-items/:itemId", {
        params: { workspaceId, itemId: item.id },
        body,
      });
    else
      await client.post("/workspaces/:workspaceId/plans/:planId/calendar/items", {
        params: { workspaceId, planId },
        body,
      });
    onDone();
  });

  const remove = async () => {
    if (!item) return;
    await client.delete("/workspaces/:workspaceId/calendar-items/:itemId", {
      params: { workspaceId: context.workspaceId, itemId: item.id },
    });
    onDone();
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="calendar-form">
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix="item"
        name="title"
        label={t("planCalendar.itemTitle")}
        value={title}
        onValue={setTitle}
        required
        error={form.errors.fields.title}
      />
      <TextField
        idPrefix="item"
        name="channel"
        label={t("planCalendar.channel")}
        hint={t("planCalendar.channelHint")}
        value={channel}
        onValue={setChannel}
        list="calendar-channels"
        required
        error={form.errors.fields.channel}
      />
      <datalist id="calendar-channels">
        {context.channels.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="form-row">
        <SelectField
          idPrefix="item"
          name="kind"
          label={t("planCalendar.kind")}
          value={kind}
          onValue={(v) => setKind(v as typeof kind)}
          options={["publication", "action"].map((value) => ({
            value,
            label: t(`planCalendar.kinds.${value}`),
          }))}
        />
        <SelectField
          idPrefix="item"
          name="ownerId"
          label={t("planCalendar.owner")}
          value={ownerId}
          onValue={setOwnerId}
          options={[none, ...context.owners.map((m) => ({ value: m.userId, label: m.name }))]}
          error={form.errors.fields.ownerId}
        />
      </div>
      <SelectField
        idPrefix="item"
        name="eventId"
        label={t("planCalendar.event")}
        hint={t("planCalendar.eventHint")}
        value={eventId}
        onValue={setEventId}
        options={[
          { value: "", label: t("planCalendar.ownDay") },
          ...context.events.map((e) => ({ value: e.id, label: e.title })),
        ]}
        error={form.errors.fields.eventId}
      />
      <div className="form-row">
        {!eventId && (
          <TextField
            idPrefix="item"
            name="dueOn"
            type="date"
            label={t("planCalendar.day")}
            value={dueOn}
            onValue={setDueOn}
            error={form.errors.fields.dueOn}
          />
        )}
        <TextField
          idPrefix="item"
          name="dueTime"
          type="time"
          label={t("planCalendar.time")}
          hint={t("planCalendar.timeHint")}
          value={dueTime}
          onValue={setDueTime}
          error={form.errors.fields.dueTime}
        />
      </div>
      <SelectField
        idPrefix="item"
        name="challengeId"
        label={t("planCalendar.challenge")}
        value={challengeId}
        onValue={setChallengeId}
        options={[none, ...context.challenges.map((c) => ({ value: c.id, label: c.title }))]}
        error={form.errors.fields.challengeId}
      />
      <SelectField
        idPrefix="item"
        name="status"
        label={t("planCalendar.statusLabel")}
        value={status}
        onValue={(v) => setStatus(v as typeof status)}
        options={(status === "approved" ? ["approved", ...statuses] : statuses).map((value) => ({
          value,
          label: t(`planCalendar.status.${value}`),
        }))}
        error={form.errors.fields.status}
      />
      <fieldset>
        <legend>{t("planCalendar.checklist")}</legend>
        {checks.map((check) => (
          <CheckboxField
            key={check}
            idPrefix="item"
            name={check}
            label={t(`planCalendar.checks.${check}`)}
            checked={checklist[check]}
            onChecked={(checked) => setChecklist({ ...checklist, [check]: checked })}
          />
        ))}
      </fieldset>
      <TextAreaField
        idPrefix="item"
        name="message"
        label={t("planCalendar.message")}
        value={message}
        onValue={setMessage}
        rows={4}
        error={form.errors.fields.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {t("planCalendar.save")}
        </button>
        {item && (
          <button type="button" className="secondary" onClick={remove}>
            {t("planCalendar.remove")}
          </button>
        )}
      </div>
    </form>
  );
}
