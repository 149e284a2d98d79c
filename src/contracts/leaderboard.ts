// Response schemas of a challenge's leaderboard and a participant's choice to hide from it.

import { Type } from "@sinclair/typebox";
import { AuthorSchema } from "./ideas.ts";

export const LeaderboardResponse = Type.Object({
  enabled: Type.Boolean({ description: "Whether the brief shows the leaderboard to participants" }),
  hiddenMe: Type.Boolean({ description: "Whether I asked not to appear to others (I still see myself)" }),
  entries: Type.Array(
    Type.Object({
      user: AuthorSchema,
      points: Type.Integer(),
      rank: Type.Integer({ minimum: 1 }),
      badges: Type.Array(
        Type.Union([
          Type.Literal("first-idea"),
          Type.Literal("pioneer"),
          Type.Literal("top-contributor"),
          Type.Literal("idea-selected"),
        ]),
        {
          description:
            "first idea; pioneer (among the first 10 to post); top contributor (top 3); idea selected",
        },
      ),
    }),
  ),
});

export const LeaderboardVisibilityBody = Type.Object(
  { hidden: Type.Boolean({ description: "true: others no longer see me on this leaderboard" }) },
  { additionalProperties: false },
);
