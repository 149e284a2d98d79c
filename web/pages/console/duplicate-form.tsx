// The console's "use as a template": a new draft with this brief and settings, its timeline starting on a chosen
// date, without the ideas; the manager lands on its edit page.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ChallengeData } from "../../api/types.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { fromLocalInput, toLocalInput } from "../challenges/time.ts";

const fields = ["title", "announcementAt"] as const;

export function DuplicateForm({
  challengeRef,
  challenge,
}: {
  challengeRef: ChallengeRef;
  challenge: ChallengeData;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState(t("console.duplicate.copyOf", { title: challenge.title }));
  const [announcementAt, setAnnouncementAt] = useState(toLocalInput(new Date(Date.now() + 7 * 86_400_000)));
  const form = useForm(fields, fields, () => ({ title, announcementAt }));

  const submit = form.handle(async () => {
    const at = fromLocalInput(announcementAt);
    if (!at) return form.setErrors({ fields: { announcementAt: "validation.required" } });
    const result = await client.post("/workspaces/:workspaceId/challenges/:challengeId/duplicates", {
      params: challengeRef,
      body: { title: title.trim(), announcementAt: at },
    });
    navigate(`/workspaces/${challengeRef.workspaceId}/challenges/${result.challenge.id}/edit`);
  });

  return (
    <section aria-labelledby="console-duplicate" className="card">
      <h2 id="console-duplicate">{t("console.duplicate.title")}</h2>
      <p>{t("console.duplicate.intro")}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="duplicate"
          name="title"
          label={t("console.duplicate.name")}
          value={title}
          onValue={setTitle}
          error={form.errors.fields.title}
          maxLength={200}
          required
        />
        <TextField
          idPrefix="duplicate"
          name="announcementAt"
          type="datetime-local"
          label={t("console.duplicate.announcementAt")}
          hint={t("console.duplicate.announcementHint")}
          value={announcementAt}
          onValue={setAnnouncementAt}
          error={form.errors.fields.announcementAt}
          required
        />
        <button type="submit" aria-disabled={form.busy || undefined}>
          {t("console.duplicate.submit")}
        </button>
      </form>
    </section>
  );
}
