// Moderators' queue of a conversation: pending statements to accept or reject (with a reason), and rejected ones.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { StatementData } from "../../api/types.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["reason"] as const;

function RejectForm({
  challengeRef,
  statement,
  onDone,
}: {
  challengeRef: ChallengeRef;
  statement: StatementData;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const form = useForm(fields, ["reason"], () => ({ reason }));
  const submit = form.handle(async () => {
    await client.put("/workspaces/:workspaceId/challenges/:challengeId/statements/:number/moderation", {
      params: { ...challengeRef, number: statement.number },
      body: { status: "rejected", reason: reason.trim() },
    });
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="inline-form">
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={`reject-${statement.number}`}
        name="reason"
        label={t("conversation.queue.reason")}
        value={reason}
        onValue={setReason}
        error={form.errors.fields.reason}
        required
        maxLength={1000}
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("conversation.queue.reject")}
      </button>
    </form>
  );
}

export function StatementQueue({
  challengeRef,
  statements,
  onChanged,
}: {
  challengeRef: ChallengeRef;
  statements: StatementData[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const pending = statements.filter((s) => s.status === "pending");
  const accept = (statement: StatementData) =>
    client
      .put("/workspaces/:workspaceId/challenges/:challengeId/statements/:number/moderation", {
        params: { ...challengeRef, number: statement.number },
        body: { status: "shown" },
      })
      .then(onChanged, () => setError("errors.internal"));
  return (
    <section aria-labelledby="statement-queue-title" className="statement-queue">
      <h3 id="statement-queue-title">{t("conversation.queue.title", { count: pending.length })}</h3>
      <FormAlert error={error} />
      {pending.length === 0 ? (
        <p>{t("conversation.queue.empty")}</p>
      ) : (
        <ul className="list">
          {pending.map((s) => (
            <li key={s.number} className="card">
              <p>{s.body}</p>
              <div className="actions">
                <button type="button" className="primary" onClick={() => void accept(s)}>
                  {t("conversation.queue.accept")}
                </button>
              </div>
              <RejectForm challengeRef={challengeRef} statement={s} onDone={onChanged} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
