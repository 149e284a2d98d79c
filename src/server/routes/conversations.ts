// Routes of a challenge's conversation: statements, next statement, votes, moderation, the map, Pol.is exchange.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Static } from "@sinclair/typebox";
import { ChallengeParams } from "../../contracts/challenges.ts";
import {
  ExportParams,
  ImportBody,
  ImportResponse,
  NextStatementResponse,
  OpinionMapResponse,
  type Statement,
  StatementBody,
  StatementList,
  StatementModerationBody,
  StatementParams,
  StatementResponse,
  VoteBody,
  VoteResponse,
} from "../../contracts/conversations.ts";
import type { StatementView } from "../../db/stores/conversation-store.ts";
import { exportConversation } from "../../domain/conversations/export-conversation.ts";
import {
  type ConversationImport,
  importConversation,
} from "../../domain/conversations/import-conversation.ts";
import { moderateStatement } from "../../domain/conversations/moderate-statement.ts";
import { showOpinionMap } from "../../domain/conversations/read-opinion-map.ts";
import { listStatements, showNextStatement } from "../../domain/conversations/read-statements.ts";
import { submitStatement } from "../../domain/conversations/submit-statement.ts";
import { voteOnStatement } from "../../domain/conversations/vote-on-statement.ts";
import { AppError } from "../../errors.ts";
import { memberOf } from "../plugins/access.ts";
import { polisFile } from "../present/polis.ts";
import type { RouteOptions } from "./accounts.ts";

export interface ConversationRouteOptions extends RouteOptions {
  /** Parses an uploaded Pol.is export (comments.csv and votes.csv as text); given by the app (io/import). */
  readPolisTexts(texts: { comments: string; votes: string }): Promise<ConversationImport>;
}

const tags = ["conversations"];

function presentStatement(
  s: StatementView & { myVote?: -1 | 0 | 1 | null; mine?: boolean },
  viewer: string,
): Static<typeof Statement> {
  return {
    number: s.number,
    body: s.body,
    status: s.status,
    mine: s.mine ?? s.authorId === viewer,
    moderationReason: s.moderationReason,
    agrees: s.agrees,
    disagrees: s.disagrees,
    passes: s.passes,
    myVote: s.myVote ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

export const conversationRoutes: FastifyPluginAsyncTypebox<ConversationRouteOptions> = async (
  app,
  { context, readPolisTexts },
) => {
  const base = "/workspaces/:workspaceId/challenges/:challengeId";

  app.get(
    `${base}/statements`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "The conversation's statements with their vote counts and my vote (moderators also see pending)",
        params: ChallengeParams,
        response: { 200: StatementList },
      },
    },
    async (request) => {
      const member = memberOf(request);
      const list = await listStatements(context(), member, request.params.challengeId);
      return { statements: list.map((s) => presentStatement(s, member.userId)) };
    },
  );

  app.post(
    `${base}/statements`,
    {
      config: { access: { workspace: "statement.submit" } },
      schema: {
        tags,
        summary: "Propose a statement (pending until a moderator accepts it when statements are moderated)",
        params: ChallengeParams,
        body: StatementBody,
        response: { 201: StatementResponse },
      },
    },
    async (request, reply) => {
      const member = memberOf(request);
      const row = await submitStatement(context(), member, request.params.challengeId, request.body);
      const statement = presentStatement({ ...row, agrees: 0, disagrees: 0, passes: 0 }, member.userId);
      return reply.code(201).send({ statement });
    },
  );

  app.get(
    `${base}/statements/next`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "The statement I should vote on next: never one I voted on; few votes, divisive or consensual first",
        params: ChallengeParams,
        response: { 200: NextStatementResponse },
      },
    },
    async (request) => {
      const member = memberOf(request);
      const next = await showNextStatement(context(), member, request.params.challengeId);
      return {
        statement: next.statement && presentStatement(next.statement, member.userId),
        remaining: next.remaining,
        total: next.total,
      };
    },
  );

  app.put(
    `${base}/statements/:number/vote`,
    {
      config: { access: { workspace: "statement.vote" } },
      schema: {
        tags,
        summary: "Vote agree, disagree or pass on a statement; a new vote replaces my previous one",
        params: StatementParams,
        body: VoteBody,
        response: { 200: VoteResponse },
      },
    },
    async (request) =>
      voteOnStatement(
        context(),
        memberOf(request),
        request.params.challengeId,
        Number(request.params.number),
        request.body.vote,
      ),
  );

  app.put(
    `${base}/statements/:number/moderation`,
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary: "Accept (show) or reject a statement, saying why; logged",
        params: StatementParams,
        body: StatementModerationBody,
        response: { 200: StatementResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const { challengeId } = request.params;
      const number = Number(request.params.number);
      await moderateStatement(ctx, member, challengeId, number, request.body);
      const found = (await listStatements(ctx, member, challengeId)).find((s) => s.number === number);
      if (!found) throw new Error(`statement ${number} vanished after moderation`);
      return { statement: presentStatement(found, member.userId) };
    },
  );

  app.get(
    `${base}/opinion-map`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "The last opinion map: groups, their representative statements, consensus, and where I stand",
        params: ChallengeParams,
        response: { 200: OpinionMapResponse },
      },
    },
    async (request) => {
      const map = await showOpinionMap(context(), memberOf(request), request.params.challengeId);
      return { map: map && { ...map, computedAt: map.computedAt.toISOString() } };
    },
  );

  app.get(
    `${base}/conversation/export/:file`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "The conversation in Pol.is's export format: comments.csv or votes.csv (voters as numbers)",
        params: ExportParams,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const conversation = await exportConversation(context(), memberOf(request), request.params.challengeId);
      const file = request.params.file;
      return reply
        .header("content-disposition", `attachment; filename="${file}"`)
        .type("text/csv; charset=utf-8")
        .send(polisFile(conversation, file));
    },
  );

  app.post(
    `${base}/conversation/import`,
    {
      config: { access: { workspace: "challenge.manage" } },
      bodyLimit: 64 << 20,
      schema: {
        tags,
        summary:
          "Import a Pol.is export (comments.csv and votes.csv as text) into an empty conversation, all or nothing",
        params: ChallengeParams,
        body: ImportBody,
        response: { 201: ImportResponse },
      },
    },
    async (request, reply) => {
      const read = async () => {
        try {
          return await readPolisTexts(request.body);
        } catch (error) {
          // The reader names file:line:column; the form shows it beside the file's field.
          if (error instanceof AppError && error.where) {
            const field = error.where.startsWith("votes") ? "votes" : "comments";
            throw new AppError(error.code, `${error.where}: ${error.message}`, { field, where: error.where });
          }
          throw error;
        }
      };
      const imported = await importConversation(
        context(),
        memberOf(request),
        request.params.challengeId,
        read,
      );
      return reply.code(201).send({ imported });
    },
  );
};
