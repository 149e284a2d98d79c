// The demo's listening project: the demo city against three neighbours, 18 months of mentions, two snapshots.
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import { type NewMention, openListeningStore } from "../../db/stores/listening-store.ts";
import type { Context } from "../context.ts";
import { compileFrame, readMention, textHashOf } from "../listening/mention-reading.ts";
import { computeAudit } from "../listening/read-audit.ts";
import { demoMentions, demoPanel } from "./demo-mentions.ts";

const day = 86_400_000;

/** Creates the project in one transaction; the period ends yesterday, so the demo always looks current. */
export async function createDemoListening(
  ctx: Pick<Context, "db" | "now">,
  workspaceId: string,
  ownerId: string,
): Promise<void> {
  const end = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate()) - day);
  const start = new Date(end.getTime() - 547 * day);
  const frame = { ...demoPanel, sources: [], periodStart: null, periodEnd: null, language: "auto" as const };
  const matcher = compileFrame(frame);
  // The corpus repeats a few dozen sentences: read each once (the trailing number changes no reading).
  const readings = new Map<string, ReturnType<typeof readMention>>();
  const rows: NewMention[] = demoMentions(start).map((m, i) => {
    const sentence = m.text.replace(/ \(\d+\)$/, "");
    const reading = readings.get(sentence) ?? readMention(sentence, "fr");
    readings.set(sentence, reading);
    return {
      line: i + 2,
      externalId: m.id,
      textHash: textHashOf(m.text),
      text: m.text,
      publishedAt: m.publishedAt,
      day: m.publishedAt.toISOString().slice(0, 10),
      author: m.author,
      source: m.source,
      channel: m.channel,
      url: null,
      reach: m.reach,
      likes: m.likes,
      shares: m.shares,
      comments: m.comments,
      language: reading.language,
      machinePolarity: reading.polarity,
      machineScore: reading.score,
      machineEmotions: reading.emotions,
      machineDimensions: reading.dimensions,
      topic: m.topic,
      polarity: reading.polarity,
      emotions: reading.emotions,
      dimensions: reading.dimensions,
      brands: matcher.brandsOf(m.text),
    };
  });
  await ctx.db.transaction(async (tx) => {
    const store = openListeningStore(tx, workspaceId);
    const project = await store.createProject({
      name: "Image de la ville 2025–2026",
      frame,
      createdBy: ownerId,
    });
    await store.insertMentions(project.id, rows);
    await store.addRule({
      projectId: project.id,
      term: "marché de Noël",
      polarity: "neutral",
      source: null,
      relevant: null,
      createdBy: ownerId,
    });
    await store.applyReadings(project.id);
    await openListeningFiguresStore(tx, workspaceId).refreshRollups(project.id);
    // Two audits twelve months apart, each over the six months before it was frozen.
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    for (const [name, at] of [
      ["Audit initial", start.getTime() + 182 * day],
      ["Audit à douze mois", start.getTime() + 547 * day],
    ] as const) {
      const audit = await computeAudit(tx, workspaceId, project, { from: iso(at - 182 * day), to: iso(at) });
      await store.addSnapshot({
        projectId: project.id,
        name,
        content: audit,
        frozenBy: ownerId,
        frozenAt: new Date(at),
      });
    }
  });
}
