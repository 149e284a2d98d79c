// Queries of a person's own data: every row of every table that references them, for the export they ask for.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { userColumns } from "./erasure-store.ts";

export type PersonalValue = string | number | boolean | null | Record<string, unknown> | unknown[];

/** One table of the export: its name, its columns in order, and the rows that reference the person. */
export interface PersonalDataset {
  name: string;
  columns: string[];
  rows: Array<Record<string, PersonalValue>>;
}

/** Columns the person must not get back even about themselves: ids that are hashes of tokens sent to them. */
const secretColumns = new Set([
  "sessions.id",
  "password_resets.id",
  "email_changes.id",
  "sign_up_requests.id",
]);
/** Columns left out of every table whatever its name: a hash of a password or a token is never the person's data. */
const secretNames = new Set(["password_hash", "token_hash"]);

/** Columns naming the person as the one the row is about; any other column names them as the one who acted. */
const ownerColumns = new Set(["user_id", "author_id", "juror_id"]);

/**
 * The dataset's name: the table for rows that are the person's (`ideas`, `supports`), `<table>-<column>` for rows
 * where they acted on others' work (`ideas-hidden_by`).
 */
export const datasetName = (table: string, column: string) =>
  ownerColumns.has(column) ? table : `${table}-${column}`;

/**
 * Every table referencing users(id), read from the catalog so that a table added later is exported too; binary
 * columns (documents' internal states) and secrets are left out. Datasets come in name order, empty ones included.
 */
export async function personalDatasets(db: Db, userId: string): Promise<PersonalDataset[]> {
  const datasets: PersonalDataset[] = [];
  for (const { table, column } of await userColumns(db)) {
    const described = await db.execute<{ name: string }>(sql`
      SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = ${table}::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND a.atttypid <> 'bytea'::regtype
      ORDER BY a.attnum`);
    const columns = described.rows
      .map((row) => row.name)
      .filter((name) => !secretColumns.has(`${table}.${name}`) && !secretNames.has(name));
    const found = await db.execute<Record<string, PersonalValue>>(sql`
      SELECT ${sql.join(
        columns.map((name) => sql.identifier(name)),
        sql`, `,
      )} FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${userId}`);
    datasets.push({ name: datasetName(table, column), columns, rows: found.rows });
  }
  return datasets.sort((a, b) => a.name.localeCompare(b.name));
}

/** The person's ideas and comments in every workspace, newest first, with where they are (for links). */
export async function contributionsOf(db: Db, userId: string) {
  const ideas = await db.execute<{
    id: string;
    title: string;
    status: string;
    created_at: Date;
    workspace_id: string;
    workspace_name: string;
    challenge_id: string;
    challenge_title: string;
  }>(sql`
    SELECT i.id, i.title, i.status, i.created_at, w.id AS workspace_id, w.name AS workspace_name,
      c.id AS challenge_id, c.title AS challenge_title
    FROM ideas i JOIN challenges c ON c.id = i.challenge_id JOIN workspaces w ON w.id = i.workspace_id
    WHERE i.author_id = ${userId} ORDER BY i.created_at DESC, i.id LIMIT 500`);
  const comments = await db.execute<{
    id: string;
    body: string;
    created_at: Date;
    idea_id: string;
    idea_title: string;
    workspace_id: string;
    workspace_name: string;
    challenge_id: string;
    challenge_title: string;
  }>(sql`
    SELECT m.id, m.body, m.created_at, i.id AS idea_id, i.title AS idea_title, w.id AS workspace_id,
      w.name AS workspace_name, c.id AS challenge_id, c.title AS challenge_title
    FROM comments m JOIN ideas i ON i.id = m.idea_id JOIN challenges c ON c.id = i.challenge_id
      JOIN workspaces w ON w.id = m.workspace_id
    WHERE m.author_id = ${userId} ORDER BY m.created_at DESC, m.id LIMIT 500`);
  return { ideas: ideas.rows, comments: comments.rows };
}
