// Request and response schemas of moderation: hiding and restoring, the queue of flagged items, the log.

import { Type } from "@sinclair/typebox";
import { Text, Uuid } from "./common.ts";
import { FlagSubject } from "./flags.ts";

export const ModerationBody = Type.Object(
  {
    hidden: Type.Boolean(),
    reason: Type.Optional(Type.Union([Text(1000, 0), Type.Null()])),
  },
  { additionalProperties: false },
);

export const ModerationQueue = Type.Object({
  items: Type.Array(
    Type.Object({
      subject: FlagSubject,
      subjectId: Uuid,
      ideaId: Uuid,
      challengeId: Uuid,
      text: Type.String(),
      authorId: Uuid,
      held: Type.Boolean({ description: "Held for review by the word list, not published until released" }),
      flagCount: Type.Integer(),
      reasons: Type.Array(Type.String()),
      lastFlaggedAt: Type.String({ format: "date-time" }),
    }),
  ),
});

export const ModerationActSchema = Type.Union([
  Type.Literal("hide"),
  Type.Literal("restore"),
  Type.Literal("release"),
  Type.Literal("dismiss-flags"),
  Type.Literal("block"),
  Type.Literal("unblock"),
]);

export const ModerationLogQuery = Type.Object(
  {
    act: Type.Optional(ModerationActSchema),
    page: Type.Optional(
      Type.String({ pattern: "^[1-9][0-9]{0,5}$", description: "From 1; 20 entries a page" }),
    ),
  },
  { additionalProperties: false },
);

export const ModerationLog = Type.Object({
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0, description: "Entries matching the filter, over all pages" }),
  entries: Type.Array(
    Type.Object({
      id: Uuid,
      actorId: Type.Union([Uuid, Type.Null()]),
      actorName: Type.Union([Type.String(), Type.Null()]),
      act: ModerationActSchema,
      memberName: Type.Union([Type.String(), Type.Null()]),
      ideaId: Type.Union([Uuid, Type.Null()], { description: "The idea of the item, for a link" }),
      itemText: Type.Union([
        Type.String({ description: "The idea's title or the comment's text" }),
        Type.Null(),
      ]),
      subject: Type.Union([FlagSubject, Type.Literal("statement"), Type.Null()], {
        description: "What was moderated: an idea, a comment, or a conversation's statement",
      }),
      subjectId: Type.Union([Uuid, Type.Null()]),
      memberId: Type.Union([Uuid, Type.Null()]),
      reason: Type.Union([Type.String(), Type.Null()]),
      at: Type.String({ format: "date-time" }),
    }),
  ),
});
