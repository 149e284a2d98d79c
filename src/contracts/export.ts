// Query schema of the managers' exports of a challenge's ideas.
import { Type } from "@sinclair/typebox";

export const ExportQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union([Type.Literal("csv"), Type.Literal("json")], { description: "csv (default) or json" }),
    ),
  },
  { additionalProperties: false },
);
