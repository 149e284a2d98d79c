// The project manager's to-do list: ideas still waiting for an official answer, oldest first, and how fast answers come.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData, IdeaData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { OpenDataLinks } from "../debrief/you-said-we-did.tsx";
import { formatDuration } from "./format.ts";

export function ManagerPanel({
  workspaceId,
  challenge,
  refresh,
}: {
  workspaceId: string;
  challenge: ChallengeData;
  /** Changes whenever the challenge's ideas may have changed. */
  refresh: unknown;
}) {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<IdeaData[]>();
  const [error, setError] = useState<string>();
  const path = `/workspaces/${workspaceId}/challenges/${challenge.id}`;

  useEffect(() => {
    void refresh;
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId/ideas", {
        params: { workspaceId, challengeId: challenge.id },
        query: { unanswered: "true" },
      })
      .then(
        (result) => setWaiting(result.ideas),
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
  }, [workspaceId, challenge.id, refresh]);

  const median = challenge.medianFirstAnswerSeconds;
  const now = Date.now();
  return (
    <section aria-labelledby="manager-panel-title" className="card manager-panel">
      <h2 id="manager-panel-title">{t("managerPanel.title")}</h2>
      <p>
        {median === null
          ? t("managerPanel.noMedian")
          : t("managerPanel.median", { duration: formatDuration(t, median * 1000) })}
      </p>
      <FormAlert error={error} />
      {waiting && (
        <>
          <h3>{t("managerPanel.waiting", { count: waiting.length })}</h3>
          {waiting.length === 0 ? (
            <p>{t("managerPanel.allAnswered")}</p>
          ) : (
            <ol className="waiting-list">
              {waiting.map((idea) => (
                <li key={idea.id}>
                  <Link to={`/workspaces/${workspaceId}/ideas/${idea.id}`}>{idea.title}</Link>{" "}
                  <span className="meta">
                    {t("managerPanel.since", {
                      name: idea.author.name,
                      duration: formatDuration(t, now - new Date(idea.createdAt).getTime()),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <p className="meta">
        {t("managerPanel.export")}{" "}
        <a href={`/api/v1${path}/export?format=csv`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`/api/v1${path}/export?format=json`} download>
          JSON
        </a>
      </p>
      <OpenDataLinks base={path} />
    </section>
  );
}
