// A table sent as a download: CSV (UTF-8, header row) or JSON `{ challenge, <name>: rows }`.
import type { FastifyReply } from "fastify";
import { type CsvValue, toCsv } from "../../io/export/csv.ts";

/** A table as CSV text (formulas neutralized by the one CSV writer). */
export function csvOf(columns: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return toCsv(columns, rows);
}

/** Sends `rows` as the attachment `<file>.<format>`; CSV columns follow `columns`. */
export function sendTable(
  reply: FastifyReply,
  table: {
    file: string;
    format: "csv" | "json";
    challenge: { id: string; title: string };
    name: string;
    columns: readonly string[];
    rows: ReadonlyArray<Record<string, CsvValue>>;
  },
): FastifyReply {
  reply.header("content-disposition", `attachment; filename="${table.file}.${table.format}"`);
  if (table.format === "json") {
    return reply
      .type("application/json; charset=utf-8")
      .send({ challenge: table.challenge, [table.name]: table.rows });
  }
  const csv = toCsv(
    table.columns,
    table.rows.map((row) => table.columns.map((column) => row[column])),
  );
  return reply.type("text/csv; charset=utf-8").send(csv);
}
