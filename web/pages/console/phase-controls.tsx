// The console's timeline: every date with the current phase marked, and the controls that move it — end the current
// phase now, reopen the one that just ended until a date, move a date still to come (participants are told).
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import { type ChallengeData, type Phase, type TimelineField, timelineFields } from "../../api/types.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { formatDateTime } from "../challenges/format.ts";
import { fromLocalInput, toLocalInput } from "../challenges/time.ts";

/** The phase each date opens (the date that ends the phase before it). */
const opens: Record<TimelineField, Phase> = {
  announcementAt: "announcement",
  contributionsOpenAt: "contributions",
  contributionsCloseAt: "voting",
  votingCloseAt: "synthesis",
  synthesisCloseAt: "debrief",
};
/** The phase a manager may reopen from each phase. */
const reopenable: Partial<Record<Phase, Phase>> = {
  voting: "contributions",
  synthesis: "voting",
  debrief: "synthesis",
};

function DateForm({
  idPrefix,
  label,
  hint,
  submit,
  initial,
  onSave,
}: {
  idPrefix: string;
  label: string;
  hint: string;
  submit: string;
  initial: string;
  onSave: (iso: string) => Promise<void>;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = fromLocalInput(value);
    if (!iso) return setError("validation.required");
    setBusy(true);
    setError(undefined);
    try {
      await onSave(iso);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={send} noValidate className="stack">
      <TextField
        idPrefix={idPrefix}
        name="date"
        type="datetime-local"
        label={label}
        hint={hint}
        value={value}
        onValue={setValue}
        error={error}
        required
      />
      <button type="submit" aria-disabled={busy || undefined}>
        {submit}
      </button>
    </form>
  );
}

export function PhaseControls({
  challengeRef,
  challenge,
  onChanged,
}: {
  challengeRef: ChallengeRef;
  challenge: ChallengeData;
  onChanged: (challenge: ChallengeData, notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string>();
  const [deadline, setDeadline] = useState<TimelineField>();
  const params = challengeRef;
  const now = Date.now();
  const future = timelineFields.filter((field) => Date.parse(challenge.timeline[field]) > now);
  const moving = deadline && future.includes(deadline) ? deadline : future[0];
  const reopens = reopenable[challenge.phase];
  const published = challenge.status === "published";
  const frozen = Boolean(challenge.archivedAt);

  const closeNow = async () => {
    setError(undefined);
    try {
      const result = await client.post("/workspaces/:workspaceId/challenges/:challengeId/phase/close", {
        params,
      });
      onChanged(
        result.challenge,
        t("console.phase.closed", { phase: t(`phases.${result.challenge.phase}`) }),
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };

  return (
    <section aria-labelledby="console-phases" className="card stack">
      <h2 id="console-phases">{t("console.phase.title")}</h2>
      <table className="timeline-table">
        <caption className="visually-hidden">{t("console.phase.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("console.phase.date")}</th>
            <th scope="col">{t("console.phase.when")}</th>
            <th scope="col">{t("console.phase.opens")}</th>
          </tr>
        </thead>
        <tbody>
          {timelineFields.map((field) => (
            <tr key={field} className={opens[field] === challenge.phase ? "current" : undefined}>
              <th scope="row">{t(`timeline.${field}`)}</th>
              <td>{formatDateTime(challenge.timeline[field], i18n.language)}</td>
              <td>
                {t(`phases.${opens[field]}`)}
                {opens[field] === challenge.phase && ` (${t("console.phase.now")})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormAlert error={error} />
      {!published || frozen ? (
        <p className="meta">{t(frozen ? "console.phase.archived" : "console.phase.draft")}</p>
      ) : (
        <>
          {challenge.nextDeadline && (
            <div>
              <button type="button" onClick={() => void closeNow()}>
                {t("console.phase.closeNow", { phase: t(`phases.${challenge.phase}`) })}
              </button>
              <p className="hint">
                {t("console.phase.closeHint", { next: t(`phases.${opens[challenge.nextDeadline.field]}`) })}
              </p>
            </div>
          )}
          {reopens && (
            <DateForm
              idPrefix="reopen"
              label={t("console.phase.reopenLabel", { phase: t(`phases.${reopens}`) })}
              hint={t("console.phase.reopenHint")}
              submit={t("console.phase.reopen", { phase: t(`phases.${reopens}`) })}
              initial={toLocalInput(new Date(now + 3 * 86_400_000))}
              onSave={async (until) => {
                const result = await client.post(
                  "/workspaces/:workspaceId/challenges/:challengeId/phase/reopen",
                  { params, body: { until } },
                );
                onChanged(result.challenge, t("console.phase.reopened", { phase: t(`phases.${reopens}`) }));
              }}
            />
          )}
          {moving && (
            <div className="stack">
              <div className="field">
                <label htmlFor="move-deadline">{t("console.phase.moveWhich")}</label>
                <select
                  id="move-deadline"
                  value={moving}
                  onChange={(event) => setDeadline(event.target.value as TimelineField)}
                >
                  {future.map((field) => (
                    <option key={field} value={field}>
                      {t(`timeline.${field}`)}
                    </option>
                  ))}
                </select>
              </div>
              <DateForm
                key={moving}
                idPrefix="move"
                label={t("console.phase.moveTo", { date: t(`timeline.${moving}`) })}
                hint={t("console.phase.moveHint")}
                submit={t("console.phase.move")}
                initial={toLocalInput(challenge.timeline[moving])}
                onSave={async (to) => {
                  const result = await client.post(
                    "/workspaces/:workspaceId/challenges/:challengeId/deadline-moves",
                    { params, body: { deadline: moving, to } },
                  );
                  onChanged(result.challenge, t("console.phase.moved"));
                }}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
