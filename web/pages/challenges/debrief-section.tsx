// "Vous avez dit, nous faisons": the project manager's debrief, what became of the ideas, and the form to write it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData, IdeaData } from "../../api/types.ts";
import {
  CheckboxField,
  FormAlert,
  StatusMessage,
  TextAreaField,
  TextField,
} from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { formatDateTime, isImageUrl } from "./format.ts";

const fields = ["text", "mediaUrl", "publish"] as const;

function DebriefForm({
  workspaceId,
  challenge,
  onSaved,
}: {
  workspaceId: string;
  challenge: ChallengeData;
  onSaved: (challenge: ChallengeData) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(challenge.debrief?.text ?? "");
  const [mediaUrl, setMediaUrl] = useState(challenge.debrief?.mediaUrl ?? "");
  const [publish, setPublish] = useState(Boolean(challenge.debrief?.publishedAt));
  const [saved, setSaved] = useState<string>();
  const form = useForm(fields, ["text"], () => ({ text }));

  const submit = form.handle(async () => {
    setSaved(undefined);
    const result = await client.put("/workspaces/:workspaceId/challenges/:challengeId/debrief", {
      params: { workspaceId, challengeId: challenge.id },
      body: { text: text.trim(), mediaUrl: mediaUrl.trim() || null, publish },
    });
    onSaved(result.challenge);
    setSaved(result.challenge.debrief?.publishedAt ? t("debrief.published") : t("debrief.savedDraft"));
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert error={form.errors.form} />
      <StatusMessage>{saved}</StatusMessage>
      <TextAreaField
        idPrefix="debrief"
        name="text"
        label={t("debrief.text")}
        hint={t("debrief.textHint")}
        value={text}
        onValue={setText}
        error={form.errors.fields.text}
        maxLength={50_000}
        rows={6}
        required
      />
      <TextField
        idPrefix="debrief"
        name="mediaUrl"
        type="url"
        inputMode="url"
        label={t("debrief.mediaUrl")}
        hint={t("challengeForm.urlHint")}
        value={mediaUrl}
        onValue={setMediaUrl}
        error={form.errors.fields.mediaUrl}
      />
      <CheckboxField
        idPrefix="debrief"
        name="publish"
        label={t("debrief.publish")}
        hint={t("debrief.publishHint")}
        checked={publish}
        onChecked={setPublish}
        error={form.errors.fields.publish}
      />
      <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
        {t("debrief.save")}
      </button>
    </form>
  );
}

export function DebriefSection({
  workspaceId,
  challenge,
  ideas,
  manages,
  onSaved,
}: {
  workspaceId: string;
  challenge: ChallengeData;
  ideas: readonly IdeaData[];
  manages: boolean;
  onSaved: (challenge: ChallengeData) => void;
}) {
  const { t, i18n } = useTranslation();
  const debrief = challenge.debrief;
  // Open at first when nothing is written yet; it then stays as the manager leaves it, even after saving.
  const [editorOpen] = useState(!debrief);
  const afterContributions = ["voting", "synthesis", "debrief"].includes(challenge.phase);
  if (!debrief?.publishedAt && !(manages && afterContributions)) return null;
  const decided = ideas.filter((idea) => idea.outcome);
  const counts = challenge.outcomeCounts;

  return (
    <section aria-labelledby="debrief-title" className="card debrief">
      <h2 id="debrief-title">{t("debrief.title")}</h2>
      {debrief?.publishedAt ? (
        <>
          <p className="meta">
            {t("debrief.publishedOn", {
              name: challenge.projectManager.name,
              date: formatDateTime(debrief.publishedAt, i18n.language),
            })}
          </p>
          <p className="prose">{debrief.text}</p>
          {debrief.mediaUrl &&
            (isImageUrl(debrief.mediaUrl) ? (
              <img className="idea-image" src={debrief.mediaUrl} alt={t("debrief.mediaAlt")} />
            ) : (
              <p>
                <a href={debrief.mediaUrl} target="_blank" rel="noopener noreferrer">
                  {t("debrief.mediaLink")}
                  <span className="visually-hidden"> {t("app.newWindow")}</span>
                </a>
              </p>
            ))}
        </>
      ) : (
        <p className="meta">{t("debrief.notYet")}</p>
      )}
      <p>
        {t("debrief.counts", {
          retained: counts.retained,
          studied: counts.studied,
          notRetained: counts.notRetained,
        })}
      </p>
      {decided.length > 0 && (
        <ul className="outcome-list">
          {decided.map((idea) => (
            <li key={idea.id}>
              <span className={`badge outcome-${idea.outcome!.status}`}>
                {t(`outcome.${idea.outcome!.status}`)}
              </span>
              <Link to={`/workspaces/${workspaceId}/ideas/${idea.id}`}>{idea.title}</Link>
              {idea.outcome!.note && <p className="meta prose">{idea.outcome!.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {manages && afterContributions && (
        <details className="debrief-editor" open={editorOpen}>
          <summary>{debrief ? t("debrief.edit") : t("debrief.write")}</summary>
          <DebriefForm workspaceId={workspaceId} challenge={challenge} onSaved={onSaved} />
        </details>
      )}
    </section>
  );
}
