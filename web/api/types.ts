// The API's response shapes, derived from the server's contracts so both sides change together.
import type { Static } from "@sinclair/typebox";
import type { User } from "../../src/contracts/accounts.ts";
import type { Challenge, PhaseSchema, TimelineFieldSchema } from "../../src/contracts/challenges.ts";
import type { RoleSchema, WorkspaceKindSchema } from "../../src/contracts/common.ts";
import type { ContestResponse } from "../../src/contracts/contest.ts";
import type { NextStatementResponse, OpinionMap, Statement } from "../../src/contracts/conversations.ts";
import type { Action, ActionStatusSchema, Debrief } from "../../src/contracts/debrief.ts";
import type { Comment, EmotionSchema, Idea } from "../../src/contracts/ideas.ts";
import type { LeaderboardResponse } from "../../src/contracts/leaderboard.ts";
import type {
  Notification,
  NotificationPreferences,
  OwnNotificationPage,
} from "../../src/contracts/notifications.ts";
import type { PublicChallengeSummary } from "../../src/contracts/public.ts";
import type {
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Member,
  Workspace,
} from "../../src/contracts/workspaces.ts";

export type UserData = Static<typeof User>;
export type Role = Static<typeof RoleSchema>;
export type WorkspaceKind = Static<typeof WorkspaceKindSchema>;
export type WorkspaceData = Static<typeof Workspace>;
export type MemberData = Static<typeof Member>;
export type InvitationData = Static<typeof Invitation>;
export type CreatedInvitationData = Static<typeof CreatedInvitation>;
export type InvitationPreviewData = Static<typeof InvitationPreview>;

export type ChallengeData = Static<typeof Challenge>;
export type IdeaData = Static<typeof Idea>;
export type CommentData = Static<typeof Comment>;
export type Emotion = Static<typeof EmotionSchema>;
export type Phase = Static<typeof PhaseSchema>;
export type TimelineField = Static<typeof TimelineFieldSchema>;
export type StatementData = Static<typeof Statement>;
export type NextStatementData = Static<typeof NextStatementResponse>;
export type OpinionMapData = Static<typeof OpinionMap>;
export type LeaderboardData = Static<typeof LeaderboardResponse>;
export type NotificationData = Static<typeof Notification>;
export type NotificationPreferencesData = Static<typeof NotificationPreferences>;
export type DebriefData = Static<typeof Debrief>;
export type ActionData = Static<typeof Action>;
export type ActionStatus = Static<typeof ActionStatusSchema>;
export const actionStatuses: readonly ActionStatus[] = ["planned", "in-progress", "done", "not-retained"];

export const roles: readonly Role[] = ["owner", "manager", "moderator", "participant", "guest"];
export const workspaceKinds: readonly WorkspaceKind[] = [
  "brand",
  "city",
  "chamber",
  "ngo",
  "consultancy",
  "other",
];

/** Roles each role may grant or block: the server's own tables, which decide anyway. */
export { assignableRoles, blockableRoles } from "../../src/contracts/roles.ts";

export const canInvite = (role: Role): boolean => role === "owner" || role === "manager";
export const canEditWorkspace = (role: Role): boolean => role === "owner";

/** The emotions one can react with, in the order they are shown. */
export const emotions: readonly Emotion[] = ["love", "inspired", "surprised", "worried", "angry"];
export const timelineFields: readonly TimelineField[] = [
  "announcementAt",
  "contributionsOpenAt",
  "contributionsCloseAt",
  "votingCloseAt",
  "synthesisCloseAt",
];

/** Owners and managers write challenges, and their comments are official answers. */
export const canManageChallenges = (role: Role): boolean => role === "owner" || role === "manager";
/** Listening projects are read by owners, managers and guests (the audit is made for the client). */
export const canReadListening = (role: Role): boolean =>
  role === "owner" || role === "manager" || role === "guest";
/** Creating, importing, correcting and freezing belong to owners and managers. */
export const canManageListening = (role: Role): boolean => role === "owner" || role === "manager";
/** Submitting, supporting and reacting are the public's voice: everyone but guests. */
export const canContribute = (role: Role): boolean => role !== "guest";
/** Moderators, managers and owners hide what breaks the rules. */
export const canModerate = (role: Role): boolean => role !== "participant" && role !== "guest";

export type SynthesisData = Static<typeof import("../../src/contracts/synthesis.ts").SynthesisView>;
export type IdeaGroupData = SynthesisData["groups"][number];
export type SynthesisIdeaData = SynthesisData["ungrouped"][number];
export type ContestData = Static<typeof ContestResponse>["contest"];

export type OwnNotificationPageData = Static<typeof OwnNotificationPage>;
export type OwnNotificationData = OwnNotificationPageData["notifications"][number];
export type PublicChallengeSummaryData = Static<typeof PublicChallengeSummary>;
