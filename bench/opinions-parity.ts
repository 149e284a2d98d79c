// Parity of `cocrea opinions` with Pol.is's own published results (group-id, summary.csv, math-pca2.json).
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { computeOpinionMap, type OpinionMap } from "../src/analysis/opinions/opinion-map.ts";
import { readPolisExport } from "../src/io/import/polis-export.ts";

export const POLIS_DATA = "/work/shared/data/polis";

/** Adjusted Rand index (Hubert & Arabie 1985) between two labellings of the same items. */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const n of table.values()) index += pairs(n);
  let sumRows = 0;
  for (const n of rows.values()) sumRows += pairs(n);
  let sumCols = 0;
  for (const n of cols.values()) sumCols += pairs(n);
  const expected = (sumRows * sumCols) / pairs(a.length);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

export interface ParityRow {
  conversation: string;
  source: string;
  participants: number;
  polisGrouped: number;
  ours: number;
  polisGroups: number;
  ourGroups: number;
  ari: number;
  seconds: number;
}

/** Conversations whose participants-votes.csv carries Pol.is's group-id. */
export async function parityConversations(root = POLIS_DATA): Promise<string[]> {
  const names: string[] = [];
  for (const name of (await readdir(root)).sort()) {
    const wide = join(root, name, "participants-votes.csv");
    if (!(await stat(wide).catch(() => undefined))) continue;
    const header = (await readFile(wide, "utf8")).split("\n", 3);
    const column = header[0]?.split(",").indexOf("group-id") ?? -1;
    if (column < 0) continue;
    const lines = (await readFile(wide, "utf8")).split("\n").slice(1);
    if (lines.some((line) => (line.split(",")[column] ?? "").trim() !== "")) names.push(name);
  }
  return names;
}

async function summaryGroups(folder: string): Promise<number> {
  const text = await readFile(join(folder, "summary.csv"), "utf8");
  const line = text.split("\n").find((l) => l.startsWith("groups,"));
  return Number(line?.split(",")[1] ?? Number.NaN);
}

/** Our groups against Pol.is's on one conversation: group counts and ARI over the participants Pol.is grouped. */
export async function parityOf(
  name: string,
  seed = 0,
  root = POLIS_DATA,
): Promise<ParityRow & { map: OpinionMap }> {
  const folder = join(root, name);
  const data = await readPolisExport(folder);
  // Pol.is's group-id lives in participants-votes.csv even when votes.csv is what we read.
  const wide = data.polisGroups ?? (await readWideGroups(join(folder, "participants-votes.csv")));
  const started = performance.now();
  const map = computeOpinionMap(data.votes, { seed, excluded: data.excluded });
  const seconds = (performance.now() - started) / 1000;
  const ours = new Map<string, string>();
  for (const p of map.positions) ours.set(p.participant, p.group === null ? "none" : String(p.group));
  const polis: string[] = [];
  const mine: string[] = [];
  for (const [participant, group] of wide) {
    if (group === "") continue;
    polis.push(group);
    mine.push(ours.get(participant) ?? "none");
  }
  return {
    conversation: name,
    source: data.source,
    participants: map.participants.total,
    polisGrouped: polis.length,
    ours: map.participants.in,
    polisGroups: await summaryGroups(folder),
    ourGroups: map.k,
    ari: adjustedRandIndex(polis, mine),
    seconds,
    map,
  };
}

async function readWideGroups(file: string): Promise<Map<string, string>> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const header = lines[0]?.split(",") ?? [];
  const p = header.indexOf("participant");
  const g = header.indexOf("group-id");
  const groups = new Map<string, string>();
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const cells = line.split(",");
    groups.set(cells[p] ?? "", (cells[g] ?? "").trim());
  }
  return groups;
}
