// The jury's page: each finalist with a score per criterion, the other jurors' scores once one has scored, the live
// combined ranking, and the announcement of the winners.
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type ContestData, canManageChallenges } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { challengeOf, type LiveEvent, useLive } from "../../live/use-live.ts";
import { AnnounceForm } from "./announce-form.tsx";
import { RankingTable } from "./ranking-table.tsx";
import { ScoreForm } from "./score-form.tsx";
import { isContestEvent, useChallenge, useContest } from "./use-contest.ts";

type Finalist = NonNullable<ContestData["finalists"]>[number];

function OthersScores({ finalist, criteria }: { finalist: Finalist; criteria: ContestData["criteria"] }) {
  const { t } = useTranslation();
  if (!finalist.scores) return <p className="meta">{t("contest.othersHidden")}</p>;
  const names = new Map(criteria.map((c) => [c.id, c.name]));
  return (
    <details>
      <summary>{t("contest.allScores", { count: finalist.scores.length })}</summary>
      <ul>
        {finalist.scores.map((s) => (
          <li key={`${s.juror.id}-${s.criterionId}`}>
            {t("contest.scoreLine", {
              juror: s.juror.name,
              criterion: names.get(s.criterionId) ?? "",
              score: s.score,
            })}
            {s.comment && <q> {s.comment}</q>}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function JuryPage() {
  const { t } = useTranslation();
  const { workspaceId = "", challengeId = "" } = useParams();
  const path = `/workspaces/${workspaceId}/challenges/${challengeId}`;
  const { challenge, workspace, error: challengeError } = useChallenge(workspaceId, challengeId);
  const { contest, setContest, error, reload } = useContest(workspaceId, challengeId, true);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (challengeOf(event) === challengeId && isContestEvent(event)) void reload();
    },
    [challengeId, reload],
  );
  useLive(workspaceId, onEvent, reload);

  const failure = error ?? challengeError;
  if (failure && !contest) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={failure} />
      </div>
    );
  }
  if (!contest || !challenge || !workspace) return <Loading />;
  const scoring = !contest.announcedAt && (challenge.phase === "voting" || challenge.phase === "synthesis");
  const announcing =
    canManageChallenges(workspace.role) &&
    !contest.announcedAt &&
    (challenge.phase === "synthesis" || challenge.phase === "debrief") &&
    (contest.finalists?.length ?? 0) > 0;
  const finalists = contest.finalists ?? [];

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={path}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
      </p>
      <PageTitle text={t("contest.juryTitle", { title: challenge.title })} />
      {!contest.juror && <p className="alert alert-info">{t("contest.notJuror")}</p>}
      {contest.announcedAt ? (
        <p className="alert alert-info">{t("contest.announcedNotice")}</p>
      ) : (
        !scoring && <p className="alert alert-info">{t("contest.scoringClosed")}</p>
      )}
      {contest.criteria.length === 0 && <p className="alert alert-info">{t("contest.noCriteria")}</p>}
      <section aria-labelledby="ranking-title" className="card">
        <h2 id="ranking-title">{t("contest.rankingTitle")}</h2>
        {contest.ranking ? (
          <RankingTable
            ranking={contest.ranking}
            juryShare={contest.juryShare}
            workspaceId={workspaceId}
            caption={t("contest.liveRanking")}
          />
        ) : (
          <p>{t("contest.rankingAfterBallot")}</p>
        )}
      </section>
      <section aria-labelledby="finalists-title" className="card">
        <h2 id="finalists-title">{t("contest.finalistsTitle", { count: finalists.length })}</h2>
        {finalists.length === 0 && <p>{t("contest.noFinalists")}</p>}
        <ul className="finalists">
          {finalists.map((finalist) => (
            <li key={finalist.ideaId} className="finalist">
              <h3 id={`finalist-${finalist.ideaId}-title`}>
                <Link to={`/workspaces/${workspaceId}/ideas/${finalist.ideaId}`}>{finalist.title}</Link>
              </h3>
              <p className="meta">
                {t("idea.by", { name: finalist.authorName })} ·{" "}
                {t("idea.supports", { count: finalist.supportCount })}
              </p>
              {contest.criteria.length > 0 && contest.juror && (
                <ScoreForm
                  finalist={finalist}
                  criteria={contest.criteria}
                  challengeRef={{ workspaceId, challengeId }}
                  disabled={!scoring}
                  onSaved={setContest}
                />
              )}
              <OthersScores finalist={finalist} criteria={contest.criteria} />
            </li>
          ))}
        </ul>
      </section>
      {announcing && (
        // Mounted again when the ranking appears, so that the top finalist is proposed as winner.
        <AnnounceForm
          key={contest.ranking ? "ranked" : "unranked"}
          contest={contest}
          challengeRef={{ workspaceId, challengeId }}
          onAnnounced={setContest}
        />
      )}
    </div>
  );
}
