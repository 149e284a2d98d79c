// Request and response schemas of a challenge's conversation: statements, votes, the opinion map, Pol.is exchange.
import { Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

const VoteSchema = Type.Union([Type.Literal(-1), Type.Literal(0), Type.Literal(1)], {
  description: "1 agree, -1 disagree, 0 pass (Pol.is's convention)",
});
const StatementStatusSchema = Type.Union(
  [Type.Literal("shown"), Type.Literal("pending"), Type.Literal("rejected")],
  { description: "shown: open to votes; pending: waits for a moderator; rejected: moderated out" },
);

export const StatementParams = Type.Object({
  workspaceId: Uuid,
  challengeId: Uuid,
  number: Type.String({
    pattern: "^[0-9]{1,9}$",
    description: "The statement's number in the challenge (Pol.is comment-id)",
  }),
});

export const Statement = Type.Object({
  number: Type.Integer({ description: "The statement's number in the challenge (Pol.is comment-id)" }),
  body: Type.String(),
  status: StatementStatusSchema,
  mine: Type.Boolean({ description: "Whether the viewer proposed it" }),
  moderationReason: Type.Union([Type.String(), Type.Null()], { description: "Why it was rejected" }),
  agrees: Type.Integer(),
  disagrees: Type.Integer(),
  passes: Type.Integer(),
  myVote: Type.Union([VoteSchema, Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
});

export const StatementList = Type.Object({ statements: Type.Array(Statement) });
export const StatementResponse = Type.Object({ statement: Statement });
export const NextStatementResponse = Type.Object({
  statement: Type.Union([Statement, Type.Null()], {
    description: "null once every shown statement has my vote",
  }),
  remaining: Type.Integer({ description: "Shown statements without my vote, this one included" }),
  total: Type.Integer({ description: "Shown statements" }),
});

export const StatementBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 280 }) },
  { additionalProperties: false },
);
export const VoteBody = Type.Object({ vote: VoteSchema }, { additionalProperties: false });
export const VoteResponse = Type.Object({ statement: Type.Integer(), vote: VoteSchema });
export const StatementModerationBody = Type.Object(
  {
    status: Type.Union([Type.Literal("shown"), Type.Literal("rejected")]),
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

const StatementRef = Type.Object({ number: Type.Integer(), body: Type.String() });
export const OpinionMap = Type.Object({
  computedAt: Type.String({ format: "date-time" }),
  voteCount: Type.Integer({ description: "Votes the map was computed from" }),
  participants: Type.Object({
    in: Type.Integer({ description: "Participants who voted enough to be placed in a group" }),
    total: Type.Integer(),
  }),
  extent: Type.Array(Type.Number(), {
    minItems: 4,
    maxItems: 4,
    description: "Bounds of all positions: minX, maxX, minY, maxY",
  }),
  groups: Type.Array(
    Type.Object({
      id: Type.Integer(),
      size: Type.Integer({ description: "Participants in the group" }),
      x: Type.Number(),
      y: Type.Number(),
      representative: Type.Array(
        Type.Object({
          statement: StatementRef,
          direction: Type.Union([Type.Literal("agree"), Type.Literal("disagree")]),
          rate: Type.Number({ description: "Share of the group's votes on it that go this way" }),
          votes: Type.Integer({ description: "The group's votes on it" }),
        }),
      ),
    }),
  ),
  consensus: Type.Object({
    agree: Type.Array(Type.Object({ statement: StatementRef, score: Type.Number() })),
    disagree: Type.Array(Type.Object({ statement: StatementRef, score: Type.Number() })),
  }),
  me: Type.Union([
    Type.Object({
      x: Type.Number(),
      y: Type.Number(),
      group: Type.Union([Type.Integer(), Type.Null()], {
        description: "null: too few votes to be in a group",
      }),
    }),
    Type.Null(),
  ]),
});
export const OpinionMapResponse = Type.Object({
  map: Type.Union([OpinionMap, Type.Null()], { description: "null until the first vote is counted" }),
});

export const ExportParams = Type.Object({
  workspaceId: Uuid,
  challengeId: Uuid,
  file: Type.Union([Type.Literal("comments.csv"), Type.Literal("votes.csv")]),
});
export const ImportBody = Type.Object(
  {
    comments: Type.String({ minLength: 1, description: "The text of Pol.is's comments.csv" }),
    votes: Type.String({ minLength: 1, description: "The text of Pol.is's votes.csv" }),
  },
  { additionalProperties: false },
);
export const ImportResponse = Type.Object({
  imported: Type.Object({ statements: Type.Integer(), participants: Type.Integer(), votes: Type.Integer() }),
});
