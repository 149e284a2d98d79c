// Flagging an idea or a comment that seems to break the rules, optionally saying why; moderators see it queued.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { FormAlert, StatusMessage, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["reason"] as const;

/** `path` is the item's API path (`/workspaces/…/ideas/…` or `/workspaces/…/comments/…`); `name` tells whose it is. */
export function FlagButton({ path, label, idPrefix }: { path: string; label: string; idPrefix: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [reason, setReason] = useState("");
  const form = useForm(fields, [], () => ({ reason }));

  const submit = form.handle(async () => {
    await api.post(`${path}/flag`, { reason: reason.trim() || null });
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
