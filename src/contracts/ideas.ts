// Request and response schemas of ideas and their comments, reactions, supports, follows, outcomes and awards.

import { Type } from "@sinclair/typebox";
import { IdeaAbilities } from "./abilities.ts";
import { DateTime, NullableUrl, Text, Uuid } from "./common.ts";

export const EmotionSchema = Type.Union(
  [
    Type.Literal("love"),
    Type.Literal("inspired"),
    Type.Literal("surprised"),
    Type.Literal("worried"),
    Type.Literal("angry"),
  ],
  { description: "An emotion an idea stirs" },
);

export const OutcomeSchema = Type.Union(
  [Type.Literal("retained"), Type.Literal("studied"), Type.Literal("not-retained")],
  { description: "What became of an idea: retained for action, under study, or not retained" },
);

export const IdeaParams = Type.Object({ workspaceId: Uuid, ideaId: Uuid });

export const IdeaListQuery = Type.Object(
  {
    unanswered: Type.Optional(
      Type.Union([Type.Literal("true"), Type.Literal("false")], {
        description: "true: only ideas without an official answer, oldest first",
      }),
    ),
    category: Type.Optional(Text(80)),
    q: Type.Optional(
      Type.String({ maxLength: 200, description: "Words found in the title or the text (case ignored)" }),
    ),
    status: Type.Optional(
      Type.Union(
        [
          Type.Literal("answered"),
          Type.Literal("unanswered"),
          Type.Literal("retained"),
          Type.Literal("studied"),
          Type.Literal("not-retained"),
          Type.Literal("undecided"),
        ],
        { description: "With or without an official answer, or by what became of the idea" },
      ),
    ),
    group: Type.Optional(Uuid),
    mine: Type.Optional(
      Type.Union([Type.Literal("true"), Type.Literal("false")], { description: "My ideas only" }),
    ),
    sort: Type.Optional(
      Type.Union([Type.Literal("newest"), Type.Literal("oldest"), Type.Literal("supported")], {
        description: "newest by default (oldest first with unanswered=true)",
      }),
    ),
    limit: Type.Optional(
      Type.String({ pattern: "^(100|[1-9][0-9]?)$", description: "A page's size, 1 to 100; 100 by default" }),
    ),
    offset: Type.Optional(
      Type.String({ pattern: "^[0-9]{1,9}$", description: "Ideas skipped before the page" }),
    ),
  },
  { additionalProperties: false },
);

export const AuthorSchema = Type.Object({ id: Uuid, name: Type.String(), anonymous: Type.Boolean() });

export const ReactionCounts = Type.Object({
  love: Type.Integer(),
  inspired: Type.Integer(),
  surprised: Type.Integer(),
  worried: Type.Integer(),
  angry: Type.Integer(),
});

export const IdeaBody = Type.Object(
  {
    title: Text(200),
    body: Text(10_000),
    category: Type.Optional(Type.Union([Text(80), Type.Null()])),
    imageUrl: Type.Optional(NullableUrl),
  },
  { additionalProperties: false },
);

export const EditIdeaBody = Type.Object(
  {
    title: Type.Optional(Text(200)),
    body: Type.Optional(Text(10_000)),
    category: Type.Optional(Type.Union([Text(80), Type.Null()])),
    imageUrl: Type.Optional(NullableUrl),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Idea = Type.Object({
  id: Uuid,
  challengeId: Uuid,
  title: Type.String(),
  body: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  author: AuthorSchema,
  supportCount: Type.Integer(),
  commentCount: Type.Integer(),
  reactions: ReactionCounts,
  myReactions: Type.Array(EmotionSchema),
  supportedByMe: Type.Boolean(),
  followedByMe: Type.Boolean(),
  officialAnswerAt: Type.Union([DateTime, Type.Null()], { description: "When a manager first answered" }),
  outcome: Type.Union([
    Type.Object({ status: OutcomeSchema, note: Type.Union([Type.String(), Type.Null()]), at: DateTime }),
    Type.Null(),
  ]),
  hidden: Type.Union([Type.Object({ at: DateTime, reason: Type.String() }), Type.Null()], {
    description: "Hidden by moderation (seen by its author and moderators only), with the reason",
  }),
  held: Type.Boolean({
    description: "Held for review by the word list: seen by its author and moderators only",
  }),
  award: Type.Union([Type.Object({ title: Type.String(), at: DateTime }), Type.Null()], {
    description: "In a contest, the distinction the jury gave the idea",
  }),
  createdAt: DateTime,
  updatedAt: DateTime,
  abilities: IdeaAbilities,
});

export const IdeaList = Type.Object({
  ideas: Type.Array(Idea),
  total: Type.Integer({ description: "Ideas matching the filters, over every page" }),
});

export const CommentBody = Type.Object(
  {
    body: Text(5000),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);

export const Comment = Type.Object({
  id: Uuid,
  ideaId: Uuid,
  parentId: Type.Union([Uuid, Type.Null()]),
  author: AuthorSchema,
  body: Type.String(),
  official: Type.Boolean({ description: "Written by the challenge's managers: an official answer" }),
  hidden: Type.Union([Type.Object({ at: DateTime, reason: Type.String() }), Type.Null()], {
    description: "Hidden by moderation: the body is empty except for its author and moderators",
  }),
  held: Type.Boolean({
    description: "Held for review by the word list: seen by its author and moderators only",
  }),
  createdAt: DateTime,
});

export const CommentResponse = Type.Object({ comment: Comment });

export const IdeaResponse = Type.Object({ idea: Idea });

export const IdeaWithThread = Type.Object({ idea: Idea, comments: Type.Array(Comment) });

export const ReactionBody = Type.Object({ emotion: EmotionSchema }, { additionalProperties: false });

export const ReactionResponse = Type.Object({
  emotion: EmotionSchema,
  on: Type.Boolean({ description: "Whether my reaction is now on" }),
  counts: ReactionCounts,
});

export const SupportResponse = Type.Object({ supported: Type.Boolean(), supportCount: Type.Integer() });

export const FollowResponse = Type.Object({ following: Type.Boolean() });

export const OutcomeBody = Type.Object(
  {
    outcome: OutcomeSchema,
    note: Type.Optional(Type.Union([Text(5000, 0), Type.Null()])),
  },
  { additionalProperties: false },
);

export const CommentParams = Type.Object({ workspaceId: Uuid, commentId: Uuid });

export const AwardBody = Type.Object(
  { award: Type.Union([Text(200), Type.Null()], { description: "The distinction; null takes it back" }) },
  { additionalProperties: false },
);
