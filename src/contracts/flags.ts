// Request and response schemas of flags: a member reports an idea or a comment to the moderators.

import { Type } from "@sinclair/typebox";
import { Text, Uuid } from "./common.ts";

export const FlagBody = Type.Object(
  { reason: Type.Optional(Type.Union([Text(1000, 0), Type.Null()])) },
  { additionalProperties: false },
);

export const FlagResponse = Type.Object({ flagged: Type.Literal(true) });

export const FlagSubject = Type.Union([Type.Literal("idea"), Type.Literal("comment")]);

export const FlagParams = Type.Object({ workspaceId: Uuid, subjectId: Uuid });
