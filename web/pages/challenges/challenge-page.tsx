// A challenge: its phase and countdown, then one section at a time (ideas, brief, debate, results), updated live.
// Its managers' tools are in the console (console/console-page.tsx), which participants never see.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData, IdeaData } from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { challengeOf, type EventType, type LiveEvent, useLive } from "../../live/use-live.ts";
import { ContestSection } from "../contest/contest-section.tsx";
import { isContestEvent, useContest } from "../contest/use-contest.ts";
import { ConversationSection } from "../conversations/conversation-section.tsx";
import { WeDidSection } from "../debrief/we-did-section.tsx";
import { ChallengeBrief, Participation } from "./challenge-brief.tsx";
import { ChallengeState } from "./challenge-state.tsx";
import { Countdown } from "./countdown.tsx";
import { DebriefSection } from "./debrief-section.tsx";
import { IdeaList } from "./idea-list.tsx";
import { LeaderboardSection } from "./leaderboard-section.tsx";
import { SectionNav, sectionAt } from "./section-nav.tsx";
import "./sections.css";
import { useWorkspace } from "./use-workspace.ts";

/** Events the conversation section reloads its own parts for (the map after each recomputation, statements). */
const conversationEvents = new Set<EventType>([
  "opinions.updated",
  "statement.submitted",
  "statement.held",
  "statement.moderated",
  "conversation.imported",
]);

