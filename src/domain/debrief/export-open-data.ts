// Open data: a challenge's ideas, comments, reactions, supports and actions as tables anyone can reuse, pseudonymized.
import type { OpenDataDataset } from "../../contracts/debrief.ts";
import type { Db } from "../../db/open-database.ts";
import { type ChallengeRow, emotions, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openOpenDataStore } from "../../db/stores/open-data-store.ts";
import { visibleChallenge } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { publishedPublicDebrief } from "./read-debrief.ts";

export type OpenDataValue = string | number | boolean | null;

/** One dataset as a table: its columns in order, and rows keyed by column. */
export interface OpenDataTable {
  challenge: { id: string; title: string };
  dataset: OpenDataDataset;
  columns: readonly string[];
  rows: Array<Record<string, OpenDataValue>>;
}

export const openDataColumns: Record<OpenDataDataset, readonly string[]> = {
  ideas: [
    "id",
    "created_at",
    "participant",
    "status",
    "title",
    "body",
    "category",
    "supports",
    "comments",
    ...emotions,
    "outcome",
    "outcome_note",
    "award",
    "group_id",
    "group",
  ],
  comments: ["id", "idea_id", "parent_id", "created_at", "participant", "official", "body"],
  reactions: ["idea_id", "participant", "emotion", "created_at"],
  supports: ["idea_id", "participant", "created_at"],
  actions: [
    "id",
    "group_id",
    "group",
    "title",
    "owner",
    "status",
    "reason",
    "due_date",
    "created_at",
    "status_changed_at",
  ],
};

/** Timestamps arrive as Date or as PostgreSQL text depending on the query path: always ISO 8601 in UTC out. */
const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/**
 * The rows of one dataset. People appear only as "participant-n", numbered per challenge by their first act, so the
 * same person has the same pseudonym in every dataset of the challenge and nothing links it to an account, a name or
 * an e-mail. Hidden and held ideas and comments are left out (with the reactions and supports of left-out ideas);
 * a withdrawn idea stays as a row marked `withdrawn`, its title and body taken back by its author.
 */
async function openDataRows(
  db: Db,
  workspaceId: string,
  challengeId: string,
  dataset: OpenDataDataset,
): Promise<Array<Record<string, OpenDataValue>>> {
  const store = openOpenDataStore(db, workspaceId);
  const ranks = new Map((await store.people(challengeId)).map((p) => [p.userId, `participant-${p.rank}`]));
  const pseudonym = (userId: string) => ranks.get(userId) ?? null;
  switch (dataset) {
    case "ideas":
      return (await store.ideas(challengeId)).map((idea) => {
        const withdrawn = idea.status === "withdrawn";
        return {
          id: idea.id,
          created_at: iso(idea.created_at),
          participant: pseudonym(idea.author_id),
          status: idea.status,
          title: withdrawn ? null : idea.title,
          body: withdrawn ? null : idea.body,
          category: idea.category,
          supports: idea.support_count,
          comments: idea.comment_count,
          ...Object.fromEntries(emotions.map((e) => [e, idea.reaction_counts[e] ?? 0])),
          outcome: idea.outcome,
          outcome_note: idea.outcome_note,
          award: idea.award,
          group_id: idea.group_name === null ? null : idea.group_id,
          group: idea.group_name,
        };
      });
    case "comments":
      return (await store.comments(challengeId)).map((c) => ({
        id: c.id,
        idea_id: c.idea_id,
        parent_id: c.parent_id,
        created_at: iso(c.created_at),
        participant: pseudonym(c.author_id),
        official: c.official,
        body: c.body,
      }));
    case "reactions":
      return (await store.reactions(challengeId)).map((r) => ({
        idea_id: r.idea_id,
        participant: pseudonym(r.user_id),
        emotion: r.emotion,
        created_at: iso(r.created_at),
      }));
    case "supports":
      return (await store.supports(challengeId)).map((s) => ({
        idea_id: s.idea_id,
        participant: pseudonym(s.user_id),
        created_at: iso(s.created_at),
      }));
    case "actions":
      return (await store.actions(challengeId)).map((a) => ({
        id: a.id,
        group_id: a.group_id,
        group: a.group_name,
        title: a.title,
        owner: a.owner,
        status: a.status,
        reason: a.reason,
        due_date: a.due_date,
        created_at: iso(a.created_at),
        status_changed_at: iso(a.status_changed_at),
      }));
  }
}

/** The table of one dataset of `challenge`. */
async function tableOf(db: Db, challenge: ChallengeRow, dataset: OpenDataDataset): Promise<OpenDataTable> {
  return {
    challenge: { id: challenge.id, title: challenge.title },
    dataset,
    columns: openDataColumns[dataset],
    rows: await openDataRows(db, challenge.workspaceId, challenge.id, dataset),
  };
}

/** A dataset of a challenge for its managers (the route lets only them in), at any time. */
export async function exportOpenData(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  dataset: OpenDataDataset,
): Promise<OpenDataTable> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  return tableOf(ctx.db, await visibleChallenge(store, actor, challengeId, ctx.now), dataset);
}

/**
 * A dataset of a public challenge for anyone, once its debrief is published: the organization has reported back,
 * and the open data lets anyone check the report against what was said.
 */
export async function exportPublicOpenData(
  ctx: Context,
  challengeId: string,
  dataset: OpenDataDataset,
): Promise<OpenDataTable> {
  return tableOf(ctx.db, await publishedPublicDebrief(ctx.db, challengeId), dataset);
}
