// Imports a Pol.is export (statements and votes) into a challenge's empty conversation, all or nothing.

import type { VoteList } from "../../analysis/opinions/vote-matrix.ts";
import type { Db } from "../../db/open-database.ts";
import type { ChallengeRow } from "../../db/stores/challenge-store.ts";
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import {
  challengeInAnyWorkspace,
  openConversationStore,
  type VoteRecord,
  type VoteValue,
} from "../../db/stores/conversation-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { conversationChallenge } from "./conversation-rules.ts";
import { type ComputeOpinionMap, recomputeOpinionMap, requestOpinionMap } from "./recompute-opinion-map.ts";

/**
 * What an import needs, already parsed: the votes, the statements, and the statements left out of the math. The
 * caller reads it from its files (`io/import/polis-export.ts` and `polis-texts.ts` return this shape).
 */
export interface ConversationImport {
  votes: VoteList;
  comments: ReadonlyArray<{ id: string; body: string }>;
  excluded: readonly string[];
}

export interface ImportSummary {
  statements: number;
  participants: number;
  votes: number;
}

/** Small integer ids (Pol.is tids and pids) are kept, so an export of the import gives the same ids back. */
function numbering(ids: readonly string[]): Map<string, number> {
  const keep = ids.every((id) => /^\d{1,9}$/.test(id)) && new Set(ids.map(Number)).size === ids.length;
  return new Map(ids.map((id, i) => [id, keep ? Number(id) : i]));
}

/**
 * Writes the export into the challenge: Pol.is `moderated` 1 and 0 become shown statements (Pol.is shows
 * unmoderated statements unless moderation is strict), −1 and meta statements rejected (Pol.is leaves them out of
 * its math); each voter becomes an external participant; each participant's latest vote per statement is kept.
 * Refused (`conflict`) when the conversation already has statements or votes, so nothing is ever merged by halves.
 * Statements keep their text whatever its length (Pol.is's limit changed over the years): an import loses nothing.
 */
export async function importPolisExport(
  db: Db,
  challenge: ChallengeRow,
  data: ConversationImport,
  now: Date,
): Promise<ImportSummary> {
  const statementNumber = numbering(data.comments.map((c) => c.id));
  const participantNumber = numbering(data.votes.participants);
  const { votes } = data;
  const latest = new Map<string, number>();
  for (let i = 0; i < votes.length; i++) {
    const key = `${votes.participant[i]}:${votes.comment[i]}`;
    const seen = latest.get(key);
    if (seen === undefined || (votes.time[i] as number) >= (votes.time[seen] as number)) latest.set(key, i);
  }
  const records: VoteRecord[] = [];
  for (const i of latest.values()) {
    records.push({
      participant: participantNumber.get(
        votes.participants[votes.participant[i] as number] as string,
      ) as number,
      statement: statementNumber.get(votes.comments[votes.comment[i] as number] as string) as number,
      vote: votes.value[i] as VoteValue,
      time: Math.trunc(votes.time[i] as number),
    });
  }
  const excluded = new Set(data.excluded);
  await db.transaction(async (tx) => {
    const conversation = openConversationStore(tx, challenge.workspaceId);
    await openChallengeStore(tx, challenge.workspaceId).challenge(challenge.id, true);
    if (!(await conversation.isEmpty(challenge.id))) {
      throw new AppError(
        "conflict",
        "This conversation already has statements or votes: import into a conversation that has none.",
      );
    }
    await conversation.insertImported(
      challenge.id,
      {
        statements: data.comments.map((c) => ({
          number: statementNumber.get(c.id) as number,
          body: c.body,
          importedAuthor: null,
          status: excluded.has(c.id) ? ("rejected" as const) : ("shown" as const),
          createdAt: now,
        })),
        participants: data.votes.participants.map((id) => ({
          number: participantNumber.get(id) as number,
          externalId: id,
        })),
        votes: records,
      },
      now,
    );
    await publishEvent(
      tx,
      {
        type: "conversation.imported",
        workspaceId: challenge.workspaceId,
        at: now.toISOString(),
        data: { challengeId: challenge.id },
      },
      { kind: "workspace", workspaceId: challenge.workspaceId },
    );
  });
  return {
    statements: data.comments.length,
    participants: data.votes.participants.length,
    votes: records.length,
  };
}

/**
 * The API's import: managers only (the route checks), into a challenge holding a conversation. `read` parses the
 * uploaded files (the caller's reader); it runs once the challenge is known to accept an import.
 */
export async function importConversation(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  read: () => Promise<ConversationImport>,
): Promise<ImportSummary> {
  const challenge = await conversationChallenge(
    openChallengeStore(ctx.db, actor.workspaceId),
    actor,
    challengeId,
    ctx.now,
  );
  const data = await read();
  const summary = await importPolisExport(ctx.db, challenge, data, ctx.now);
  await requestOpinionMap(ctx, actor.workspaceId, challengeId);
  return summary;
}

/** The CLI's import: the challenge by id alone (the operator runs the machine), and the map computed at once. */
export async function importConversationOffline(
  db: Db,
  challengeId: string,
  data: ConversationImport,
  compute: ComputeOpinionMap,
): Promise<ImportSummary> {
  const challenge = await findChallenge(db, challengeId);
  if (!challenge.conversation) {
    throw new AppError(
      "conversation-off",
      "This challenge holds no conversation: turn it on in its brief first.",
    );
  }
  const summary = await importPolisExport(db, challenge, data, new Date());
  await recomputeOpinionMap(db, challenge.workspaceId, challengeId, compute);
  return summary;
}

async function findChallenge(db: Db, challengeId: string): Promise<ChallengeRow> {
  const row = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(challengeId)
    ? await challengeInAnyWorkspace(db, challengeId)
    : undefined;
  if (!row)
    throw new AppError("not-found", `No challenge ${challengeId} in this database.`, { field: "challenge" });
  return row;
}
