// Queries of challenge conversations opened for one workspace: statements, participants, votes and opinion maps.
// Every read and write is filtered by the workspace's id, so nothing crosses workspaces.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { challenges } from "../schema/challenges.ts";
import {
  conversationParticipants,
  opinionMaps,
  statements,
  statementVotes,
} from "../schema/conversations.ts";
import type { ChallengeRow } from "./challenge-store.ts";

export type StatementRow = typeof statements.$inferSelect;
export type StatementStatus = StatementRow["status"];
export type VoteValue = -1 | 0 | 1;

export interface StatementView extends StatementRow {
  agrees: number;
  disagrees: number;
  passes: number;
}

/** One vote as the opinion map reads it: small ids and the time of the latest change (ms since 1970). */
export interface VoteRecord {
  participant: number;
  statement: number;
  vote: VoteValue;
  time: number;
}

/** Rows per multi-row INSERT when importing (PostgreSQL allows 65,535 parameters per statement). */
const CHUNK = 5000;

/** Opens the conversation store of one workspace; `db` may be a transaction. */
export function openConversationStore(db: Db, workspaceId: string) {
  const counts = {
    agrees: sql<number>`count(*) filter (where ${statementVotes.vote} = 1)::int`,
    disagrees: sql<number>`count(*) filter (where ${statementVotes.vote} = -1)::int`,
    passes: sql<number>`count(*) filter (where ${statementVotes.vote} = 0)::int`,
  };

  return {
    /** The challenge's statements with their vote counts, by number; only the given statuses when set. */
    async statements(challengeId: string, statuses?: StatementStatus[]): Promise<StatementView[]> {
      const rows = await db
        .select({ statement: statements, ...counts })
        .from(statements)
        .leftJoin(
          statementVotes,
          and(
            eq(statementVotes.challengeId, statements.challengeId),
            eq(statementVotes.statement, statements.number),
          ),
        )
        .where(
          and(
            eq(statements.workspaceId, workspaceId),
            eq(statements.challengeId, challengeId),
            statuses ? inArray(statements.status, statuses) : undefined,
          ),
        )
        .groupBy(statements.id)
        .orderBy(asc(statements.number));
      // A left join counts one row without a vote: count(*) filter only counts real votes, so no correction.
      return rows.map((row) => ({
        ...row.statement,
        agrees: row.agrees,
        disagrees: row.disagrees,
        passes: row.passes,
      }));
    },

    /** The statements with a status among `statuses`, by number, without their vote counts (cheap). */
    async statementRows(challengeId: string, statuses: StatementStatus[]): Promise<StatementRow[]> {
      return db
        .select()
        .from(statements)
        .where(
          and(
            eq(statements.workspaceId, workspaceId),
            eq(statements.challengeId, challengeId),
            inArray(statements.status, statuses),
          ),
        )
        .orderBy(asc(statements.number));
    },

    /** Number → text of the statements with a status among `statuses`, without counting votes (cheap). */
    async statementTexts(challengeId: string, statuses: StatementStatus[]): Promise<Map<number, string>> {
      const rows = await db
        .select({ number: statements.number, body: statements.body })
        .from(statements)
        .where(
          and(
            eq(statements.workspaceId, workspaceId),
            eq(statements.challengeId, challengeId),
            inArray(statements.status, statuses),
          ),
        );
      return new Map(rows.map((row) => [row.number, row.body]));
    },

    async statement(challengeId: string, number: number): Promise<StatementRow | undefined> {
      const [row] = await db
        .select()
        .from(statements)
        .where(
          and(
            eq(statements.workspaceId, workspaceId),
            eq(statements.challengeId, challengeId),
            eq(statements.number, number),
          ),
        );
      return row;
    },

    /**
     * Adds a statement with the next free number of the challenge. The caller holds the challenge's row lock, so two
     * statements never race for a number.
     */
    async insertStatement(
      values: Pick<StatementRow, "challengeId" | "body" | "authorId" | "status" | "createdAt">,
    ): Promise<StatementRow> {
      const [row] = await db
        .insert(statements)
        .values({
          ...values,
          workspaceId,
          number: sql`(SELECT coalesce(max(${statements.number}) + 1, 0) FROM ${statements} WHERE ${statements.challengeId} = ${values.challengeId})`,
        })
        .returning();
      if (!row) throw new Error("statement insert returned nothing");
      return row;
    },

    async setStatementStatus(
      challengeId: string,
      number: number,
      values: Pick<StatementRow, "status" | "moderatedBy" | "moderatedAt" | "moderationReason">,
    ): Promise<StatementRow> {
      const [row] = await db
        .update(statements)
        .set(values)
        .where(
          and(
            eq(statements.workspaceId, workspaceId),
            eq(statements.challengeId, challengeId),
            eq(statements.number, number),
          ),
        )
        .returning();
      if (!row) throw new Error(`statement ${number} vanished during moderation`);
      return row;
    },

    /** The member's participant number in the challenge's conversation, if they voted already. */
    async participantNumber(challengeId: string, userId: string): Promise<number | undefined> {
      const [row] = await db
        .select({ number: conversationParticipants.number })
        .from(conversationParticipants)
        .where(
          and(
            eq(conversationParticipants.workspaceId, workspaceId),
            eq(conversationParticipants.challengeId, challengeId),
            eq(conversationParticipants.userId, userId),
          ),
        );
      return row?.number;
    },

    /**
     * The member's participant number, given on their first vote: the next free number of the challenge, under a
     * transaction-scoped advisory lock on the challenge so that concurrent first votes get distinct numbers.
     */
    async ensureParticipant(challengeId: string, userId: string, now: Date): Promise<number> {
      const known = await this.participantNumber(challengeId, userId);
      if (known !== undefined) return known;
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`conversation:${challengeId}`}))`);
      const again = await this.participantNumber(challengeId, userId);
      if (again !== undefined) return again;
      const [row] = await db
        .insert(conversationParticipants)
        .values({
          workspaceId,
          challengeId,
          userId,
          createdAt: now,
          number: sql`(SELECT coalesce(max(${conversationParticipants.number}) + 1, 0) FROM ${conversationParticipants} WHERE ${conversationParticipants.challengeId} = ${challengeId})`,
        })
        .returning({ number: conversationParticipants.number });
      if (!row) throw new Error("participant insert returned nothing");
      return row.number;
    },

    /** Account id → participant number, for the members who voted in the conversation. */
    async participantNumbersOf(challengeId: string): Promise<Map<string, number>> {
      const rows = await db
        .select({ userId: conversationParticipants.userId, number: conversationParticipants.number })
        .from(conversationParticipants)
        .where(
          and(
            eq(conversationParticipants.workspaceId, workspaceId),
            eq(conversationParticipants.challengeId, challengeId),
          ),
        );
      return new Map(rows.flatMap((row) => (row.userId === null ? [] : [[row.userId, row.number] as const])));
    },

    /** Stores a vote; a vote on the same statement by the same participant replaces it (the primary key). */
    async upsertVote(
      challengeId: string,
      participant: number,
      statement: number,
      vote: VoteValue,
      now: Date,
    ) {
      await db
        .insert(statementVotes)
        .values({ workspaceId, challengeId, participant, statement, vote, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [statementVotes.challengeId, statementVotes.participant, statementVotes.statement],
          set: { vote, updatedAt: now },
        });
    },

    /** The participant's votes, by statement number. */
    async votesOf(challengeId: string, participant: number): Promise<Map<number, VoteValue>> {
      const rows = await db
        .select({ statement: statementVotes.statement, vote: statementVotes.vote })
        .from(statementVotes)
        .where(
          and(
            eq(statementVotes.workspaceId, workspaceId),
            eq(statementVotes.challengeId, challengeId),
            eq(statementVotes.participant, participant),
          ),
        );
      return new Map(rows.map((row) => [row.statement, row.vote as VoteValue]));
    },

    /** Every vote of the challenge, oldest change first; raw rows, for the opinion map and exports. */
    async votes(challengeId: string): Promise<VoteRecord[]> {
      const result = await db.execute<{ p: number; s: number; v: number; t: string }>(sql`
        SELECT participant AS p, statement AS s, vote AS v,
               (extract(epoch FROM updated_at) * 1000)::bigint::text AS t
        FROM statement_votes
        WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}
        ORDER BY updated_at, participant, statement`);
      return result.rows.map((row) => ({
        participant: row.p,
        statement: row.s,
        vote: row.v as VoteValue,
        time: Number(row.t),
      }));
    },

    /**
     * The shown statements' numbers and every vote on them, for the opinion map. Votes leave the database packed
     * into one bytea (int4 participant, int4 statement, int2 vote per vote, big-endian) rather than one row each:
     * at 300,000 votes that is several times faster than decoding rows or formatting text.
     */
    async shownVotes(challengeId: string): Promise<{ statements: number[]; votes: VoteRecord[] }> {
      const shown = await db
        .select({ number: statements.number })
        .from(statements)
        .where(
          and(
            eq(statements.workspaceId, workspaceId),
            eq(statements.challengeId, challengeId),
            eq(statements.status, "shown"),
          ),
        )
        .orderBy(asc(statements.number));
      const result = await db.execute<{ packed: Buffer | null }>(sql`
        SELECT string_agg(int4send(participant) || int4send(statement) || int2send(vote), ''::bytea) AS packed
        FROM statement_votes WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}`);
      const packed = result.rows[0]?.packed;
      const open = new Set(shown.map((row) => row.number));
      const votes: VoteRecord[] = [];
      if (packed) {
        const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
        for (let at = 0; at + 10 <= packed.byteLength; at += 10) {
          const statement = view.getInt32(at + 4);
          if (!open.has(statement)) continue;
          votes.push({
            participant: view.getInt32(at),
            statement,
            vote: view.getInt16(at + 8) as VoteValue,
            time: votes.length,
          });
        }
      }
      return { statements: shown.map((row) => row.number), votes };
    },

    async voteCount(challengeId: string): Promise<number> {
      const result = await db.execute<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM statement_votes
        WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}`);
      return result.rows[0]?.n ?? 0;
    },

    /** Whether the challenge holds any statement, participant or vote yet (an import needs an empty conversation). */
    async isEmpty(challengeId: string): Promise<boolean> {
      const result = await db.execute<{ n: number }>(sql`
        SELECT (SELECT count(*) FROM statements WHERE challenge_id = ${challengeId})
             + (SELECT count(*) FROM conversation_participants WHERE challenge_id = ${challengeId}) AS n`);
      return Number(result.rows[0]?.n ?? 0) === 0;
    },

    /**
     * Bulk-inserts imported statements, external participants and votes. Participants and votes go as a few
     * INSERT … SELECT FROM unnest(arrays) statements (one array parameter per column, 50,000 rows each): far fewer
     * round trips and parameters than multi-row VALUES.
     */
    async insertImported(
      challengeId: string,
      imported: {
        statements: Array<Pick<StatementRow, "number" | "body" | "importedAuthor" | "status" | "createdAt">>;
        participants: Array<{ number: number; externalId: string }>;
        votes: VoteRecord[];
      },
      now: Date,
    ): Promise<void> {
      for (let i = 0; i < imported.statements.length; i += CHUNK) {
        await db
          .insert(statements)
          .values(
            imported.statements
              .slice(i, i + CHUNK)
              .map((s) => ({ ...s, workspaceId, challengeId, authorId: null })),
          );
      }
      const rows = 50_000;
      for (let i = 0; i < imported.participants.length; i += rows) {
        const part = imported.participants.slice(i, i + rows);
        await db.execute(sql`
          INSERT INTO conversation_participants (workspace_id, challenge_id, number, external_id, created_at)
          SELECT ${workspaceId}, ${challengeId}, n, e, ${now}
          FROM unnest(${sql.param(part.map((p) => p.number))}::int[], ${sql.param(part.map((p) => p.externalId))}::text[]) AS t(n, e)`);
      }
      for (let i = 0; i < imported.votes.length; i += rows) {
        const part = imported.votes.slice(i, i + rows);
        await db.execute(sql`
          INSERT INTO statement_votes (workspace_id, challenge_id, participant, statement, vote, created_at, updated_at)
          SELECT ${workspaceId}, ${challengeId}, p, s, v, to_timestamp(t / 1000.0), to_timestamp(t / 1000.0)
          FROM unnest(${sql.param(part.map((v) => v.participant))}::int[], ${sql.param(part.map((v) => v.statement))}::int[],
                      ${sql.param(part.map((v) => v.vote))}::smallint[], ${sql.param(part.map((v) => v.time))}::float8[]) AS x(p, s, v, t)`);
      }
    },

    /** How many people voted in the conversation (members and imported voters). */
    async participantCount(challengeId: string): Promise<number> {
      const result = await db.execute<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM conversation_participants
        WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}`);
      return result.rows[0]?.n ?? 0;
    },

    async saveMap(challengeId: string, map: unknown, voteCount: number, computedAt: Date): Promise<void> {
      await db
        .insert(opinionMaps)
        .values({ challengeId, workspaceId, map, voteCount, computedAt })
        .onConflictDoUpdate({ target: opinionMaps.challengeId, set: { map, voteCount, computedAt } });
    },

    /**
     * The stored map without its positions, and the position of one participant only (`positions` is keyed by
     * participant number), so reading the map does not move every participant's position out of the database.
     */
    async map(
      challengeId: string,
      participant: number | undefined,
    ): Promise<{ summary: unknown; me: unknown; voteCount: number; computedAt: Date } | undefined> {
      const key = participant === undefined ? "" : String(participant);
      const result = await db.execute<{
        summary: unknown;
        me: unknown;
        vote_count: number;
        computed_at: string;
      }>(sql`
        SELECT map - 'positions' AS summary, map -> 'positions' -> ${key} AS me, vote_count, computed_at
        FROM opinion_maps WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}`);
      const row = result.rows[0];
      if (!row) return undefined;
      return {
        summary: row.summary,
        me: row.me,
        voteCount: row.vote_count,
        computedAt: new Date(row.computed_at),
      };
    },
  };
}

export type ConversationStore = ReturnType<typeof openConversationStore>;

/**
 * A challenge found by its id alone, whatever its workspace: only for the operator's CLI, which acts on the whole
 * database it runs against; every request goes through a workspace's stores instead.
 */
export async function challengeInAnyWorkspace(
  db: Db,
  challengeId: string,
): Promise<ChallengeRow | undefined> {
  const [row] = await db.select().from(challenges).where(eq(challenges.id, challengeId));
  return row;
}
