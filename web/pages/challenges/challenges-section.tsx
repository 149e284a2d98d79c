// The challenges of a workspace, with their phase and next deadline; managers start a new one from here and open the
// archive (archived challenges are out of the list otherwise).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { type ChallengeData, canManageChallenges, type Role } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading } from "../../components/page.tsx";
import { PhaseBadge } from "./challenge-page.tsx";
import { formatDateTime } from "./format.ts";

export function ChallengesSection({
  workspaceId,
  role,
  refresh,
}: {
  workspaceId: string;
  role: Role;
  /** Changes when a live event may have changed the list. */
  refresh: number;
}) {
  const { t, i18n } = useTranslation();
  const [challenges, setChallenges] = useState<ChallengeData[]>();
  const [error, setError] = useState<string>();
  const [archive, setArchive] = useState(false);
  const manages = canManageChallenges(role);

  useEffect(() => {
    void refresh;
    const query = archive ? { archived: "true" as const } : {};
    client.get("/workspaces/:workspaceId/challenges", { params: { workspaceId }, query }).then(
      (result) => {
        setChallenges(result.challenges);
        setError(undefined);
      },
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, [workspaceId, refresh, archive]);

  return (
    <section aria-labelledby="challenges-title" className="card">
      <h2 id="challenges-title">{t("challenges.title")}</h2>
      <FormAlert error={error} />
      {manages && (
        <p className="actions">
          <Link className="button primary" to={`/workspaces/${workspaceId}/challenges/new`}>
            {t("challenges.new")}
          </Link>
          <button type="button" aria-pressed={archive} onClick={() => setArchive(!archive)}>
            {t("challenges.showArchive")}
          </button>
        </p>
      )}
      {!challenges && !error && <Loading />}
      {challenges?.length === 0 && <p>{t(archive ? "challenges.noneArchived" : "challenges.none")}</p>}
      {challenges && challenges.length > 0 && (
        <ul className="challenge-list">
          {challenges.map((challenge) => (
            <li key={challenge.id} className="challenge-item">
              <Link to={`/workspaces/${workspaceId}/challenges/${challenge.id}`}>{challenge.title}</Link>
              <span className="challenge-phase">
                <PhaseBadge challenge={challenge} />
              </span>
              <span className="meta">
                {challenge.nextDeadline
                  ? t("challenges.nextDeadline", {
                      what: t(`timeline.${challenge.nextDeadline.field}`),
                      date: formatDateTime(challenge.nextDeadline.at, i18n.language),
                    })
                  : t("challenges.finished")}{" "}
                · {t("brief.ideaCount", { count: challenge.ideaCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
