// A session's deliverables: each text or file with its status, the client's answer (validate, ask changes), and the
// form to add one while the session is open.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SessionBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { RecordForm } from "./record-form.tsx";
import type { SessionsContext } from "./sessions-context.ts";

/** A file's bytes as base64, read in the browser. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function DeliverableList({
  session,
  context,
  open,
}: {
  session: SessionBody;
  context: SessionsContext;
  open: boolean;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  async function setStatus(id: string, status: string, note?: string) {
    setError(undefined);
    try {
      await api.put(`/workspaces/${context.workspaceId}/plan-deliverables/${id}/status`, {
        status,
        note: note ?? null,
      });
      context.reload();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }
  const validates = ["owner", "manager", "guest"].includes(context.role);
  return (
    <>
      <h4>{t("planSessions.deliverables")}</h4>
      <FormAlert error={error} />
      {session.deliverables.length === 0 && <p className="muted">{t("planSessions.noneYet")}</p>}
      <ul className="record-list">
        {session.deliverables.map((d) => (
          <li key={d.id}>
            <strong>{d.title}</strong>{" "}
            <span className="badge">{t(`planSessions.deliverableStatus.${d.status}`)}</span>
            {d.statusNote && <> — {d.statusNote}</>}
            {d.body && <p className="deliverable-body">{d.body}</p>}
            {d.file && (
              <p>
                <a href={`/api/v1${d.file.url.replace(/^\/api\/v1/, "")}`} download>
                  {t("planSessions.download", { name: d.file.name })}
                </a>
              </p>
            )}
            {validates && (
              <span className="deliverable-actions">
                {d.status === "draft" && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void setStatus(d.id, "submitted")}
                  >
                    {t("planSessions.submit")}
                  </button>
                )}
                {d.status !== "validated" && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void setStatus(d.id, "validated")}
                  >
                    {t("planSessions.validate")}
                  </button>
                )}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const note = window.prompt(t("planSessions.changesPrompt"));
                    if (note?.trim()) void setStatus(d.id, "changes-asked", note);
                  }}
                >
                  {t("planSessions.askChanges")}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {open && <DeliverableForm session={session} context={context} />}
    </>
  );
}

function DeliverableForm({ session, context }: { session: SessionBody; context: SessionsContext }) {
  const { t } = useTranslation();
  return (
    <RecordForm
      id={`deliverable-${session.id}`}
      action={t("planSessions.recordDeliverable")}
      fields={[
        { name: "title", label: t("planSessions.deliverableTitle"), required: true },
        { name: "body", label: t("planSessions.deliverableText"), kind: "textarea" },
        { name: "file", label: t("planSessions.deliverableFile"), kind: "file" },
      ]}
      send={async (values, files) => {
        const file = files.file;
        await api.post(`/workspaces/${context.workspaceId}/plan-sessions/${session.id}/deliverables`, {
          title: values.title,
          body: values.body?.trim() || null,
          file: file
            ? {
                name: file.name,
                mediaType: file.type || "application/octet-stream",
                base64: await base64Of(file),
              }
            : null,
        });
        context.reload();
      }}
    />
  );
}
