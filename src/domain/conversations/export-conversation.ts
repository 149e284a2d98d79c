// A challenge's statements and votes as Pol.is exports them (comment-ids, voter-ids), participants pseudonymized.
import { type VoteList, VoteListBuilder } from "../../analysis/opinions/vote-matrix.ts";
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openConversationStore } from "../../db/stores/conversation-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { conversationChallenge } from "./conversation-rules.ts";

/** Pol.is's `moderated` column: 1 accepted, 0 not yet moderated, −1 moderated out. */
const moderated = { shown: 1, pending: 0, rejected: -1 } as const;

/** One statement as Pol.is's comments.csv has it (the caller writes the files: `io/export/polis-export.ts`). */
export interface ExportedStatement {
  id: string;
  body: string;
  moderated: -1 | 0 | 1;
  meta: boolean;
  /** ms since 1970 */
  created?: number;
  /** The author's participant number. */
  author?: string;
}

/** A conversation ready to be written in Pol.is's format. */
export interface ConversationExport {
  votes: VoteList;
  comments: ExportedStatement[];
}

/**
 * Every statement (comment-id = its number) and every participant's latest vote (voter-id = their number, never a
 * name or an account id; timestamps in ms since 1970, as Pol.is writes them). A statement's author-id is the
 * author's participant number when they voted, else empty.
 */
export async function exportConversation(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<ConversationExport> {
  await conversationChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  const conversation = openConversationStore(ctx.db, actor.workspaceId);
  const statements = await conversation.statements(challengeId);
  const votes = await conversation.votes(challengeId);
  const authors = await conversation.participantNumbersOf(challengeId);
  const builder = new VoteListBuilder();
  for (const s of statements) builder.addComment(String(s.number));
  for (const v of votes) builder.add(String(v.participant), String(v.statement), v.vote, v.time);
  const list = builder.build();
  const comments: ExportedStatement[] = statements.map((s) => {
    const author = s.authorId === null ? undefined : authors.get(s.authorId);
    return {
      id: String(s.number),
      body: s.body,
      moderated: moderated[s.status],
      meta: false,
      created: s.createdAt.getTime(),
      ...(author === undefined ? {} : { author: String(author) }),
    };
  });
  return { votes: list, comments };
}
