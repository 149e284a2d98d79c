// The live event vocabulary: one schema per event (`<noun>.<past verb>`), their union, and who may hear each one.
import { type Static, type TProperties, Type } from "@sinclair/typebox";
import { PhaseSchema, TimelineFieldSchema } from "./challenges.ts";
import { RoleSchema } from "./common.ts";
import { ActionStatusSchema } from "./debrief.ts";
import { EmotionSchema, OutcomeSchema, ReactionCounts } from "./ideas.ts";
import { NotificationKindSchema } from "./notifications.ts";

/** An id; a pattern rather than a format, so that TypeBox's Value.Check needs no format registry. */
const Id = Type.String({ pattern: "^[0-9a-fA-F-]{36}$" });
/** An ISO 8601 time. */
const Time = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}T" });

/** One event: its name, the workspace it happened in, when, and its small payload (NOTIFY carries < 8000 bytes). */
function event<N extends string, D extends TProperties>(type: N, data: D) {
  return Type.Object({ type: Type.Literal(type), workspaceId: Id, at: Time, data: Type.Object(data) });
}

const onChallenge = { challengeId: Id };
const onIdea = { challengeId: Id, ideaId: Id };
const onComment = { challengeId: Id, ideaId: Id, commentId: Id };
const onAction = { challengeId: Id, actionId: Id };

export const ChallengePublished = event("challenge.published", { ...onChallenge, title: Type.String() });
export const ChallengeDebriefed = event("challenge.debriefed", {
  ...onChallenge,
  firstPublication: Type.Boolean(),
});
export const ChallengeDeadlineExtended = event("challenge.deadline-extended", {
  ...onChallenge,
  deadline: TimelineFieldSchema,
  previous: Time,
  until: Time,
  phase: PhaseSchema,
  nextDeadline: Type.Union([Type.Object({ field: TimelineFieldSchema, at: Time }), Type.Null()]),
});
/** A manager took control of a challenge's course: a phase closed or reopened, a deadline moved, a pause, an archive. */
export const ChallengeControlled = event("challenge.controlled", {
  ...onChallenge,
  change: Type.Union([
    Type.Literal("phase-closed"),
    Type.Literal("phase-reopened"),
    Type.Literal("deadline-moved"),
    Type.Literal("paused"),
    Type.Literal("resumed"),
    Type.Literal("archived"),
    Type.Literal("unarchived"),
    Type.Literal("deleted"),
  ]),
  phase: PhaseSchema,
});

export const IdeaSubmitted = event("idea.submitted", {
  ...onIdea,
  title: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  authorId: Id,
});
export const IdeaUpdated = event("idea.updated", {
  ...onIdea,
  title: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
});
export const IdeaWithdrawn = event("idea.withdrawn", onIdea);
export const IdeaHidden = event("idea.hidden", onIdea);
export const IdeaRestored = event("idea.restored", onIdea);
export const IdeaAwarded = event("idea.awarded", {
  ...onIdea,
  award: Type.Union([Type.String(), Type.Null()]),
});
export const IdeaOutcomeSet = event("idea.outcome-set", { ...onIdea, outcome: OutcomeSchema });

export const CommentPosted = event("comment.posted", {
  ...onComment,
  parentId: Type.Union([Id, Type.Null()]),
  official: Type.Boolean(),
  authorId: Id,
});
export const CommentHidden = event("comment.hidden", onComment);
export const CommentRestored = event("comment.restored", onComment);

export const ReactionChanged = event("reaction.changed", {
  ...onIdea,
  emotion: EmotionSchema,
  on: Type.Boolean(),
  userId: Id,
  counts: ReactionCounts,
});
/** Also built in SQL by the support batch (`support-batch-store.ts`); a test checks that row against this schema. */
export const SupportChanged = event("support.changed", {
  ...onIdea,
  userId: Id,
  supported: Type.Boolean(),
  supportCount: Type.Integer({ minimum: 0 }),
});

export const ContestUpdated = event("contest.updated", onChallenge);
export const ContestFinalistChanged = event("contest.finalist-changed", {
  ...onIdea,
  finalist: Type.Boolean(),
});
export const ContestScored = event("contest.scored", onIdea);
export const ContestAnnounced = event("contest.announced", onChallenge);

export const MemberJoined = event("member.joined", {
  userId: Id,
  name: Type.String(),
  role: RoleSchema,
  anonymous: Type.Boolean(),
});
export const MemberRoleChanged = event("member.role-changed", {
  userId: Id,
  role: RoleSchema,
  previousRole: RoleSchema,
});
export const MemberRemoved = event("member.removed", { userId: Id });

