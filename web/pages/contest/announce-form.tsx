// A manager announces the contest's winners: an award for each winning finalist, then the ranking is public.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ContestData } from "../../api/types.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

export function AnnounceForm({
  contest,
  challengeRef,
  onAnnounced,
}: {
  contest: ContestData;
  challengeRef: ChallengeRef;
  onAnnounced: (contest: ContestData) => void;
}) {
  const { t } = useTranslation();
  // Finalists in ranking order when the viewer sees the ranking, the first one proposed as winner.
  const order = contest.ranking?.map((r) => r.ideaId) ?? contest.finalists?.map((f) => f.ideaId) ?? [];
  const titles = new Map((contest.finalists ?? []).map((f) => [f.ideaId, f.title]));
  const [awards, setAwards] = useState<Record<string, string>>(() =>
    contest.ranking && order[0] ? { [order[0]]: t("contest.firstPrize") } : {},
  );
  const fields = [...order.map((id) => `award-${id}`), "winners"];
  const form = useForm(fields);

  const submit = form.handle(async () => {
    const winners = order.flatMap((ideaId) => {
      const award = awards[ideaId]?.trim();
      return award ? [{ ideaId, award }] : [];
    });
    const result = await client
      .post("/workspaces/:workspaceId/challenges/:challengeId/contest/announcement", {
        params: challengeRef,
        body: { winners },
      })
      .catch((failure: unknown) => {
        if (!(failure instanceof ApiError)) throw failure;
        const rename = (field: string | undefined) => {
          const match = field?.match(/^winners\.(\d+)\./);
          const winner = match ? winners[Number(match[1])] : undefined;
          return winner ? `award-${winner.ideaId}` : field;
        };
        throw new ApiError(
          failure.status,
          failure.code,
          failure.message,
          rename(failure.field),
          failure.errors.map((p) => ({ ...p, field: rename(p.field) ?? p.field })),
        );
      });
    onAnnounced(result.contest);
  });

  return (
    <section aria-labelledby="announce-title" className="card">
      <h2 id="announce-title">{t("contest.announceTitle")}</h2>
      <p className="hint">{t("contest.announceHint")}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert error={form.errors.form ?? form.errors.fields.winners} />
        {order.map((ideaId) => (
          <TextField
            key={ideaId}
            idPrefix="announce"
            name={`award-${ideaId}`}
            label={t("contest.awardFor", { title: titles.get(ideaId) ?? "" })}
            value={awards[ideaId] ?? ""}
            onValue={(award) => setAwards((a) => ({ ...a, [ideaId]: award }))}
            error={form.errors.fields[`award-${ideaId}`]}
            maxLength={200}
          />
        ))}
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("contest.announce")}
        </button>
      </form>
    </section>
  );
}
