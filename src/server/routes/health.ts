// Health endpoints for supervisors and load balancers: liveness and readiness.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type pg from "pg";
import { Liveness, Readiness, type ReadinessBody } from "../../contracts/health.ts";
import { pendingMigrationCount } from "../../db/migration-status.ts";

/** A check that has not answered by then counts as failed: a readiness probe must answer quickly. */
const checkTimeoutMs = 2_000;

async function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("check timed out")), checkTimeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncTypebox<{ pool: pg.Pool; listening: () => boolean }> = async (
  app,
  { pool, listening },
) => {
  app.get(
    "/health/live",
    {
      config: { access: "public" },
      schema: {
        tags: ["health"],
        summary: "Liveness: the process answers (restart it when this fails)",
        response: { 200: Liveness },
      },
    },
    async () => ({ status: "alive" as const }),
  );

  app.get(
    "/health",
    {
      config: { access: "public" },
      schema: {
        tags: ["health"],
        summary: "Readiness: database reachable, migrations current, live channel listening (503 when not)",
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const pending = await within(pendingMigrationCount(pool)).catch(() => undefined);
      const checks: ReadinessBody["checks"] = {
        database: pending !== undefined,
        migrations: pending === 0,
        live: listening(),
      };
      const ready = checks.database && checks.migrations && checks.live;
      return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not-ready", checks });
    },
  );
};