/** The phase as a badge, with the draft status for managers. */
export function PhaseBadge({ challenge }: { challenge: ChallengeData }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge phase phase-${challenge.phase}`}>{t(`phases.${challenge.phase}`)}</span>
      {challenge.status === "draft" && <span className="badge draft">{t("challenges.draft")}</span>}
    </>
  );
}

/** A challenge's page, showing one of its sections (each at its own address). */
export function ChallengePage() {
  const { t } = useTranslation();
  const { workspaceId = "", challengeId = "" } = useParams();
  const section = sectionAt(useLocation().pathname);
  const { user } = useSession();
  const { workspace, error: workspaceError } = useWorkspace(workspaceId);
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [ideas, setIdeas] = useState<IdeaData[]>();
  const [error, setError] = useState<string>();
  const [conversationTick, setConversationTick] = useState(0);
  const [notice, setNotice] = useState<string>();
  const path = `/workspaces/${workspaceId}/challenges/${challengeId}`;
  const reloadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const contest = useContest(workspaceId, challengeId, Boolean(challenge?.contest));
  const challengeRef = useMemo(() => ({ workspaceId, challengeId }), [workspaceId, challengeId]);

  const load = useCallback(async () => {
    try {
      const [one, list] = await Promise.all([
        client.get("/workspaces/:workspaceId/challenges/:challengeId", {
          params: { workspaceId, challengeId },
        }),
        client.get("/workspaces/:workspaceId/challenges/:challengeId/ideas", {
          params: { workspaceId, challengeId },
        }),
      ]);
      setChallenge(one.challenge);
      setIdeas(list.ideas);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId, challengeId]);

  useEffect(() => {
    setChallenge(undefined);
    setIdeas(undefined);
    setError(undefined);
    void load();
    return () => clearTimeout(reloadTimer.current);
  }, [load]);

  /** Several events often come together (an idea and its first support): one reload for all of them. */
  const reloadSoon = useCallback(() => {
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => void load(), 150);
  }, [load]);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (challengeOf(event) !== challengeId) return;
      if (conversationEvents.has(event.type)) {
        setConversationTick((tick) => tick + 1);
        return;
      }
      const patch = (ideaId: string, change: (idea: IdeaData) => IdeaData) =>
        setIdeas((list) => list?.map((idea) => (idea.id === ideaId ? change(idea) : idea)));
      if (event.type === "support.changed") {
        const { data } = event;
        patch(data.ideaId, (idea) => ({
          ...idea,
          supportCount: data.supportCount,
          supportedByMe: data.userId === user?.id ? data.supported : idea.supportedByMe,
        }));
      } else if (isContestEvent(event)) {
        void contest.reload();
        if (event.type === "idea.awarded") reloadSoon();
      } else if (event.type === "reaction.changed") {
        const { data } = event;
        patch(data.ideaId, (idea) => ({ ...idea, reactions: data.counts }));
      } else {
        if (event.type === "idea.submitted" && event.data.authorId !== user?.id && event.data.title) {
          setNotice(t("ideas.arrived", { title: event.data.title }));
        }
        reloadSoon();
      }
    },
    [challengeId, user?.id, reloadSoon, t, contest.reload],
  );

  const onSubscribed = useCallback(() => {
    reloadSoon();
    setConversationTick((tick) => tick + 1);
  }, [reloadSoon]);
  const live = useLive(workspaceId, onEvent, onSubscribed);

  const failure = error ?? workspaceError;
  if (failure && !challenge) {
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
  if (!challenge || !ideas || !workspace) return <Loading />;
  const can = challenge.abilities;
  const contributionsOver = ["voting", "synthesis", "debrief"].includes(challenge.phase);

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={`/workspaces/${workspaceId}`}>{t("challenges.backTo", { name: workspace.name })}</Link>
      </p>
      <div className="page-head">
        <PageTitle text={challenge.title} />
        <p className="meta">
          <PhaseBadge challenge={challenge} />
          <span className={`live-status ${live}`}>
            {live === "live" ? t("workspace.liveOn") : t("workspace.liveOff")}
          </span>
        </p>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <ChallengeState challenge={challenge} />
      <Countdown nextDeadline={challenge.nextDeadline} onReached={reloadSoon} />
      <Participation challenge={challenge} />
      <div className="actions">
        {can.submit && (
          <Link className="button primary" to={`${path}/ideas/new`}>
            {t("ideas.submit")}
          </Link>
        )}
        {can.manage && (
          <Link className="button" to={`${path}/console`}>
            {t("console.open")}
          </Link>
        )}
      </div>
      <SectionNav base={path} challenge={challenge} />
      {section === "ideas" && (
        <>
          {contributionsOver && !challenge.pausedAt && !challenge.archivedAt && (
            <p className="alert alert-info">{t("ideas.closed")}</p>
          )}
          <ContestSection challenge={challenge} contest={contest.contest} workspaceId={workspaceId} />
          <IdeaList
            challengeRef={challengeRef}
            categories={challenge.categories}
            refresh={ideas}
            manages={can.manage}
            finalists={
              can.manage &&
              contest.contest &&
              !contest.contest.announcedAt &&
              (challenge.phase === "voting" || challenge.phase === "synthesis")
                ? {
                    ids: new Set(contest.contest.finalists?.map((f) => f.ideaId) ?? []),
                    toggle: async (ideaId: string, finalist: boolean) => {
                      await client.put(
                        "/workspaces/:workspaceId/challenges/:challengeId/contest/finalists/:ideaId",
                        {
                          params: { workspaceId, challengeId, ideaId },
                          body: { finalist },
                        },
                      );
                      await contest.reload();
                    },
                  }
                : undefined
            }
          />
        </>
      )}
      {section === "brief" && <ChallengeBrief challenge={challenge} />}
      {section === "debate" &&
        (challenge.conversation ? (
          <ConversationSection workspaceId={workspaceId} challenge={challenge} refresh={conversationTick} />
        ) : (
          <p>{t("challengeSections.noDebate")}</p>
        ))}
      {section === "results" && (
        <>
          <DebriefSection
            workspaceId={workspaceId}
            challenge={challenge}
            ideas={ideas}
            manages={false}
            onSaved={setChallenge}
          />
          {challenge.status === "published" && (challenge.debrief?.publishedAt || contributionsOver) && (
            <WeDidSection
              workspaceId={workspaceId}
              challengeId={challenge.id}
              manages={false}
              refresh={ideas}
            />
          )}
          {!challenge.debrief?.publishedAt && <p>{t("challengeSections.noResultsYet")}</p>}
          <LeaderboardSection
            workspaceId={workspaceId}
            challengeId={challengeId}
            myId={user?.id}
            refresh={ideas}
          />
        </>
      )}
    </div>
  );
}
