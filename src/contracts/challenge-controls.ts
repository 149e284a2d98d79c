// Request schemas of a manager's control of a challenge: phases, deadlines, pause, archive, duplicate, delete.
import { Type } from "@sinclair/typebox";
import { TimelineFieldSchema } from "./challenges.ts";
import { DateTime, Text } from "./common.ts";

export const ReopenPhaseBody = Type.Object(
  { until: DateTime },
  {
    additionalProperties: false,
    description: "The new end of the reopened phase; later phases keep their length",
  },
);

export const MoveDeadlineBody = Type.Object(
  { deadline: TimelineFieldSchema, to: DateTime },
  {
    additionalProperties: false,
    description: "A date still to come, moved later or earlier (still in the future)",
  },
);

export const PauseBody = Type.Object({ paused: Type.Boolean() }, { additionalProperties: false });

export const ArchiveBody = Type.Object({ archived: Type.Boolean() }, { additionalProperties: false });

export const DuplicateChallengeBody = Type.Object(
  {
    announcementAt: DateTime,
    title: Type.Optional(Text(200)),
  },
  {
    additionalProperties: false,
    description:
      "The copy's announcement date (its timeline shifted to it) and title (the original's by default)",
  },
);

export const DeleteChallengeBody = Type.Object(
  { confirmTitle: Text(200) },
  { additionalProperties: false, description: "The challenge's title, typed to confirm" },
);

export const ChallengeListQuery = Type.Object(
  {
    archived: Type.Optional(
      Type.Union([Type.Literal("true"), Type.Literal("false")], {
        description: "true: only archived challenges (for managers); otherwise archived ones are left out",
      }),
    ),
  },
  { additionalProperties: false },
);
