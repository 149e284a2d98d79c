// Schemas of the health endpoints: liveness (the process answers) and readiness (it can serve).
import { type Static, Type } from "@sinclair/typebox";

export const Liveness = Type.Object({ status: Type.Literal("alive") });

export const Readiness = Type.Object(
  {
    status: Type.Union([Type.Literal("ready"), Type.Literal("not-ready")]),
    checks: Type.Object({
      database: Type.Boolean({ description: "The database answers a query" }),
      migrations: Type.Boolean({ description: "Every committed migration is applied" }),
      live: Type.Boolean({ description: "This process listens for live events" }),
    }),
  },
  { description: "Each check, and whether all pass" },
);
export type ReadinessBody = Static<typeof Readiness>;
