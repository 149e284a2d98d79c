// A juror's scores of one finalist: a 0–10 input and an optional comment per criterion, errors beside each field.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ContestData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

type Finalist = NonNullable<ContestData["finalists"]>[number];

export function ScoreForm({
  finalist,
  criteria,
  challengeRef,
  disabled,
  onSaved,
}: {
  finalist: Finalist;
  criteria: ContestData["criteria"];
  challengeRef: ChallengeRef;
  disabled: boolean;
  onSaved: (contest: ContestData) => void;
}) {
  const { t } = useTranslation();
  const mine = (criterionId: string) => finalist.myScores.find((s) => s.criterionId === criterionId);
  const [values, setValues] = useState(() =>
    Object.fromEntries(
      criteria.map((c) => [
        c.id,
        { score: String(mine(c.id)?.score ?? ""), comment: mine(c.id)?.comment ?? "" },
      ]),
    ),
  );
  const [saved, setSaved] = useState(false);
  const fields = criteria.flatMap((_, i) => [`scores.${i}.score`, `scores.${i}.comment`]);
  const form = useForm(fields);
  const errorOf = (i: number, part: "score" | "comment") => form.errors.fields[`scores.${i}.${part}`];

  const submit = form.handle(async () => {
    setSaved(false);
    const filled = criteria.filter((c) => (values[c.id]?.score ?? "").trim() !== "");
    const result = await client
      .put("/workspaces/:workspaceId/challenges/:challengeId/contest/finalists/:ideaId/scores", {
        params: { ...challengeRef, ideaId: finalist.ideaId },
        body: {
          scores: filled.map((c) => ({
            criterionId: c.id,
            score: Number(values[c.id]?.score),
            comment: values[c.id]?.comment.trim() || null,
          })),
        },
      })
      .catch((failure: unknown) => {
        throw renamed(failure, (k) => criteria.indexOf(filled[k] as (typeof criteria)[number]));
      });
    setSaved(true);
    onSaved(result.contest);
  });

  const titleId = `finalist-${finalist.ideaId}-title`;
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby={titleId} className="stack">
      <FormAlert error={form.errors.form} />
      <StatusMessage>{saved && t("contest.scoresSaved")}</StatusMessage>
      {criteria.map((criterion, i) => (
        <fieldset key={criterion.id} className="criterion">
          <legend>
            {criterion.name}{" "}
            <span className="meta">({t("contest.weightOf", { weight: criterion.weight })})</span>
          </legend>
          {criterion.description && <p className="hint">{criterion.description}</p>}
          <TextField
            idPrefix={`score-${finalist.ideaId}-${criterion.id}`}
            name={`scores.${i}.score`}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            label={t("contest.scoreLabel", { criterion: criterion.name })}
            value={values[criterion.id]?.score ?? ""}
            onValue={(score) =>
              setValues((v) => ({ ...v, [criterion.id]: { comment: "", ...v[criterion.id], score } }))
            }
            error={errorOf(i, "score")}
            disabled={disabled}
          />
          <TextField
            idPrefix={`score-${finalist.ideaId}-${criterion.id}`}
            name={`scores.${i}.comment`}
            label={t("contest.commentLabel", { criterion: criterion.name })}
            value={values[criterion.id]?.comment ?? ""}
            onValue={(comment) =>
              setValues((v) => ({ ...v, [criterion.id]: { score: "", ...v[criterion.id], comment } }))
            }
            error={errorOf(i, "comment")}
            maxLength={2000}
            disabled={disabled}
          />
        </fieldset>
      ))}
      {!disabled && (
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("contest.saveScores", { title: finalist.title })}
        </button>
      )}
    </form>
  );
}

/**
 * The request names a score by its position among the scores sent (blank ones are left out); the form by the
 * criterion's position. Renames the fields of a failure so each error lands beside its own input.
 */
function renamed(failure: unknown, position: (sent: number) => number): unknown {
  if (!(failure instanceof ApiError)) return failure;
  const rename = (field: string | undefined) =>
    field?.replace(/^scores\.(\d+)\./, (_, k: string) => `scores.${position(Number(k))}.`);
  return new ApiError(
    failure.status,
    failure.code,
    failure.message,
    rename(failure.field),
    failure.errors.map((problem) => ({ ...problem, field: rename(problem.field) ?? problem.field })),
  );
}
