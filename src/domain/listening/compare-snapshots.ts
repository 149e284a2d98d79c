// Compares two frozen audits side by side with the engine's comparison: every indicator's delta, topics that
// appeared and vanished, dimensions and share of voice that moved.
import { type ComparableAudit, compareAudits, type Delta } from "../../analysis/listening/compare-audits.ts";
import type { Context, MemberActor } from "../context.ts";
import { round } from "./audit-figures.ts";
import type { Audit } from "./read-audit.ts";
import { readSnapshot } from "./read-snapshots.ts";

/** A frozen audit as the engine's comparison reads it (snapshots frozen before topics had keywords included). */
export function comparableOf(audit: Audit): ComparableAudit {
  return {
    brands: audit.brands.map((b) => ({
      name: b.name,
      mentions: b.mentions,
      reach: b.reach,
      engagement: b.engagement,
      polarity: b.polarity,
      netSentiment: b.netSentiment,
      shareOfVoice: b.shareOfVoice,
      reachShare: b.shareOfReach,
      engagementShare: b.shareOfEngagement,
      positiveShare: b.shareOfPositive,
    })),
    // Topics are paired by keywords; a topic without them (the demo's, older snapshots') by its label's words.
    topics: audit.topics.map((t) => ({
      id: t.label,
      label: t.label,
      keywords: t.keywords?.length ? t.keywords : t.label.split(/\s+/),
      size: t.mentions,
      netSentiment: t.netSentiment,
    })),
    dimensions: audit.dimensions,
    spikes: audit.spikes,
    stats: { documents: audit.mentions },
  };
}

const sameAs = (value: Delta) => ({
  before: value.before ?? 0,
  after: value.after ?? 0,
  delta: value.delta ?? 0,
});

/** Compares audit `a` (before) with `b` (after). A changed panel is a series break, said as `panelChanged`. */
export function compareSnapshotAudits(a: Audit, b: Audit) {
  const engine = compareAudits(comparableOf(a), comparableOf(b), 0.2, "documents");
  return {
    panelChanged: a.panel.join("\u0000") !== b.panel.join("\u0000"),
    versionsChanged: a.versions.engine !== b.versions.engine || a.versions.lexicon !== b.versions.lexicon,
    mentions: sameAs(engine.documents),
    netSentiment: {
      before: a.netSentiment,
      after: b.netSentiment,
      delta: round(b.netSentiment - a.netSentiment),
    },
    brands: engine.brands.map((x) => ({
      name: x.name,
      presence: x.presence,
      mentions: sameAs(x.mentions),
      shareOfVoice: sameAs(x.shareOfVoice),
      shareOfReach: sameAs(x.reachShare),
      shareOfEngagement: sameAs(x.engagementShare),
      shareOfPositive: sameAs(x.positiveShare),
      netSentiment: sameAs(x.netSentiment),
    })),
    dimensions: engine.dimensions.map((d) => ({
      name: d.name,
      share: sameAs(d.share),
      netSentiment: sameAs(d.netSentiment),
    })),
    spikes: sameAs(engine.spikes),
    topicsMatched: engine.topics.matched.map((m) => ({
      before: m.before,
      after: m.after,
      mentions: sameAs(m.size),
      netSentiment: sameAs(m.netSentiment),
    })),
    topicsAppeared: engine.topics.appeared.map((t) => ({ label: t.label, mentions: t.size })),
    topicsVanished: engine.topics.vanished.map((t) => ({ label: t.label, mentions: t.size })),
  };
}

/** Compares two snapshots of the project, `before` then `after`. */
export async function compareSnapshots(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  beforeId: string,
  afterId: string,
) {
  const before = await readSnapshot(ctx, actor, projectId, beforeId);
  const after = await readSnapshot(ctx, actor, projectId, afterId);
  return {
    before: { id: before.id, name: before.name, frozenAt: before.frozenAt },
    after: { id: after.id, name: after.name, frozenAt: after.frozenAt },
    comparison: compareSnapshotAudits(before.content as unknown as Audit, after.content as unknown as Audit),
  };
}
