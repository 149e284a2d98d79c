// In a contest, the jury gives an idea a distinction once the public has voted, or takes it back.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, type IdeaRef } from "../../api/typed-client.ts";
import type { IdeaData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["award"] as const;

export function AwardForm({
  ideaRef,
  idea,
  onSaved,
}: {
  ideaRef: IdeaRef;
  idea: IdeaData;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [award, setAward] = useState(idea.award?.title ?? "");
  const [saved, setSaved] = useState(false);
  const form = useForm(fields);

  const submit = form.handle(async () => {
    setSaved(false);
    await client.put("/workspaces/:workspaceId/ideas/:ideaId/award", {
      params: ideaRef,
      body: { award: award.trim() || null },
    });
    setSaved(true);
    onSaved();
  });

  return (
    <section aria-labelledby="award-title" className="card">
      <h2 id="award-title">{t("awardForm.title")}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <StatusMessage>{saved && t("awardForm.saved")}</StatusMessage>
        <TextField
          idPrefix="award"
          name="award"
          label={t("awardForm.award")}
          hint={t("awardForm.hint")}
          value={award}
          onValue={setAward}
          error={form.errors.fields.award}
          maxLength={200}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("awardForm.save")}
        </button>
      </form>
    </section>
  );
}
