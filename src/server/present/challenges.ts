// Turns challenge, idea and comment rows into the API's JSON shapes.
import type { Static } from "@sinclair/typebox";
import type { Challenge } from "../../contracts/challenges.ts";
import type { Comment, Idea } from "../../contracts/ideas.ts";
import type { Notification, OwnNotification } from "../../contracts/notifications.ts";
import { type CommentView, emotions, type IdeaView } from "../../db/stores/challenge-store.ts";
import type { NotificationView } from "../../db/stores/notification-store.ts";
import type { OwnNotificationView } from "../../db/stores/own-notification-store.ts";
import { type IdeaAbilities, noIdeaAbilities } from "../../domain/challenges/challenge-abilities.ts";
import type { ChallengeOverview } from "../../domain/challenges/read-challenges.ts";

export function presentChallenge(overview: ChallengeOverview): Static<typeof Challenge> {
  const { challenge: c, phase, nextDeadline } = overview;
  return {
    id: c.id,
    title: c.title,
    question: c.question,
    benefit: c.benefit,
    rules: c.rules,
    coverImageUrl: c.coverImageUrl,
    audience: c.audience,
    allowAnonymous: c.allowAnonymous,
    categories: c.categories,
    projectManager: { name: c.managerName, text: c.managerText, mediaUrl: c.managerMediaUrl },
    participationGoal: c.participationGoal,
    leaderboard: c.leaderboard,
    contest: c.contestPrize === null ? null : { prize: c.contestPrize },
    conversation: c.conversation,
    statementModeration: c.statementModeration,
    status: c.status,
    timeline: {
      announcementAt: c.announcementAt.toISOString(),
      contributionsOpenAt: c.contributionsOpenAt.toISOString(),
      contributionsCloseAt: c.contributionsCloseAt.toISOString(),
      votingCloseAt: c.votingCloseAt.toISOString(),
      synthesisCloseAt: c.synthesisCloseAt.toISOString(),
    },
    phase,
    nextDeadline: nextDeadline && { field: nextDeadline.field, at: nextDeadline.at.toISOString() },
    ideaCount: overview.ideaCount,
    participantCount: overview.participantCount,
    medianFirstAnswerSeconds: overview.medianFirstAnswerSeconds,
    outcomeCounts: overview.outcomeCounts,
    debrief: overview.debrief && {
      text: overview.debrief.text,
      mediaUrl: overview.debrief.mediaUrl,
      publishedAt: overview.debrief.publishedAt?.toISOString() ?? null,
    },
    pausedAt: c.pausedAt?.toISOString() ?? null,
    archivedAt: c.archivedAt?.toISOString() ?? null,
    abilities: overview.abilities,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** An idea; `abilities` are what the reader may do on it (none on a public page). */
export function presentIdea(idea: IdeaView & { abilities?: IdeaAbilities }): Static<typeof Idea> {
  return {
    id: idea.id,
    challengeId: idea.challengeId,
    title: idea.title,
    body: idea.body,
    category: idea.category,
    imageUrl: idea.imageUrl,
    author: idea.author,
    supportCount: idea.supportCount,
    commentCount: idea.commentCount,
    reactions: Object.fromEntries(emotions.map((e) => [e, idea.reactionCounts[e] ?? 0])) as Static<
      typeof Idea
    >["reactions"],
    myReactions: idea.myReactions,
    supportedByMe: idea.supportedByMe,
    followedByMe: idea.followedByMe,
    officialAnswerAt: idea.firstOfficialAnswerAt ? new Date(idea.firstOfficialAnswerAt).toISOString() : null,
    hidden: hiddenOf(idea),
    held: idea.heldAt !== null,
    award:
      idea.award && idea.awardedAt ? { title: idea.award, at: new Date(idea.awardedAt).toISOString() } : null,
    outcome:
      idea.outcome && idea.outcomeAt
        ? { status: idea.outcome, note: idea.outcomeNote, at: new Date(idea.outcomeAt).toISOString() }
        : null,
    createdAt: new Date(idea.createdAt).toISOString(),
    updatedAt: new Date(idea.updatedAt).toISOString(),
    abilities: idea.abilities ?? noIdeaAbilities,
  };
}

export function presentComment(comment: CommentView): Static<typeof Comment> {
  return {
    id: comment.id,
    ideaId: comment.ideaId,
    parentId: comment.parentId,
    author: comment.author,
    body: comment.body,
    official: comment.official,
    hidden: hiddenOf(comment),
    held: comment.heldAt !== null,
    createdAt: comment.createdAt.toISOString(),
  };
}

function hiddenOf(row: {
  hiddenAt: Date | null;
  hiddenReason: string | null;
}): { at: string; reason: string } | null {
  return row.hiddenAt ? { at: new Date(row.hiddenAt).toISOString(), reason: row.hiddenReason ?? "" } : null;
}

export function presentNotification(row: NotificationView): Static<typeof Notification> {
  return {
    id: row.id,
    kind: row.kind,
    challenge:
      row.challengeId && row.challengeTitle !== null
        ? { id: row.challengeId, title: row.challengeTitle }
        : null,
    idea: row.ideaId && row.ideaTitle !== null ? { id: row.ideaId, title: row.ideaTitle } : null,
    phase: row.phase,
    listeningProject:
      row.listeningProjectId && row.listeningProjectName !== null
        ? { id: row.listeningProjectId, name: row.listeningProjectName }
        : null,
    plan: row.planId && row.planTitle !== null ? { id: row.planId, title: row.planTitle } : null,
    details: row.details,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  };
}

/** A notification of the centre, with the workspace it comes from. */
export function presentOwnNotification(row: OwnNotificationView): Static<typeof OwnNotification> {
  return { ...presentNotification(row), workspace: { id: row.workspaceId, name: row.workspaceName } };
}
