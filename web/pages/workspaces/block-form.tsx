// Blocking a member, saying why: the reason goes to the moderation log and the member sees it when refused.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["reason"] as const;

export function BlockForm({
  workspaceId,
  userId,
  name,
  onDone,
  onCancel,
}: {
  workspaceId: string;
  userId: string;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const form = useForm(fields, ["reason"], () => ({ reason }));

  const submit = form.handle(async () => {
    await client.put("/workspaces/:workspaceId/members/:userId/block", {
      params: { workspaceId, userId },
      body: { blocked: true, reason: reason.trim() },
    });
    onDone();
  });

  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      noValidate
      className="block-form"
      aria-label={t("block.formLabel", { name })}
    >
      <FormAlert error={form.errors.form} />
      <TextAreaField
        idPrefix={`block-${userId}`}
        name="reason"
        label={t("block.reasonLabel", { name })}
        hint={t("block.reasonHint")}
        value={reason}
        onValue={setReason}
        error={form.errors.fields.reason}
        maxLength={1000}
        rows={2}
        required
      />
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={form.busy || undefined}>
          {t("block.submit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("comments.cancel")}
        </button>
      </div>
    </form>
  );
}
