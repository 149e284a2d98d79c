// The console's danger zone: deleting a challenge and all that was written in it, once its title is typed.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ChallengeData } from "../../api/types.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["confirmTitle"] as const;

export function DeleteForm({
  challengeRef,
  challenge,
}: {
  challengeRef: ChallengeRef;
  challenge: ChallengeData;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirmTitle, setConfirmTitle] = useState("");
  const form = useForm(fields, fields, () => ({ confirmTitle }));
  const matches = confirmTitle.trim() === challenge.title;

  const submit = form.handle(async () => {
    if (!matches) return form.setErrors({ fields: { confirmTitle: "console.delete.mismatch" } });
    await client.delete("/workspaces/:workspaceId/challenges/:challengeId", {
      params: challengeRef,
      body: { confirmTitle },
    });
    navigate(`/workspaces/${challengeRef.workspaceId}`, { state: { deleted: challenge.title } });
  });

  return (
    <section aria-labelledby="console-delete" className="card danger-zone">
      <h2 id="console-delete">{t("console.delete.title")}</h2>
      <p>{t("console.delete.intro", { ideas: challenge.ideaCount })}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="delete"
          name="confirmTitle"
          label={t("console.delete.confirm", { title: challenge.title })}
          value={confirmTitle}
          onValue={setConfirmTitle}
          error={form.errors.fields.confirmTitle}
          autoComplete="off"
          required
        />
        <button type="submit" className="danger" aria-disabled={form.busy || undefined}>
          {t("console.delete.submit")}
        </button>
      </form>
    </section>
  );
}
