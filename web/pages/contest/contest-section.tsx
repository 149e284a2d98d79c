// On a contest's page: the way to the jury's page for jurors, and the announced ranking for everyone.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChallengeData, ContestData } from "../../api/types.ts";
import { RankingTable } from "./ranking-table.tsx";

export function ContestSection({
  challenge,
  contest,
  workspaceId,
}: {
  challenge: ChallengeData;
  contest: ContestData | null;
  workspaceId: string;
}) {
  const { t } = useTranslation();
  if (!challenge.contest || !contest) return null;
  const path = `/workspaces/${workspaceId}/challenges/${challenge.id}`;
  return (
    <section aria-labelledby="contest-title" className="card">
      <h2 id="contest-title">{t("contest.title")}</h2>
      <p>{t("contest.prize", { prize: challenge.contest.prize })}</p>
      {contest.criteria.length > 0 && (
        <>
          <h3>{t("contest.criteriaTitle")}</h3>
          <ul>
            {contest.criteria.map((criterion) => (
              <li key={criterion.id}>
                <strong>{criterion.name}</strong> ({t("contest.weightOf", { weight: criterion.weight })})
                {criterion.description && ` : ${criterion.description}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {contest.juror && (
        <p>
          <Link className="button" to={`${path}/jury`}>
            {t("contest.juryLink", { count: contest.finalists?.length ?? 0 })}
          </Link>
        </p>
      )}
      {contest.announcedAt && contest.ranking ? (
        <RankingTable
          ranking={contest.ranking}
          juryShare={contest.juryShare}
          workspaceId={workspaceId}
          caption={t("contest.announcedRanking")}
        />
      ) : (
        !contest.juror && <p className="meta">{t("contest.notAnnounced")}</p>
      )}
    </section>
  );
}
