// Schemas shared across the API: ids, problems (RFC 9457), enums of the product's words.
import { type Static, Type } from "@sinclair/typebox";

export const Uuid = Type.String({ format: "uuid", description: "An identifier" });
export const Locale = Type.Union([Type.Literal("fr"), Type.Literal("en")], {
  description: "Interface language",
});
export const RoleSchema = Type.Union(
  [
    Type.Literal("owner"),
    Type.Literal("manager"),
    Type.Literal("moderator"),
    Type.Literal("participant"),
    Type.Literal("guest"),
  ],
  {
    description:
      "owner administers; manager runs projects; moderator moderates; participant contributes; guest co-edits",
  },
);
export const WorkspaceKindSchema = Type.Union(
  [
    Type.Literal("brand"),
    Type.Literal("city"),
    Type.Literal("chamber"),
    Type.Literal("ngo"),
    Type.Literal("consultancy"),
    Type.Literal("other"),
  ],
  { description: "What kind of organization the workspace is" },
);

/** An API error, as RFC 9457 problem details, with Cocrea's stable code and the offending field. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: "Stable error code, also the translation key errors.<code>" }),
    field: Type.Optional(Type.String({ description: "The offending input field" })),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), code: Type.String(), detail: Type.String() })),
    ),
    retryAfter: Type.Optional(
      Type.Integer({ description: "Seconds to wait before trying again (also the Retry-After header)" }),
    ),
    limit: Type.Optional(
      Type.Object(
        { name: Type.String(), burst: Type.Integer(), perHour: Type.Integer() },
        { description: "The write limit reached: its kind, writes allowed at once, then an hour" },
      ),
    ),
  },
  { $id: "Problem", description: "application/problem+json" },
);
export type ProblemBody = Static<typeof Problem>;

/** Shapes many schemas share: a time, an address, a text of bounded length. */
export const DateTime = Type.String({ format: "date-time" });
export const Url = Type.String({ maxLength: 2000, description: "An http or https address" });
export const NullableUrl = Type.Union([Url, Type.Null()]);
export const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

export const NoContent = Type.Null({ description: "No content" });
