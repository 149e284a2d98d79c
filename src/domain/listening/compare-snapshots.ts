// Compares two frozen audits side by side: the delta of every indicator, topics that appeared and vanished.
import type { Context, MemberActor } from "../context.ts";
import { round } from "./audit-figures.ts";
import type { Audit } from "./read-audit.ts";
import { readSnapshot } from "./read-snapshots.ts";

const delta = (a: number | undefined, b: number | undefined) => round((b ?? 0) - (a ?? 0));

/** Compares audit `a` (before) with `b` (after). A changed panel is a series break, said as `panelChanged`. */
export function compareAudits(a: Audit, b: Audit) {
  const names = [...new Set([...a.panel, ...b.panel])];
  const brand = (audit: Audit, name: string) => audit.brands.find((x) => x.name === name);
  const topicsA = new Set(a.topics.map((t) => t.label));
  const topicsB = new Set(b.topics.map((t) => t.label));
  return {
    panelChanged: a.panel.join("\u0000") !== b.panel.join("\u0000"),
    versionsChanged: a.versions.engine !== b.versions.engine || a.versions.lexicon !== b.versions.lexicon,
    mentions: { before: a.mentions, after: b.mentions, delta: b.mentions - a.mentions },
    netSentiment: {
      before: a.netSentiment,
      after: b.netSentiment,
      delta: delta(a.netSentiment, b.netSentiment),
    },
    brands: names.map((name) => {
      const x = brand(a, name);
      const y = brand(b, name);
      return {
        name,
        mentions: {
          before: x?.mentions ?? 0,
          after: y?.mentions ?? 0,
          delta: (y?.mentions ?? 0) - (x?.mentions ?? 0),
        },
        shareOfVoice: {
          before: x?.shareOfVoice ?? 0,
          after: y?.shareOfVoice ?? 0,
          delta: delta(x?.shareOfVoice, y?.shareOfVoice),
        },
        shareOfReach: {
          before: x?.shareOfReach ?? 0,
          after: y?.shareOfReach ?? 0,
          delta: delta(x?.shareOfReach, y?.shareOfReach),
        },
        shareOfEngagement: {
          before: x?.shareOfEngagement ?? 0,
          after: y?.shareOfEngagement ?? 0,
          delta: delta(x?.shareOfEngagement, y?.shareOfEngagement),
        },
        shareOfPositive: {
          before: x?.shareOfPositive ?? 0,
          after: y?.shareOfPositive ?? 0,
          delta: delta(x?.shareOfPositive, y?.shareOfPositive),
        },
        netSentiment: {
          before: x?.netSentiment ?? 0,
          after: y?.netSentiment ?? 0,
          delta: delta(x?.netSentiment, y?.netSentiment),
        },
      };
    }),
    dimensions: b.dimensions.map((d) => {
      const before = a.dimensions.find((x) => x.name === d.name);
      return {
        name: d.name,
        share: { before: before?.share ?? 0, after: d.share, delta: delta(before?.share, d.share) },
        netSentiment: {
          before: before?.netSentiment ?? 0,
          after: d.netSentiment,
          delta: delta(before?.netSentiment, d.netSentiment),
        },
      };
    }),
    topicsAppeared: b.topics
      .filter((t) => !topicsA.has(t.label))
      .map((t) => ({ label: t.label, mentions: t.mentions })),
    topicsVanished: a.topics
      .filter((t) => !topicsB.has(t.label))
      .map((t) => ({ label: t.label, mentions: t.mentions })),
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
    comparison: compareAudits(before.content as unknown as Audit, after.content as unknown as Audit),
  };
}
