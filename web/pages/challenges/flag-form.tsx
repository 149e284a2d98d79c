// Flagging an idea or a comment that seems to break the rules, optionally saying why; moderators see it queued.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import { FormAlert, StatusMessage, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["reason"] as const;

/** What is flagged: an idea or a comment of a workspace. */
export interface FlagTarget {
  workspaceId: string;
  kind: "idea" | "comment";
  id: string;
}

/** A "flag" button opening its form; `label` tells whose item it is. */
export function FlagButton({
  target,
  label,
  idPrefix,
}: {
  target: FlagTarget;
  label: string;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [reason, setReason] = useState("");
  const form = useForm(fields, [], () => ({ reason }));

  const submit = form.handle(async () => {
    const body = { reason: reason.trim() || null };
    if (target.kind === "idea") {
      await client.post("/workspaces/:workspaceId/ideas/:ideaId/flag", {
        params: { workspaceId: target.workspaceId, ideaId: target.id },
        body,
      });
    } else {
      await client.post("/workspaces/:workspaceId/comments/:commentId/flag", {
        params: { workspaceId: target.workspaceId, commentId: target.id },
        body,
      });
    }
    setOpen(false);
    setDone(true);
  });

  if (done) return <StatusMessage>{t("flag.done")}</StatusMessage>;
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t("flag.button")}
        <span className="visually-hidden"> {label}</span>
      </button>
    );
  }
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="flag-form">
      <FormAlert error={form.errors.form} />
      <TextAreaField
        idPrefix={idPrefix}
        name="reason"
        label={t("flag.reason")}
        hint={t("flag.reasonHint")}
        value={reason}
        onValue={setReason}
        error={form.errors.fields.reason}
        maxLength={1000}
        rows={2}
      />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy || undefined}>
          {t("flag.submit")}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t("comments.cancel")}
        </button>
      </div>
    </form>
  );
}
