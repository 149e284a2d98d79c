// A public challenge's ideas, readable signed out; supporting one asks the visitor to join, beside the idea.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import type { ChallengeData, IdeaData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading } from "../../components/page.tsx";
import { excerpt } from "../challenges/format.ts";
import { JoinPrompt } from "./join-prompt.tsx";

/** Whether people may still propose and support: never from synthesis on. */
export function stillOpen(challenge: ChallengeData): boolean {
  return challenge.phase === "contributions" || challenge.phase === "voting";
}

export function PublicIdeas({ challenge, refresh }: { challenge: ChallengeData; refresh: number }) {
  const { t } = useTranslation();
  const [ideas, setIdeas] = useState<IdeaData[]>();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<string>();
  const here = `/public/challenges/${challenge.id}`;

  useEffect(() => {
    void refresh;
    api.get<{ ideas: IdeaData[] }>(`/public/challenges/${challenge.id}/ideas`).then(
      (result) => setIdeas(result.ideas),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, [challenge.id, refresh]);

  return (
    <section aria-labelledby="public-ideas-title" className="stack">
      <h2 id="public-ideas-title">{t("publicChallenge.ideas", { count: ideas?.length ?? 0 })}</h2>
      <FormAlert error={error} />
      {!ideas && !error && <Loading />}
      {ideas?.length === 0 && <p>{t("publicChallenge.noIdeas")}</p>}
      <ul className="public-grid">
        {ideas?.map((idea) => (
          <li key={idea.id} className="card public-card">
            <h3>
              <Link to={`${here}/ideas/${idea.id}`}>{idea.title}</Link>
            </h3>
            <p>{excerpt(idea.body)}</p>
            <p className="meta">
              {t("publicChallenge.supports", { count: idea.supportCount })} ·{" "}
              {t("publicChallenge.comments", { count: idea.commentCount })}
              {idea.outcome && <> · {t(`outcome.${idea.outcome.status}`)}</>}
            </p>
            {stillOpen(challenge) &&
              (asking === idea.id ? (
                <JoinPrompt
                  challengeId={challenge.id}
                  allowAnonymous={challenge.allowAnonymous}
                  intro={t("publicChallenge.joinToSupport")}
                  here={`${here}/ideas/${idea.id}`}
                  then={(workspaceId) => `/workspaces/${workspaceId}/ideas/${idea.id}`}
                />
              ) : (
                <button type="button" onClick={() => setAsking(idea.id)}>
                  {t("publicChallenge.support")}
                  <span className="visually-hidden"> {idea.title}</span>
                </button>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
