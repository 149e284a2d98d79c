// The forms that record, in an open session, a decision, an explored path (abandoned: with why) and an urgent need.
import { useTranslation } from "react-i18next";
import type { SessionBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { RecordForm } from "./record-form.tsx";
import type { SessionsContext } from "./sessions-context.ts";

interface FormProps {
  session: SessionBody;
  context: SessionsContext;
}

const sessionPath = (context: SessionsContext, session: SessionBody, tail: string) =>
  `/workspaces/${context.workspaceId}/plan-sessions/${session.id}/${tail}`;

export function DecisionForm({ session, context }: FormProps) {
  const { t } = useTranslation();
  const people = [{ value: "", label: t("planSessions.nobody") }].concat(
    session.attendees.map((a) => ({ value: a.userId, label: a.name })),
  );
  return (
    <RecordForm
      id={`decision-${session.id}`}
      action={t("planSessions.recordDecision")}
      fields={[
        { name: "statement", label: t("planSessions.statement"), required: true },
        { name: "options", label: t("planSessions.options"), hint: t("planSessions.optionsHint") },
        { name: "chosenOption", label: t("planSessions.chosen") },
        { name: "carriedBy", label: t("planSessions.carriedBy"), kind: "select", options: people },
        { name: "reviewOn", label: t("planSessions.reviewDate"), kind: "date" },
      ]}
      send={async (values) => {
        await api.post(sessionPath(context, session, "decisions"), {
          statement: values.statement,
          options: (values.options ?? "")
            .split(/[,;/]/)
            .map((o) => o.trim())
            .filter(Boolean),
          chosenOption: values.chosenOption?.trim() || null,
          carriedBy: values.carriedBy || null,
          reviewOn: values.reviewOn || null,
        });
        context.reload();
      }}
    />
  );
}

export function PathForm({ session, context }: FormProps) {
  const { t } = useTranslation();
  const statuses = (["explored", "kept", "abandoned"] as const).map((value) => ({
    value,
    label: t(`planSessions.pathStatus.${value}`),
  }));
  return (
    <RecordForm
      id={`path-${session.id}`}
      action={t("planSessions.recordPath")}
      fields={[
        { name: "title", label: t("planSessions.pathTitle"), required: true },
        {
          name: "status",
          label: t("planSessions.pathState"),
          kind: "select",
          options: statuses,
          initial: "explored",
        },
        { name: "reason", label: t("planSessions.why"), required: (values) => values.status === "abandoned" },
      ]}
      send={async (values) => {
        await api.post(sessionPath(context, session, "paths"), {
          title: values.title,
          status: values.status,
          reason: values.reason?.trim() || null,
        });
        context.reload();
      }}
    />
  );
}

export function NeedForm({ session, context }: FormProps) {
  const { t } = useTranslation();
  const kinds = (["text", "post", "tool", "other"] as const).map((value) => ({
    value,
    label: t(`planSessions.needKind.${value}`),
  }));
  return (
    <RecordForm
      id={`need-${session.id}`}
      action={t("planSessions.recordNeed")}
      fields={[
        { name: "need", label: t("planSessions.need"), required: true },
        {
          name: "kind",
          label: t("planSessions.needKindLabel"),
          kind: "select",
          options: kinds,
          initial: "post",
        },
        { name: "response", label: t("planSessions.response"), required: true },
        { name: "metOn", label: t("planSessions.metOn"), kind: "date", required: true },
      ]}
      send={async (values) => {
        await api.post(sessionPath(context, session, "needs"), {
          need: values.need,
          kind: values.kind,
          response: values.response,
          metOn: values.metOn,
        });
        context.reload();
      }}
    />
  );
}
