// A person's data as files (one CSV per dataset) and an erasure's outcome as the API says it.
import type { FastifyReply } from "fastify";
import type { WorkspaceErasure } from "../../domain/accounts/erase-from-workspace.ts";
import { type CsvValue, toCsv } from "../../io/export/csv.ts";

/** A cell: dates in ISO 8601 UTC, structured values (jsonb) as JSON text, everything else as it is. */
function cell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return value as CsvValue;
}

/** Sends one dataset as the attachment `<name>.csv`, through the one CSV writer (formulas neutralized). */
export function sendPersonalDataset(
  reply: FastifyReply,
  dataset: { name: string; columns: readonly string[]; rows: ReadonlyArray<Record<string, unknown>> },
): FastifyReply {
  reply.header("content-disposition", `attachment; filename="${dataset.name}.csv"`);
  const csv = toCsv(
    dataset.columns,
    dataset.rows.map((row) => dataset.columns.map((column) => cell(row[column]))),
  );
  return reply.type("text/csv; charset=utf-8").send(csv);
}

/** What an erasure did in a workspace: contributions kept (under a deleted participant) or removed. */
export function presentErasure(erasure: WorkspaceErasure) {
  return {
    workspaceId: erasure.workspaceId,
    contributions: erasure.contributions === "keep" ? ("kept" as const) : ("removed" as const),
  };
}
