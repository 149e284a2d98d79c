// The synthesis of a challenge, for its managers: groups of converging ideas, computed in the background or made by
// hand, with the operations that shape them before the debrief. Follows the workspace's live events.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ChallengeData, IdeaGroupData, SynthesisData, SynthesisIdeaData } from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { challengeOf, type LiveEvent, useLive } from "../../live/use-live.ts";
import { excerpt, formatDateTime } from "../challenges/format.ts";
import { CreateGroupForm, MergeForm, MoveForm, RenameForm, SplitForm, shownName } from "./group-forms.tsx";

export function SynthesisPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "", challengeId = "" } = useParams();
  const challengePath = `/workspaces/${workspaceId}/challenges/${challengeId}`;
  const challengeRef = { workspaceId, challengeId };
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [view, setView] = useState<SynthesisData>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const reloadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(async () => {
    try {
      const [one, synthesis] = await Promise.all([
        client.get("/workspaces/:workspaceId/challenges/:challengeId", {
          params: { workspaceId, challengeId },
        }),
        client.get("/workspaces/:workspaceId/challenges/:challengeId/synthesis", {
          params: { workspaceId, challengeId },
        }),
      ]);
      setChallenge(one.challenge);
      setView(synthesis);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId, challengeId]);

  useEffect(() => {
    void load();
    return () => clearTimeout(reloadTimer.current);
  }, [load]);

  const reloadSoon = useCallback(() => {
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => void load(), 150);
  }, [load]);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (challengeOf(event) !== challengeId) return;
      if (event.type === "synthesis.updated" && !event.data.by) setNotice(t("synthesis.updated"));
      reloadSoon();
    },
    [challengeId, reloadSoon, t],
  );
  const live = useLive(workspaceId, onEvent, reloadSoon);

  const done = useCallback(
    (next: SynthesisData) => {
      setView(next);
      setNotice(t("synthesis.saved"));
    },
    [t],
  );

  const recompute = async () => {
    try {
      await client.post("/workspaces/:workspaceId/challenges/:challengeId/synthesis/recompute", {
        params: challengeRef,
      });
      setView((current) => current && { ...current, pending: true });
      setNotice(t("synthesis.recomputing"));
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };

  if (error && !view) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </div>
    );
  }
  if (!view || !challenge) return <Loading />;

  return (
    <div className="stack synthesis">
      <p className="breadcrumb">
        <Link to={challengePath}>{t("synthesis.backTo", { title: challenge.title })}</Link>
      </p>
      <div className="page-head">
        <PageTitle text={t("synthesis.title", { title: challenge.title })} />
        <p className="meta">
          <span className={`live-status ${live}`}>
            {live === "live" ? t("workspace.liveOn") : t("workspace.liveOff")}
          </span>
        </p>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <FormAlert error={error} />
      <div className="actions">
        <p className="meta">
          {view.computedAt
            ? t("synthesis.computedAt", { at: formatDateTime(view.computedAt, i18n.language) })
            : t("synthesis.never")}
          {view.pending && ` ${t("synthesis.pending")}`}
        </p>
        <button type="button" onClick={() => void recompute()}>
          {t("synthesis.recompute")}
        </button>
      </div>
      {view.status === "too-few-ideas" && (
        <p className="alert alert-info">{t("synthesis.tooFew", { count: view.minimumIdeas })}</p>
      )}
      <section aria-labelledby="groups-title" className="stack">
        <h2 id="groups-title">{t("synthesis.groups", { count: view.groups.length })}</h2>
        {view.groups.length === 0 && <p>{t("synthesis.noGroups")}</p>}
        <ul className="group-list">
          {view.groups.map((group) => (
            <li key={group.id}>
              <GroupCard group={group} view={view} challengeRef={challengeRef} onDone={done} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ungrouped-title" className="card">
        <h2 id="ungrouped-title">{t("synthesis.ungrouped", { count: view.ungrouped.length })}</h2>
        <ul className="synthesis-ideas">
          {view.ungrouped.map((idea) => (
            <IdeaItem
              key={idea.id}
              idea={idea}
              groupId={null}
              view={view}
              challengeRef={challengeRef}
              onDone={done}
              workspaceId={workspaceId}
            />
          ))}
        </ul>
      </section>
      <CreateGroupForm challengeRef={challengeRef} onDone={done} ideas={view.ungrouped} />
    </div>
  );
}

function GroupCard({
  group,
  view,
  challengeRef,
  onDone,
}: {
  group: IdeaGroupData;
  view: SynthesisData;
  challengeRef: ChallengeRef;
  onDone: (view: SynthesisData) => void;
}) {
  const { t } = useTranslation();
  const { workspaceId = "" } = useParams();
  const titleId = `group-${group.id}-title`;
  const byId = new Map(group.ideas.map((idea) => [idea.id, idea]));
  const quotes = [...group.pinnedIdeaIds, ...group.quoteIdeaIds]
    .map((id) => byId.get(id))
    .filter((idea) => idea !== undefined);
  const [error, setError] = useState<string>();
  const retire = async () => {
    try {
      onDone(
        await client.delete("/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId", {
          params: { ...challengeRef, groupId: group.id },
        }),
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };
  return (
    <article aria-labelledby={titleId} className="card group-card">
      <h3 id={titleId}>{shownName(group)}</h3>
      <p className="meta">
        {t("synthesis.size", { count: group.size })} ·{" "}
        {group.origin === "manual" ? t("synthesis.manual") : t("synthesis.computed")}
        {group.name && group.origin === "computed" && ` · ${t("synthesis.label", { label: group.label })}`}
        {group.trend && ` · ${t(`synthesis.trend.${group.trend}`)}`}
      </p>
      {group.keywords.length > 0 && (
        <p className="idea-tags">
          <span className="visually-hidden">{t("synthesis.keywords")} </span>
          {group.keywords.map((keyword) => (
            <span key={keyword} className="tag">
              {keyword}
            </span>
          ))}
        </p>
      )}
      {group.dominantEmotions.length > 0 && (
        <p className="meta">
          {t("synthesis.emotions", {
            list: group.dominantEmotions
              .map((name) =>
                t("synthesis.emotion", {
                  name: t(`synthesis.emotionNames.${name}`),
                  share: Math.round((group.emotions[name] ?? 0) * 100),
                }),
              )
              .join(", "),
          })}
        </p>
      )}
      {quotes.length > 0 && (
        <>
          <h4>{t("synthesis.quotes")}</h4>
          <ul className="quotes">
            {quotes.map((idea) => {
              const pinned = group.pinnedIdeaIds.includes(idea.id);
              return (
                <li key={idea.id}>
                  <blockquote>
                    <p>
                      <strong>{idea.title}</strong> — {excerpt(idea.body, 220)}
                    </p>
                  </blockquote>
                  {pinned && <span className="tag">{t("synthesis.pinned")}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <details>
        <summary>{t("synthesis.ideas", { count: group.ideas.length })}</summary>
        <ul className="synthesis-ideas">
          {group.ideas.map((idea) => (
            <IdeaItem
              key={idea.id}
              idea={idea}
              groupId={group.id}
              pinned={group.pinnedIdeaIds.includes(idea.id)}
              view={view}
              challengeRef={challengeRef}
              onDone={onDone}
              workspaceId={workspaceId}
            />
          ))}
        </ul>
      </details>
      <details>
        <summary>{t("synthesis.manage", { name: shownName(group) })}</summary>
        <RenameForm
          key={`${group.id}-${group.name ?? ""}`}
          challengeRef={challengeRef}
          onDone={onDone}
          group={group}
        />
        <MergeForm challengeRef={challengeRef} onDone={onDone} group={group} groups={view.groups} />
        <SplitForm challengeRef={challengeRef} onDone={onDone} group={group} />
        <FormAlert error={error} />
        {group.origin === "manual" && (
          <button type="button" className="danger" onClick={() => void retire()}>
            {t("synthesis.retire")}
          </button>
        )}
      </details>
    </article>
  );
}

function IdeaItem({
  idea,
  groupId,
  pinned = false,
  view,
  challengeRef,
  onDone,
  workspaceId,
}: {
  idea: SynthesisIdeaData;
  groupId: string | null;
  pinned?: boolean;
  view: SynthesisData;
  challengeRef: ChallengeRef;
  onDone: (view: SynthesisData) => void;
  workspaceId: string;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const pin = async () => {
    try {
      if (!groupId) return;
      const params = { ...challengeRef, groupId, ideaId: idea.id };
      onDone(
        pinned
          ? await client.delete(
              "/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/pins/:ideaId",
              { params },
            )
          : await client.put(
              "/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/pins/:ideaId",
              { params },
            ),
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };
  return (
    <li className="synthesis-idea">
      <p>
        <Link to={`/workspaces/${workspaceId}/ideas/${idea.id}`}>{idea.title}</Link>
        {idea.placedByManager && <span className="meta"> · {t("synthesis.placed")}</span>}
      </p>
      <FormAlert error={error} />
      <div className="idea-controls">
        <MoveForm
          key={`${idea.id}-${groupId ?? ""}`}
          challengeRef={challengeRef}
          onDone={onDone}
          idea={idea}
          groupId={groupId}
          groups={view.groups}
        />
        {groupId && (
          <button type="button" className="link-button" onClick={() => void pin()}>
            {pinned ? t("synthesis.unpin") : t("synthesis.pin")}
            <span className="visually-hidden"> {idea.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
