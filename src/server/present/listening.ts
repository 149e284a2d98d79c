// Listening rows → API JSON: dates as ISO strings, mention ids as strings.
import type { Static } from "@sinclair/typebox";
import type { ImportSchema, MentionSchema, Project, Rule } from "../../contracts/listening.ts";
import type { ListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import type {
  ListeningProjectRow,
  ListeningRuleRow,
  MentionImportRow,
} from "../../db/stores/listening-store.ts";

export function presentProject(row: ListeningProjectRow): Static<typeof Project> {
  return {
    id: row.id,
    name: row.name,
    frame: row.frame,
    mapping: row.mapping as Record<string, string> | null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentImport(row: MentionImportRow): Static<typeof ImportSchema> {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    done: row.done,
    total: row.total,
    taken: row.taken,
    duplicates: row.duplicates,
    rejected: row.rejected,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function presentRule(row: ListeningRuleRow): Static<typeof Rule> {
  return {
    id: row.id,
    term: row.term,
    source: row.source,
    polarity: row.polarity,
    relevant: row.relevant,
    createdAt: row.createdAt.toISOString(),
  };
}

type MentionListRow = Awaited<ReturnType<ListeningFiguresStore["mentions"]>>["mentions"][number];

export function presentMention(m: MentionListRow): Static<typeof MentionSchema> {
  return {
    id: m.id,
    text: m.text,
    publishedAt: new Date(m.published_at).toISOString(),
    author: m.author,
    source: m.source,
    channel: m.channel,
    url: m.url,
    reach: m.reach,
    engagement: { likes: m.likes, shares: m.shares, comments: m.comments },
    language: m.language,
    machine: { polarity: m.machine_polarity as "positive", score: m.machine_score },
    polarity: m.polarity as "positive",
    emotions: m.emotions,
    dimensions: m.dimensions,
    relevant: m.relevant,
    brands: m.brands,
    topic: m.topic,
    corrected: m.corrected,
  };
}
