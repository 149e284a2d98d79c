// Blocking a member, saying why: the reason goes to the moderation log and the member sees it when refused.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { FormAlert, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["reason"] as const;

export function BlockForm({
  path,
  userId,
  name,
  onDone,
  onCancel,
}: {
  /** The member's API path, …/members/:userId. */
  path: string;
  userId: string;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const form = useForm(fields, ["reason"], () => ({ reason }));

  const submit = form.handle(async () => {
    await api.put(`${path}/block`, { blocked: true, reason: reason.trim() });
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
