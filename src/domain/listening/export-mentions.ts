// The labelled mentions of a project as CSV or JSON, with corrections and rules applied; formulas neutralized.
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";

export const exportColumns = [
  "id",
  "published_at",
  "author",
  "source",
  "channel",
  "url",
  "reach",
  "likes",
  "shares",
  "comments",
  "language",
  "text",
  "brands",
  "relevant",
  "polarity",
  "machine_polarity",
  "machine_score",
  "dimensions",
  "topic",
  "corrected",
  "joy",
  "trust",
  "fear",
  "surprise",
  "sadness",
  "disgust",
  "anger",
  "anticipation",
] as const;

/** Most mentions one export holds. */
export const exportLimit = 1_000_000;

/** Every mention of the project (also those matching no query or not relevant), oldest last. */
export async function exportMentions(ctx: Context, actor: MemberActor, projectId: string) {
  const { project } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const { mentions } = await openListeningFiguresStore(ctx.db, actor.workspaceId).mentions(
    projectId,
    { all: true },
    1,
    exportLimit,
  );
  const rows = mentions.map((m) => ({
    id: m.id,
    published_at: new Date(m.published_at).toISOString(),
    author: m.author,
    source: m.source,
    channel: m.channel,
    url: m.url,
    reach: m.reach,
    likes: m.likes,
    shares: m.shares,
    comments: m.comments,
    language: m.language,
    text: m.text,
    brands: m.brands.join("|"),
    relevant: m.relevant,
    polarity: m.polarity,
    machine_polarity: m.machine_polarity,
    machine_score: m.machine_score,
    dimensions: m.dimensions.join("|"),
    topic: m.topic,
    corrected: m.corrected,
    ...Object.fromEntries(
      ["joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation"].map((e) => [
        e,
        m.emotions[e] ?? 0,
      ]),
    ),
  }));
  return { project: { id: project.id, name: project.name }, columns: exportColumns, rows };
}
