// Compares two frozen states of a plan section by section, with a line diff of each changed section (pure).
import { diffLines } from "diff";

/** A section as a version freezes it: `readPlanContent`'s section without its validation. */
export interface FrozenSection {
  id: string;
  title: string;
  kind: string;
  position: number;
  markdown: string;
  /** The ProseMirror document JSON of its body. */
  json: unknown;
  text: string;
  hash: string;
}

/** One run of lines of a section's Markdown: in both, only in the newer, or only in the older state. */
export interface DiffPart {
  change: "same" | "added" | "removed";
  text: string;
}

export interface SectionDiff {
  sectionId: string;
  title: string;
  /** The older title when the section was renamed. */
  previousTitle: string | null;
  change: "added" | "removed" | "changed" | "unchanged";
  /** Whether its place in the reading order changed. */
  moved: boolean;
  parts: DiffPart[];
}

/**
 * Pairs the sections of `before` and `after` by id, then the ones left by title (a section removed and re-created
 * under the same name), and diffs each pair's Markdown by line (jsdiff's `diffLines`, Myers' O(ND) algorithm).
 * Sections come in the newer reading order, then the removed ones in their older order.
 */
export function diffVersions(
  before: readonly FrozenSection[],
  after: readonly FrozenSection[],
): SectionDiff[] {
  const olderById = new Map(before.map((section) => [section.id, section]));
  const paired = new Set<string>();
  const pairOf = new Map<string, FrozenSection>();
  for (const section of after) {
    const older = olderById.get(section.id);
    if (older) {
      pairOf.set(section.id, older);
      paired.add(older.id);
    }
  }
  for (const section of after) {
    if (pairOf.has(section.id)) continue;
    const older = before.find((s) => !paired.has(s.id) && s.title.trim() === section.title.trim());
    if (older) {
      pairOf.set(section.id, older);
      paired.add(older.id);
    }
  }
  const olderOrder = before.filter((s) => paired.has(s.id)).map((s) => s.id);
  const newerOrder = after.filter((s) => pairOf.has(s.id)).map((s) => pairOf.get(s.id)?.id);
  const diffs: SectionDiff[] = after.map((section) => {
    const older = pairOf.get(section.id);
    if (!older) return sectionOnly(section, "added");
    const parts = lineDiff(older.markdown, section.markdown);
    const renamed = older.title !== section.title;
    const edited = parts.some((part) => part.change !== "same");
    return {
      sectionId: section.id,
      title: section.title,
      previousTitle: renamed ? older.title : null,
      change: edited || renamed ? "changed" : "unchanged",
      moved: olderOrder.indexOf(older.id) !== newerOrder.indexOf(older.id),
      parts,
    };
  });
  for (const section of before) if (!paired.has(section.id)) diffs.push(sectionOnly(section, "removed"));
  return diffs;
}

/** Whether anything differs between two states: a section added, removed, renamed, edited or moved. */
export function hasChanges(diffs: readonly SectionDiff[]): boolean {
  return diffs.some((diff) => diff.change !== "unchanged" || diff.moved);
}

function sectionOnly(section: FrozenSection, change: "added" | "removed"): SectionDiff {
  return {
    sectionId: section.id,
    title: section.title,
    previousTitle: null,
    change,
    moved: false,
    parts: section.markdown === "" ? [] : [{ change, text: section.markdown }],
  };
}

function lineDiff(older: string, newer: string): DiffPart[] {
  return diffLines(withFinalNewline(older), withFinalNewline(newer)).map((part) => ({
    change: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** A last line without its newline would otherwise differ from the same line followed by more. */
function withFinalNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}
