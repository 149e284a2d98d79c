// Who may do what in a workspace: the role × action table, and the one assertion every route goes through.
import { assignableRoles } from "../contracts/roles.ts";
import { AppError } from "../errors.ts";

export const roles = ["owner", "manager", "moderator", "participant", "guest"] as const;
export type Role = (typeof roles)[number];

/** Everything a member can be allowed to do in a workspace. */
export const actions = [
  "workspace.read",
  "workspace.update",
  "workspace.delete",
  "members.read",
  "members.invite",
  "members.manage",
  "members.erase",
  "live.subscribe",
  "challenge.read",
  "challenge.manage",
  "idea.submit",
  "idea.support",
  "idea.react",
  "idea.follow",
  "comment.post",
  "statement.vote",
  "statement.submit",
  "content.moderate",
  "contest.judge",
  "plan.read",
  "plan.edit",
  "plan.validate",
  "plan.manage",
  "listening.read",
  "listening.manage",
] as const;
export type Action = (typeof actions)[number];

/** What every member may do in a challenge: read it, comment and follow ideas. */
const following: Action[] = ["challenge.read", "comment.post", "idea.follow"];
/** What the public does in a challenge: submit, support, react, vote on statements, on top of following. */
const contributing: Action[] = [
  ...following,
  "idea.submit",
  "idea.support",
  "idea.react",
  "statement.vote",
  "statement.submit",
];
/** Reading, co-editing, commenting and validating a plan: the consultant's side and the client. */
const planWorking: Action[] = ["plan.read", "plan.edit", "plan.validate"];
/** Writing the brief and the timeline; also makes one's comments official answers. */
const challengeManaging: Action[] = ["challenge.manage"];

/**
 * The permission table. Owners administer; managers (project managers) run the workspace's work and bring people in;
 * moderators keep the conversation civil; participants contribute; guests (a consultant's client) co-edit without
 * administering. Every role reads the workspace, its members and its live events.
 *
 * Challenges: owners and managers write the brief and the timeline (and their comments are official answers).
 * Every role reads published challenges, comments and follows ideas. Submitting, supporting and reacting are the
 * public's voice, so they belong to participants, moderators and managers but not to guests: a guest is the
 * organization's side of a consulting relation (the client), who reads and comments without weighing on the counts.
 * Voting on a conversation's statements and proposing statements are the public's voice too, so they follow
 * supporting: a guest's votes would place the client on the opinion map they commissioned.
 * Moderators (and managers, owners) hide ideas and comments that break the rules, always saying why.
 *
 * Debrief: writing what we heard and will do for a group, and adding, editing or moving actions, is the project
 * manager's report, so it is `challenge.manage`; every member reads the debrief (`challenge.read`) once it is
 * published, managers also before, as a preview. Open data (ideas, comments, reactions, supports, actions,
 * pseudonymized) is downloaded by managers (`challenge.manage`) at any time; for a public challenge, by anyone once
 * its debrief is published, since the organization has then reported back and the data lets anyone check the report.
 *
 * The synthesis of a challenge (its groups of converging ideas) is read and shaped under `challenge.manage`, by owners
 * and managers only: it is the project manager's working material between the ideas and the debrief — groups are
 * named, merged, split and quoted before anything is said back — and participants hear its outcome through the
 * published debrief rather than through groups still being worked on.
 *
 * Contests: the jury that scores finalists is the workspace's owners and managers (`contest.judge`), because they are
 * the organization's people accountable for the prize and for acting on the winning ideas; the public's voice already
 * counts through supports, the community part of the final score, so participants, moderators and guests do not judge.
 *
 * Plans: the communication plan is the organization's private strategy worked out with its consultant. Owners and
 * managers (the consultant's side) create, rename and delete plans (`plan.manage`); they and guests (the client) read
 * and co-edit them live (`plan.read`, `plan.edit`: the editing socket is read-write for them), comment, and the
 * client marks sections validated (`plan.validate`, also managers and owners, who may validate on the client's word).
 * Participants and moderators are the public's side of the workspace: they never see plans, which name budgets,
 * targets and positions not meant for the public, so even the editing socket refuses them.
 *
 * Listening (the image and presence audit): owners, managers and guests read a listening project, its dashboard, its
 * mentions, snapshots and report (`listening.read`), because the audit is made for the client. Creating a project,
 * importing, framing, correcting, writing rules and freezing snapshots (`listening.manage`) belong to owners and
 * managers only: a guest is the audited organization itself, and an audit whose subject can relabel its own mentions
 * or move its own frame would no longer be an outside measurement; a guest asks the consultant to change it instead.
 * Participants and moderators see nothing of it: the mentions are the organization's working material about its
 * publics, not the public's space.
 *
 * Data rights: erasing a member's data on their request (`members.erase`) belongs to owners alone, who answer for
 * the workspace's data; it cannot be undone, and it follows the erasure policy the owners set (`workspace.update`).
 */
export const permissions: Record<Role, ReadonlySet<Action>> = {
  owner: new Set(actions),
  manager: new Set([
    "workspace.read",
    "members.read",
    "members.invite",
    "members.manage",
    "live.subscribe",
    ...challengeManaging,
    ...contributing,
    "content.moderate",
    "contest.judge",
    ...planWorking,
    "plan.manage",
    "listening.read",
    "listening.manage",
  ]),
  moderator: new Set([
    "workspace.read",
    "members.read",
    "live.subscribe",
    ...contributing,
    "content.moderate",
  ]),
  participant: new Set(["workspace.read", "members.read", "live.subscribe", ...contributing]),
  guest: new Set([
    "workspace.read",
    "members.read",
    "live.subscribe",
    ...following,
    ...planWorking,
    "listening.read",
  ]),
};

/** Roles an anonymous identity may hold: only participant, since it is not accountable. */
export const anonymousRoles: readonly Role[] = ["participant"];

/** Whether `role` allows `action`. */
export function can(role: Role, action: Action): boolean {
  return permissions[role].has(action);
}

/** Throws `forbidden` unless `role` allows `action`; the single gate of every workspace route. */
export function assertCan(role: Role | undefined, action: Action): asserts role is Role {
  if (role === undefined)
    throw new AppError("not-found", "This workspace does not exist or you are not a member of it.");
  if (!can(role, action)) {
    throw new AppError("forbidden", `Your role (${role}) does not allow this (${action}).`, {
      details: { role, action },
    });
  }
}

/** Throws `forbidden` unless `actor` may grant, change or remove the role `target`. */
export function assertCanAssign(actor: Role, target: Role): void {
  if (!assignableRoles[actor].includes(target)) {
    throw new AppError("forbidden", `A ${actor} cannot grant, change or remove the ${target} role.`, {
      field: "role",
      details: { role: actor, target },
    });
  }
}
