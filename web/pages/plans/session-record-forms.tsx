// The forms that record, in an open session, a decision, an explored path (abandoned: with why) and an urgent need.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SessionBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { FormAlert, SelectField, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import type { SessionsContext } from "./sessions-context.ts";

const sessionPath = (context: SessionsContext, session: SessionBody, tail: string) =>
  `/workspaces/${context.workspaceId}/plan-sessions/${session.id}/${tail}`;

export function DecisionForm({ session, context }: { session: SessionBody; context: SessionsContext }) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState("");
  const [options, setOptions] = useState("");
  const [chosen, setChosen] = useState("");
  const [carrier, setCarrier] = useState("");
  const [reviewOn, setReviewOn] = useState("");
  const form = useForm(
    ["statement", "options", "chosenOption", "carriedBy", "reviewOn"],
    ["statement"],
    () => ({ statement }),
  );
  const id = `decision-${session.id}`;
  const submit = form.handle(async () => {
    const list = options
      .split(/[,;/]/)
      .map((o) => o.trim())
      .filter(Boolean);
    await api.post(sessionPath(context, session, "decisions"), {
      statement,
      options: list,
      chosenOption: chosen.trim() || null,
      carriedBy: carrier || null,
      reviewOn: reviewOn || null,
    });
    for (const reset of [setStatement, setOptions, setChosen, setCarrier, setReviewOn]) reset("");
    context.reload();
  });
  const people = [{ value: "", label: t("planSessions.nobody") }].concat(
    session.attendees.map((a) => ({ value: a.userId, label: a.name })),
  );
  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      className="record-form"
      noValidate
      aria-label={t("planSessions.recordDecision")}
    >
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={id}
        name="statement"
        label={t("planSessions.statement")}
        value={statement}
        onValue={setStatement}
        required
        error={form.errors.fields.statement}
      />
      <TextField
        idPrefix={id}
        name="options"
        label={t("planSessions.options")}
        hint={t("planSessions.optionsHint")}
        value={options}
        onValue={setOptions}
      />
      <TextField
        idPrefix={id}
        name="chosenOption"
        label={t("planSessions.chosen")}
        value={chosen}
        onValue={setChosen}
        error={form.errors.fields.chosenOption}
      />
      <SelectField
        idPrefix={id}
        name="carriedBy"
        label={t("planSessions.carriedBy")}
        value={carrier}
        onValue={setCarrier}
        options={people}
      />
      <TextField
        idPrefix={id}
        name="reviewOn"
        type="date"
        label={t("planSessions.reviewDate")}
        value={reviewOn}
        onValue={setReviewOn}
        error={form.errors.fields.reviewOn}
      />
      <button type="submit" className="button" disabled={form.busy}>
        {t("planSessions.recordDecision")}
      </button>
    </form>
  );
}

export function PathForm({ session, context }: { session: SessionBody; context: SessionsContext }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [status, setStatus] = useState("explored");
  const [reason, setReason] = useState("");
  const form = useForm(
    ["title", "status", "reason"],
    status === "abandoned" ? ["title", "reason"] : ["title"],
    () => ({ title, reason }),
  );
  const id = `path-${session.id}`;
  const submit = form.handle(async () => {
    await api.post(sessionPath(context, session, "paths"), { title, status, reason: reason.trim() || null });
    setTitle("");
    setReason("");
    setStatus("explored");
    context.reload();
  });
  const statuses = (["explored", "kept", "abandoned"] as const).map((value) => ({
    value,
    label: t(`planSessions.pathStatus.${value}`),
  }));
  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      className="record-form"
      noValidate
      aria-label={t("planSessions.recordPath")}
    >
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={id}
        name="title"
        label={t("planSessions.pathTitle")}
        value={title}
        onValue={setTitle}
        required
        error={form.errors.fields.title}
      />
      <SelectField
        idPrefix={id}
        name="status"
        label={t("planSessions.pathState")}
        value={status}
        onValue={setStatus}
        options={statuses}
      />
      <TextField
        idPrefix={id}
        name="reason"
        label={t("planSessions.why")}
        value={reason}
        onValue={setReason}
        required={status === "abandoned"}
        error={form.errors.fields.reason}
      />
      <button type="submit" className="button" disabled={form.busy}>
        {t("planSessions.recordPath")}
      </button>
    </form>
  );
}

export function NeedForm({ session, context }: { session: SessionBody; context: SessionsContext }) {
  const { t } = useTranslation();
  const [need, setNeed] = useState("");
  const [kind, setKind] = useState("post");
  const [response, setResponse] = useState("");
  const [metOn, setMetOn] = useState("");
  const form = useForm(["need", "kind", "response", "metOn"], ["need", "response", "metOn"], () => ({
    need,
    response,
    metOn,
  }));
  const id = `need-${session.id}`;
  const submit = form.handle(async () => {
    await api.post(sessionPath(context, session, "needs"), { need, kind, response, metOn });
    for (const reset of [setNeed, setResponse, setMetOn]) reset("");
    context.reload();
  });
  const kinds = (["text", "post", "tool", "other"] as const).map((value) => ({
    value,
    label: t(`planSessions.needKind.${value}`),
  }));
  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      className="record-form"
      noValidate
      aria-label={t("planSessions.recordNeed")}
    >
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={id}
        name="need"
        label={t("planSessions.need")}
        value={need}
        onValue={setNeed}
        required
        error={form.errors.fields.need}
      />
      <SelectField
        idPrefix={id}
        name="kind"
        label={t("planSessions.needKindLabel")}
        value={kind}
        onValue={setKind}
        options={kinds}
      />
      <TextField
        idPrefix={id}
        name="response"
        label={t("planSessions.response")}
        value={response}
        onValue={setResponse}
        required
        error={form.errors.fields.response}
      />
      <TextField
        idPrefix={id}
        name="metOn"
        type="date"
        label={t("planSessions.metOn")}
        value={metOn}
        onValue={setMetOn}
        required
        error={form.errors.fields.metOn}
      />
      <button type="submit" className="button" disabled={form.busy}>
        {t("planSessions.recordNeed")}
      </button>
    </form>
  );
}
