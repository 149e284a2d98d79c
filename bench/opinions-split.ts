// The development / evaluation split of the Pol.is conversations, and Pol.is's own groups for each of them.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { POLIS_DATA } from "./opinions-parity.ts";

export type SplitPart = "development" | "evaluation";

/** Every conversation with Pol.is's own groups: the openData exports (group-id) and the red-dwarf fixtures. */
export const LABELLED: { name: string; folder: string; polisGroups: number }[] = [
  ...[
    "15-per-hour-seattle",
    "american-assembly.bowling-green",
    "austria-climate.2vkxcncppn.2022-07-07",
    "austria-climate.5twd2jsnkf.2022-08-08",
    "austria-climate.7z7ejpbmv5.2022-08-08",
    "bg2050-volunteers",
    "canadian-electoral-reform",
    "scoop-hivemind.affordable-housing",
    "scoop-hivemind.biodiversity",
    "scoop-hivemind.freshwater",
    "scoop-hivemind.taxes",
    "ssis.land-bank-farmland.2rumnecbeh.2021-08-01",
  ].map((name) => ({ name, folder: join(POLIS_DATA, name), polisGroups: 2 })),
  { name: "london.youth.policing", folder: join(POLIS_DATA, "london.youth.policing"), polisGroups: 3 },
  ...[
    "150ptpt-3gp-no-strict-no-meta",
    "25ptpt-3gp-no-strict-with-meta",
    "50ptpt-3gp-strict-no-meta",
    "below-100-ptpts",
  ].map((name) => ({ name, folder: join(POLIS_DATA, "red-dwarf-fixtures", name), polisGroups: 3 })),
];

/**
 * The split rule, fixed before any tuning: conversations are put in two strata by Pol.is's number of groups
 * (2, or 3 and more), ordered within each stratum by the SHA-256 of their name, and dealt in turn to
 * evaluation, development, evaluation, … So both parts hold conversations with 3 groups, and nobody chose
 * which conversation went where.
 */
export function splitOf(name: string): SplitPart {
  const entry = LABELLED.find((c) => c.name === name);
  if (!entry) throw new Error(`${name} is not a labelled Pol.is conversation`);
  const stratum = LABELLED.filter((c) => c.polisGroups >= 3 === entry.polisGroups >= 3)
    .map((c) => c.name)
    .sort((a, b) => hash(a).localeCompare(hash(b)));
  return stratum.indexOf(name) % 2 === 0 ? "evaluation" : "development";
}

function hash(name: string): string {
  return createHash("sha256").update(name).digest("hex");
}

/** Pol.is's group of each participant it grouped: group-id of participants-votes.csv or math-pca2.json. */
export async function polisGroupsOf(folder: string): Promise<Map<string, string>> {
  const groups = new Map<string, string>();
  const math = await readFile(join(folder, "math-pca2.json"), "utf8").catch(() => undefined);
  if (math !== undefined) {
    const polis = JSON.parse(math) as {
      "group-clusters": { id: number; members: number[] }[];
      "base-clusters": { id: number[]; members: number[][] };
    };
    const baseMembers = new Map<number, number[]>();
    polis["base-clusters"].id.forEach((id, i) => {
      baseMembers.set(id, polis["base-clusters"].members[i] ?? []);
    });
    for (const group of polis["group-clusters"])
      for (const base of group.members)
        for (const pid of baseMembers.get(base) ?? []) groups.set(String(pid), String(group.id));
    return groups;
  }
  const lines = (await readFile(join(folder, "participants-votes.csv"), "utf8")).split("\n");
  const header = lines[0]?.split(",") ?? [];
  const p = header.indexOf("participant");
  const g = header.indexOf("group-id");
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const group = (cells[g] ?? "").trim();
    if (group !== "") groups.set(cells[p] ?? "", group);
  }
  return groups;
}
