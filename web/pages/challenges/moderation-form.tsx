// Hiding an idea or a comment that breaks the rules, always saying why (the author sees the reason), or restoring it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { moderate } from "./moderate.ts";

export interface ModerationTarget {
  kind: "idea" | "comment";
  id: string;
  hidden: boolean;
}

const fields = ["reason"] as const;

export function ModerationForm({
  workspaceId,
  ideaId,
  target,
  onDone,
  onCancel,
}: {
  workspaceId: string;
  ideaId: string;
  target: ModerationTarget;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const hiding = !target.hidden;
  const form = useForm(fields, hiding ? ["reason"] : [], () => ({ reason }));

  const submit = form.handle(async () => {
    await moderate(
      workspaceId,
      { kind: target.kind, id: target.kind === "idea" ? ideaId : target.id },
      hiding ? { hidden: true, reason: reason.trim() } : { hidden: false },
    );
    onDone();
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="moderation-form">
      <FormAlert error={form.errors.form} />
      {hiding ? (
        <TextAreaField
          idPrefix="moderation"
          name="reason"
          label={target.kind === "idea" ? t("moderation.reasonIdea") : t("moderation.reasonComment")}
          hint={t("moderation.reasonHint")}
          value={reason}
          onValue={setReason}
          error={form.errors.fields.reason}
          maxLength={1000}
          rows={2}
          required
        />
      ) : (
        <p>
          {target.kind === "idea"
            ? t("moderation.restoreIdeaConfirm")
            : t("moderation.restoreCommentConfirm")}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={form.busy || undefined}>
          {hiding ? t("moderation.hideSubmit") : t("moderation.restoreSubmit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("comments.cancel")}
        </button>
      </div>
    </form>
  );
}
