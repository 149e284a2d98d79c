// An idea of a public challenge and its comments, readable signed out; commenting or supporting asks to join.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import type { ChallengeData, CommentData, IdeaData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { formatDateTime } from "../challenges/format.ts";
import { JoinPrompt } from "./join-prompt.tsx";
import { stillOpen } from "./public-ideas.tsx";

export function PublicIdeaPage() {
  const { t, i18n } = useTranslation();
  const { challengeId = "", ideaId = "" } = useParams();
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [thread, setThread] = useState<{ idea: IdeaData; comments: CommentData[] }>();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState(false);
  const here = `/public/challenges/${challengeId}`;

  useEffect(() => {
    const failed = (failure: unknown) => setError(formErrorsOf(failure, []).form);
    api.get<{ challenge: ChallengeData }>(here).then((r) => setChallenge(r.challenge), failed);
    api.get<{ idea: IdeaData; comments: CommentData[] }>(`${here}/ideas/${ideaId}`).then(setThread, failed);
  }, [here, ideaId]);

  if (error) {
    return (
      <section className="narrow card">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </section>
    );
  }
  if (!challenge || !thread) return <Loading />;
  const { idea, comments } = thread;
  const open = stillOpen(challenge);
  return (
    <article className="narrow stack">
      <p>
        <Link to={here}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
      </p>
      <div className="page-head">
        <PageTitle text={idea.title} />
        <p className="meta">
          {idea.author.name} · {formatDateTime(idea.createdAt, i18n.language)}
          {idea.outcome && <> · {t(`outcome.${idea.outcome.status}`)}</>}
        </p>
      </div>
      <p className="idea-body">{idea.body}</p>
      <p className="meta">{t("publicChallenge.supports", { count: idea.supportCount })}</p>
      <section aria-labelledby="public-comments-title" className="card">
        <h2 id="public-comments-title">{t("publicChallenge.comments", { count: comments.length })}</h2>
        {comments.length === 0 && <p>{t("publicChallenge.noComments")}</p>}
        <ul className="plain-list comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className={comment.official ? "comment official" : "comment"}>
              <p className="meta">
                {comment.author.name}
                {comment.official && <> · {t("publicChallenge.official")}</>} ·{" "}
                {formatDateTime(comment.createdAt, i18n.language)}
              </p>
              <p>{comment.body}</p>
            </li>
          ))}
        </ul>
      </section>
      {open && (
        <section aria-labelledby="public-act-title" className="card">
          <h2 id="public-act-title">{t("publicChallenge.takePart")}</h2>
          {asking ? (
            <JoinPrompt
              challengeId={challengeId}
              allowAnonymous={challenge.allowAnonymous}
              intro={t("publicChallenge.joinToAct")}
              here={`${here}/ideas/${ideaId}`}
              then={(workspaceId) => `/workspaces/${workspaceId}/ideas/${ideaId}`}
            />
          ) : (
            <p className="public-actions">
              <button type="button" className="primary" onClick={() => setAsking(true)}>
                {t("publicChallenge.support")}
              </button>{" "}
              <button type="button" onClick={() => setAsking(true)}>
                {t("publicChallenge.comment")}
              </button>
            </p>
          )}
        </section>
      )}
    </article>
  );
}