const StatementStatus = Type.Union([
  Type.Literal("pending"),
  Type.Literal("shown"),
  Type.Literal("rejected"),
]);
export const StatementSubmitted = event("statement.submitted", { ...onChallenge, statement: Type.Integer() });
export const StatementHeld = event("statement.held", { ...onChallenge, statement: Type.Integer() });
export const StatementModerated = event("statement.moderated", {
  ...onChallenge,
  statement: Type.Integer(),
  status: StatementStatus,
});
export const ConversationImported = event("conversation.imported", onChallenge);
export const OpinionsUpdated = event("opinions.updated", { ...onChallenge, voteCount: Type.Integer() });

/** A manager's operation (`by`) or a background recomputation (`computedAt`, `status`). */
export const SynthesisUpdated = event("synthesis.updated", {
  ...onChallenge,
  by: Type.Optional(Id),
  computedAt: Type.Optional(Time),
  status: Type.Optional(Type.String()),
});

export const GroupDebriefed = event("group.debriefed", { ...onChallenge, groupId: Id });
export const ActionCreated = event("action.created", onAction);
export const ActionUpdated = event("action.updated", onAction);
export const ActionMoved = event("action.moved", { ...onAction, status: ActionStatusSchema });
export const ActionDeleted = event("action.deleted", onAction);

/** A new notification, heard by its recipient only; `inApp` false when it is only an e-mail. */
export const NotificationCreated = event("notification.created", {
  notificationId: Id,
  kind: NotificationKindSchema,
  inApp: Type.Boolean(),
  /** The challenge, listening project or plan it is about (one of them). */
  challengeId: Type.Optional(Id),
  listeningProjectId: Type.Optional(Id),
  planId: Type.Optional(Id),
});

/** A background job's progress (`done` of `total` units, throttled by the runner). */
export const JobProgressed = event("job.progressed", {
  jobId: Id,
  kind: Type.String(),
  done: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 0 }),
  message: Type.Optional(Type.String()),
});
const FinishedStatus = Type.Union([
  Type.Literal("done"),
  Type.Literal("failed"),
  Type.Literal("dead"),
  Type.Literal("cancelled"),
]);
/** A background job's end: done, failed (to be retried), dead (no retry left) or cancelled. */
export const JobFinished = event("job.finished", {
  jobId: Id,
  kind: Type.String(),
  status: FinishedStatus,
  error: Type.Optional(Type.String()),
});

const onPlan = { planId: Id };
export const PlanCreated = event("plan.created", { ...onPlan, title: Type.String() });
export const PlanRenamed = event("plan.renamed", { ...onPlan, title: Type.String() });
export const PlanDeleted = event("plan.deleted", onPlan);
export const PlanCommentPosted = event("plan-comment.posted", {
  ...onPlan,
  commentId: Id,
  sectionId: Type.String(),
});
export const PlanCommentResolved = event("plan-comment.resolved", { ...onPlan, commentId: Id });
export const PlanCommentReopened = event("plan-comment.reopened", { ...onPlan, commentId: Id });
export const PlanSectionValidated = event("plan-section.validated", { ...onPlan, sectionId: Type.String() });
export const PlanSectionUnvalidated = event("plan-section.unvalidated", {
  ...onPlan,
  sectionId: Type.String(),
});
/** A record of a plan's working sessions, versions or exports (see `contracts/plan-sessions.ts`). */
const onPlanRecord = {
  ...onPlan,
  sessionId: Type.Optional(Id),
  recordId: Type.Optional(Id),
  by: Id,
};
export const SessionScheduled = event("session.scheduled", onPlanRecord);
export const SessionUpdated = event("session.updated", onPlanRecord);
export const SessionClosed = event("session.closed", onPlanRecord);
export const DecisionRecorded = event("decision.recorded", onPlanRecord);
export const PathRecorded = event("path.recorded", onPlanRecord);
export const PathUpdated = event("path.updated", onPlanRecord);
export const NeedRecorded = event("need.recorded", onPlanRecord);
export const DeliverableRecorded = event("deliverable.recorded", onPlanRecord);
export const DeliverableUpdated = event("deliverable.updated", onPlanRecord);
export const SectionRestored = event("section.restored", onPlanRecord);
export const ExportDelivered = event("export.delivered", onPlanRecord);

const onProject = { projectId: Id };
/** A listening import read more rows. */
export const MentionImportProgressed = event("mention-import.progressed", {
  ...onProject,
  importId: Id,
  done: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 0 }),
});
/** A listening import ended: done, failed or cancelled. */
export const MentionImportFinished = event("mention-import.finished", {
  ...onProject,
  importId: Id,
  status: Type.String(),
  taken: Type.Integer({ minimum: 0 }),
});
/** What a listening project's dashboard shows changed: frame, corrections, rules, snapshot, project. */
export const ListeningChanged = event("listening.changed", {
  ...onProject,
  what: Type.Union([
    Type.Literal("frame"),
    Type.Literal("corrections"),
    Type.Literal("rules"),
    Type.Literal("snapshot"),
    Type.Literal("project"),
    Type.Literal("topics"),
  ]),
});

