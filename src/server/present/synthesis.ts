// A challenge's synthesis → API JSON.
import type { IdeaGroupBody, SynthesisViewBody } from "../../contracts/synthesis.ts";
import type { GroupReading, PlacedIdea, SynthesisReading } from "../../domain/synthesis/read-synthesis.ts";

const idea = (row: PlacedIdea) => ({
  id: row.id,
  title: row.title,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
  placedByManager: row.placedByManager,
});

const group = ({
  group: row,
  ideas,
  pinnedIdeaIds,
  quoteIdeaIds,
  dominantEmotions,
}: GroupReading): IdeaGroupBody => ({
  id: row.id,
  origin: row.origin,
  label: row.label,
  name: row.name,
  size: ideas.length,
  keywords: row.keywords,
  pinnedIdeaIds,
  quoteIdeaIds,
  emotions: row.emotions,
  dominantEmotions,
  trend: row.trend,
  heard: row.heard,
  willDo: row.willDo,
  ideas: ideas.map(idea),
});

export function presentSynthesis(reading: SynthesisReading): SynthesisViewBody {
  return {
    challengeId: reading.challengeId,
    status: reading.run?.status ?? "never",
    computedAt: reading.run?.computedAt.toISOString() ?? null,
    minimumIdeas: reading.minimumIdeas,
    pending: reading.pending,
    groups: reading.groups.map(group),
    ungrouped: reading.ungrouped.map(idea),
  };
}
