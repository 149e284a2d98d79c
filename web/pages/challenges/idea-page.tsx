// One idea: its text and author, support, emotions, follow, and its conversation, all updated live.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import {
  type ChallengeData,
  type CommentData,
  type Emotion,
  emotions,
  type IdeaData,
} from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { ideaOf, type LiveEvent, useLive } from "../../live/use-live.ts";
import { AwardForm } from "./award-form.tsx";
import { ChallengeState } from "./challenge-state.tsx";
import { CommentThread } from "./comment-thread.tsx";
import { FlagButton } from "./flag-form.tsx";
import { formatDateTime, isImageUrl } from "./format.ts";
import { emojis } from "./idea-acts.ts";
import { IdeaBadges } from "./idea-list.tsx";
import { ModerationForm, type ModerationTarget } from "./moderation-form.tsx";
import { OutcomeForm } from "./outcome-form.tsx";
import { useWorkspace } from "./use-workspace.ts";

export function IdeaPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "", ideaId = "" } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const { workspace, error: workspaceError } = useWorkspace(workspaceId);
  const [idea, setIdea] = useState<IdeaData>();
  const [comments, setComments] = useState<CommentData[]>([]);
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [error, setError] = useState<string>();
  const [actionError, setActionError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [gone, setGone] = useState(false);
  const [moderating, setModerating] = useState<ModerationTarget>();
  const busy = useRef(false);
  const ideaPath = `/workspaces/${workspaceId}/ideas/${ideaId}`;
  const ideaRef = { workspaceId, ideaId };

  /** Reloads the idea, its thread and its challenge; returns the thread. */
  const load = useCallback(async (): Promise<CommentData[] | undefined> => {
    try {
      const found = await client.get("/workspaces/:workspaceId/ideas/:ideaId", {
        params: { workspaceId, ideaId },
      });
      setIdea(found.idea);
      setComments(found.comments);
      const { challenge: parent } = await client.get("/workspaces/:workspaceId/challenges/:challengeId", {
        params: { workspaceId, challengeId: found.idea.challengeId },
      });
      setChallenge(parent);
      return found.comments;
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
      return undefined;
    }
  }, [ideaId, workspaceId]);

  useEffect(() => {
    setIdea(undefined);
    setError(undefined);
    setGone(false);
    void load();
  }, [load]);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (ideaOf(event) !== ideaId) {
        if (
          (event.type === "challenge.deadline-extended" || event.type === "challenge.controlled") &&
          event.data.challengeId === idea?.challengeId
        )
          void load();
        return;
      }
      if (event.type === "support.changed") {
        const { data } = event;
        setIdea(
          (current) =>
            current && {
              ...current,
              supportCount: data.supportCount,
              supportedByMe: data.userId === user?.id ? data.supported : current.supportedByMe,
            },
        );
      } else if (event.type === "reaction.changed") {
        const { data } = event;
        const mine = data.userId === user?.id;
        setIdea(
          (current) =>
            current && {
              ...current,
              reactions: data.counts,
              myReactions: !mine
                ? current.myReactions
                : data.on
                  ? [...new Set([...current.myReactions, data.emotion])]
                  : current.myReactions.filter((e) => e !== data.emotion),
            },
        );
      } else if (event.type === "idea.withdrawn") {
        setGone(true);
      } else if (event.type === "comment.posted" && event.data.authorId !== user?.id) {
        const { commentId } = event.data;
        // Say who wrote, so that screen reader users hear of a new comment without hunting for it.
        void load().then((thread) => {
          const comment = thread?.find((c) => c.id === commentId);
          if (comment) {
            setNotice(
              t(comment.official ? "comments.arrivedOfficial" : "comments.arrived", {
                name: comment.author.name,
              }),
            );
          }
        });
      } else {
        void load();
      }
    },
    [ideaId, idea?.challengeId, user?.id, load, t],
  );

  const live = useLive(workspaceId, onEvent, () => void load());

  /** Runs one action at a time (a double click sends one request) and shows its error. */
  async function act(action: () => Promise<void>) {
    if (busy.current) return;
    busy.current = true;
    setActionError(undefined);
    try {
      await action();
    } catch (failure) {
      setActionError(formErrorsOf(failure, []).form);
    } finally {
      busy.current = false;
    }
  }

  const toggleSupport = () =>
    act(async () => {
      if (!idea) return;
      const path = "/workspaces/:workspaceId/ideas/:ideaId/support";
      const result = idea.supportedByMe
        ? await client.delete(path, { params: ideaRef })
        : await client.put(path, { params: ideaRef });
      setIdea(
        (current) =>
          current && { ...current, supportedByMe: result.supported, supportCount: result.supportCount },
      );
    });

  const react = (emotion: Emotion) =>
    act(async () => {
      const result = await client.post("/workspaces/:workspaceId/ideas/:ideaId/reactions", {
        params: ideaRef,
        body: { emotion },
      });
      setIdea(
        (current) =>
          current && {
            ...current,
            reactions: result.counts,
            myReactions: result.on
              ? [...new Set([...current.myReactions, emotion])]
              : current.myReactions.filter((e) => e !== emotion),
          },
      );
    });

  const toggleFollow = () =>
    act(async () => {
      if (!idea) return;
      const path = "/workspaces/:workspaceId/ideas/:ideaId/follow";
      const result = idea.followedByMe
        ? await client.delete(path, { params: ideaRef })
        : await client.put(path, { params: ideaRef });
      setIdea((current) => current && { ...current, followedByMe: result.following });
      setNotice(result.following ? t("idea.followOn") : t("idea.followOff"));
    });

  const withdraw = () => {
    if (!window.confirm(t("idea.withdrawConfirm"))) return;
    void act(async () => {
      await client.delete("/workspaces/:workspaceId/ideas/:ideaId", { params: ideaRef });
      navigate(`/workspaces/${workspaceId}/challenges/${idea?.challengeId}`);
    });
  };

  const failure = error ?? workspaceError;
  if (failure && !idea) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={failure} />
        <p>
          <Link to={`/workspaces/${workspaceId}`}>{t("challenges.backToWorkspace")}</Link>
        </p>
      </div>
    );
  }
  if (!idea || !challenge || !workspace) return <Loading />;
  const challengePath = `/workspaces/${workspaceId}/challenges/${challenge.id}`;
  // What this person may do here comes from the server, by the rules it enforces (roles, phases, pause, archive).
  const can = idea.abilities;
  const manages = challenge.abilities.manage;

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={challengePath}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
      </p>
      {gone && (
        <p role="alert" className="alert alert-info">
          {t("idea.withdrawn")}
        </p>
      )}
      <article className="stack">
        <div className="page-head">
          <PageTitle text={idea.title} />
          <p className="meta">
            {t("idea.byOn", {
              name: idea.author.name,
              date: formatDateTime(idea.createdAt, i18n.language),
            })}
            <span className={`live-status ${live}`}>
              {live === "live" ? t("workspace.liveOn") : t("workspace.liveOff")}
            </span>
          </p>
          <p className="idea-tags">
            {idea.category && <span className="tag">{idea.category}</span>}
            <IdeaBadges idea={idea} />
          </p>
        </div>
        <StatusMessage>{notice}</StatusMessage>
        <ChallengeState challenge={challenge} />
        <FormAlert error={actionError} />
        {idea.held ? (
          <p className="alert alert-info">{t("moderation.held")}</p>
        ) : (
          idea.hidden && (
            <p className="alert alert-info">{t("idea.hiddenReason", { reason: idea.hidden.reason })}</p>
          )
        )}
        <div className="card">
          <p className="prose idea-body">{idea.body}</p>
          {idea.imageUrl &&
            (isImageUrl(idea.imageUrl) ? (
              <img
                className="idea-image"
                src={idea.imageUrl}
                alt={t("idea.imageAlt", { title: idea.title })}
              />
            ) : (
              <p>
                <a href={idea.imageUrl} target="_blank" rel="noopener noreferrer">
                  {t("idea.imageLink")}
                  <span className="visually-hidden"> {t("app.newWindow")}</span>
                </a>
              </p>
            ))}
          {idea.outcome && (
            <div className="outcome">
              <p>
                <strong>{t(`outcome.${idea.outcome.status}`)}</strong>
              </p>
              {idea.outcome.note && <p className="prose">{idea.outcome.note}</p>}
            </div>
          )}
        </div>
        <section aria-labelledby="voice-title" className="card">
          <h2 id="voice-title" className="visually-hidden">
            {t("idea.voiceTitle")}
          </h2>
          <div className="support-row">
            <button
              type="button"
              className={idea.supportedByMe ? "support on" : "support"}
              aria-pressed={idea.supportedByMe}
              onClick={() => void toggleSupport()}
              disabled={!can.support}
            >
              {idea.supportedByMe ? t("idea.supported") : t("idea.support")}
            </button>
            <p className="support-count" aria-live="polite">
              {t("idea.supports", { count: idea.supportCount })}
            </p>
          </div>
          <fieldset className="reactions">
            <legend>{t("idea.reactionsLegend")}</legend>
            {emotions.map((emotion) => {
              const count = idea.reactions[emotion];
              const on = idea.myReactions.includes(emotion);
              return (
                <button
                  key={emotion}
                  type="button"
                  className={on ? "reaction on" : "reaction"}
                  aria-pressed={on}
                  aria-label={t("idea.reactionLabel", { emotion: t(`emotions.${emotion}`), count })}
                  onClick={() => void react(emotion)}
                  disabled={!can.react}
                >
                  <span aria-hidden="true">{emojis[emotion]}</span> {t(`emotions.${emotion}`)}{" "}
                  <span className="reaction-count">{count}</span>
                </button>
              );
            })}
          </fieldset>
          <div className="actions">
            {can.follow && (
              <button type="button" aria-pressed={idea.followedByMe} onClick={() => void toggleFollow()}>
                {idea.followedByMe ? t("idea.following") : t("idea.follow")}
              </button>
            )}
            {can.edit && (
              <Link className="button" to={`${ideaPath}/edit`}>
                {t("idea.edit")}
              </Link>
            )}
            {can.withdraw && (
              <button type="button" className="danger" onClick={withdraw}>
                {t("idea.withdraw")}
              </button>
            )}
            {can.moderate && (
              <button
                type="button"
                className="danger"
                onClick={() => setModerating({ kind: "idea", id: idea.id, hidden: Boolean(idea.hidden) })}
              >
                {idea.held
                  ? t("moderation.releaseIdea")
                  : idea.hidden
                    ? t("moderation.restoreIdea")
                    : t("moderation.hideIdea")}
              </button>
            )}
            {can.flag && (
              <FlagButton
                target={{ workspaceId, kind: "idea", id: idea.id }}
                label={idea.title}
                idPrefix="flag-idea"
              />
            )}
          </div>
          {moderating && (
            <ModerationForm
              workspaceId={workspaceId}
              ideaId={idea.id}
              target={moderating}
              onDone={() => {
                setModerating(undefined);
                void load();
              }}
              onCancel={() => setModerating(undefined)}
            />
          )}
        </section>
      </article>
      {can.setOutcome && !idea.hidden && (
        <OutcomeForm key={idea.id} ideaRef={ideaRef} idea={idea} onSaved={() => void load()} />
      )}
      {can.award && <AwardForm key={idea.id} ideaRef={ideaRef} idea={idea} onSaved={() => void load()} />}
      <CommentThread
        comments={comments}
        ideaRef={ideaRef}
        official={manages}
        canComment={can.comment}
        onPosted={() => void load()}
        onModerate={
          can.moderate
            ? (comment) => setModerating({ kind: "comment", id: comment.id, hidden: Boolean(comment.hidden) })
            : undefined
        }
      />
    </div>
  );
}