/**
 * A session ended (`sessionId`, the stored hash of its cookie, never the cookie) or, without it, every session of the
 * person (a password reset). It belongs to no workspace: published to the processes, which close its live sockets.
 */
export const SessionEnded = Type.Object({
  type: Type.Literal("session.ended"),
  workspaceId: Type.Null(),
  at: Time,
  data: Type.Object({ userId: Id, sessionId: Type.Optional(Type.String()) }),
});

/** Every event Cocrea publishes. */
export const CocreaEventSchema = Type.Union([
  ChallengePublished,
  ChallengeDebriefed,
  ChallengeDeadlineExtended,
  ChallengeControlled,
  IdeaSubmitted,
  IdeaUpdated,
  IdeaWithdrawn,
  IdeaHidden,
  IdeaRestored,
  IdeaAwarded,
  IdeaOutcomeSet,
  CommentPosted,
  CommentHidden,
  CommentRestored,
  ReactionChanged,
  SupportChanged,
  ContestUpdated,
  ContestFinalistChanged,
  ContestScored,
  ContestAnnounced,
  MemberJoined,
  MemberRoleChanged,
  MemberRemoved,
  StatementSubmitted,
  StatementHeld,
  StatementModerated,
  ConversationImported,
  OpinionsUpdated,
  SynthesisUpdated,
  GroupDebriefed,
  ActionCreated,
  ActionUpdated,
  ActionMoved,
  ActionDeleted,
  NotificationCreated,
  JobProgressed,
  JobFinished,
  SessionEnded,
  PlanCreated,
  PlanRenamed,
  PlanDeleted,
  PlanCommentPosted,
  PlanCommentResolved,
  PlanCommentReopened,
  PlanSectionValidated,
  PlanSectionUnvalidated,
  SessionScheduled,
  SessionUpdated,
  SessionClosed,
  DecisionRecorded,
  PathRecorded,
  PathUpdated,
  NeedRecorded,
  DeliverableRecorded,
  DeliverableUpdated,
  SectionRestored,
  ExportDelivered,
  MentionImportProgressed,
  MentionImportFinished,
  ListeningChanged,
]);
export type CocreaEvent = Static<typeof CocreaEventSchema>;
/** An event's name, e.g. `idea.submitted`. */
export type EventType = CocreaEvent["type"];
/** The event named `T`, e.g. `EventOf<"idea.submitted">`. */
export type EventOf<T extends EventType> = Extract<CocreaEvent, { type: T }>;

/** Each event's schema by its name, to check an event built elsewhere (in SQL, in a test). */
export const eventSchemas = Object.fromEntries(
  CocreaEventSchema.anyOf.map((schema) => [schema.properties.type.const, schema]),
) as { [T in EventType]: (typeof CocreaEventSchema.anyOf)[number] };

/** The actions (of the permission table) that restrict a workspace event to the members allowed them. */
export const ReadersSchema = Type.Union([Type.Literal("plan.read"), Type.Literal("listening.read")]);
export type Readers = Static<typeof ReadersSchema>;

/**
 * Who hears an event, stated by its publisher; the live hub routes by this alone:
 * - `workspace`: the members following the workspace; `leaving`, a person who stops following it after this event;
 *   `readers`, when only the members whose role allows that action may hear it (plans are not the participants');
 * - `person`: that person's own open connections, whatever they follow;
 * - `challenge-public`: the workspace's members and the visitors of the challenge's public pages (who receive the
 *   event's name and time only, never its data);
 * - `processes`: no browser; only the server processes' own listeners (e.g. the e-mail sender).
 */
export const AudienceSchema = Type.Union([
  Type.Object({
    kind: Type.Literal("workspace"),
    workspaceId: Id,
    leaving: Type.Optional(Id),
    readers: Type.Optional(ReadersSchema),
  }),
  Type.Object({ kind: Type.Literal("person"), userId: Id, workspaceId: Id }),
  Type.Object({ kind: Type.Literal("challenge-public"), workspaceId: Id, challengeId: Id }),
  Type.Object({ kind: Type.Literal("processes") }),
]);
export type Audience = Static<typeof AudienceSchema>;

/** What travels on the NOTIFY channel between processes: the event and its audience. */
export const PublishedEventSchema = Type.Object({ event: CocreaEventSchema, audience: AudienceSchema });
export type PublishedEvent = Static<typeof PublishedEventSchema>;
