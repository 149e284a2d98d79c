// The project manager says what became of an idea: retained, under study, or not retained (saying why).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, type IdeaRef } from "../../api/typed-client.ts";
import type { IdeaData } from "../../api/types.ts";
import { FormAlert, SelectField, StatusMessage, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

type Outcome = NonNullable<IdeaData["outcome"]>["status"];
const outcomes: readonly Outcome[] = ["retained", "studied", "not-retained"];
const fields = ["outcome", "note"] as const;

export function OutcomeForm({
  ideaRef,
  idea,
  onSaved,
}: {
  ideaRef: IdeaRef;
  idea: IdeaData;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(idea.outcome?.status ?? "retained");
  const [note, setNote] = useState(idea.outcome?.note ?? "");
  const [saved, setSaved] = useState(false);
  const form = useForm(fields, outcome === "not-retained" ? ["note"] : [], () => ({ note }));

  const submit = form.handle(async () => {
    setSaved(false);
    await client.put("/workspaces/:workspaceId/ideas/:ideaId/outcome", {
      params: ideaRef,
      body: { outcome, note: note.trim() || null },
    });
    setSaved(true);
    onSaved();
  });

  return (
    <section aria-labelledby="outcome-title" className="card">
      <h2 id="outcome-title">{t("outcomeForm.title")}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <StatusMessage>{saved && t("outcomeForm.saved")}</StatusMessage>
        <SelectField
          idPrefix="outcome"
          name="outcome"
          label={t("outcomeForm.outcome")}
          value={outcome}
          onValue={(value) => setOutcome(value as Outcome)}
          error={form.errors.fields.outcome}
          options={outcomes.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        />
        <TextAreaField
          idPrefix="outcome"
          name="note"
          label={t("outcomeForm.note")}
          hint={t("outcomeForm.noteHint")}
          value={note}
          onValue={setNote}
          error={form.errors.fields.note}
          maxLength={5000}
          rows={3}
          required={outcome === "not-retained"}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("outcomeForm.save")}
        </button>
      </form>
    </section>
  );
}
