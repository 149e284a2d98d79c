// Judges one alert rule on its project's mentions: what it would say now, and under which key it fires once.

import { negativeSurge, newTopics, recentSpike, shiftDay } from "../../analysis/listening/alert-signals.ts";
import { matchQuery } from "../../analysis/listening/query.ts";
import type { Db } from "../../db/open-database.ts";
import type { ListeningAlertDetails } from "../../db/schema/notification-details.ts";
import { openAlertSignalStore } from "../../db/stores/listening-alert-signal-store.ts";
import type { AlertRuleRow } from "../../db/stores/listening-alert-store.ts";
import { alertDefaults } from "./alert-rule-input.ts";
import { parseFrameQuery } from "./mention-reading.ts";

/** An alert the rule would fire, and its key: a spike's first day, a window's end, a topic, an import. */
export interface AlertCandidate {
  key: string;
  details: ListeningAlertDetails;
}

/** Days of volume read before the last one to judge a spike (its reference windows included). */
const spikeLookbackDays = 60;
/** New mentions a query rule reads at most after one import, newest first. */
export const queryMentionsRead = 20_000;
/** Characters of a matching mention quoted in the alert. */
const excerptLength = 200;

/**
 * The alerts the rule would fire on the mentions as they are, most telling first (several only for new topics);
 * `lastImportAt` is the end of the newest import, up to which a query rule reads the mentions imported since it
 * last looked.
 */
export async function judgeAlertRule(
  db: Db,
  rule: AlertRuleRow,
  lastImportAt: Date,
): Promise<AlertCandidate[]> {
  const signals = openAlertSignalStore(db, rule.workspaceId);
  const { settings } = rule;
  const base = { type: "listening-alert" as const, ruleId: rule.id, ruleName: rule.name, alert: rule.kind };
  switch (rule.kind) {
    case "volume-spike": {
      const lastDay = await signals.lastDay(rule.projectId, settings.brand);
      if (!lastDay) return [];
      const rows = await signals.days(
        rule.projectId,
        shiftDay(lastDay, -spikeLookbackDays),
        lastDay,
        settings.brand,
      );
      const spike = recentSpike(rows, lastDay, { lookbackDays: spikeLookbackDays });
      if (!spike) return [];
      return [
        {
          key: `spike:${spike.start}`,
          details: {
            ...base,
            from: spike.start,
            to: spike.end,
            mentions: spike.mentions,
            baseline: spike.baseline,
          },
        },
      ];
    }
    case "negative-surge": {
      const lastDay = await signals.lastDay(rule.projectId, settings.brand);
      if (!lastDay) return [];
      const windowDays = settings.windowDays ?? alertDefaults.windowDays;
      const rows = await signals.days(
        rule.projectId,
        shiftDay(lastDay, -2 * windowDays + 1),
        lastDay,
        settings.brand,
      );
      const surge = negativeSurge(rows, lastDay, {
        windowDays,
        drop: settings.drop ?? alertDefaults.drop,
        minimum: settings.minimumMentions ?? alertDefaults.surgeMinimum,
      });
      if (!surge) return [];
      return [{ key: `surge:${surge.to}`, details: { ...base, ...surge } }];
    }
    case "new-topic": {
      const lastDay = await signals.lastDay(rule.projectId);
      if (!lastDay) return [];
      const topics = newTopics(await signals.topicSpans(rule.projectId), lastDay, {
        windowDays: settings.windowDays ?? alertDefaults.windowDays,
        minimum: settings.minimumMentions ?? alertDefaults.topicMinimum,
      });
      return topics.map((t) => ({
        key: `topic:${t.topic}`,
        details: {
          ...base,
          from: t.firstDay,
          to: shiftDay(lastDay, 1),
          mentions: t.mentions,
          topic: t.topic,
        },
      }));
    }
    case "query-match": {
      const source = settings.query ?? "";
      const query = parseFrameQuery(source, "settings/query");
      const since = rule.checkedAt ?? rule.createdAt;
      const read = await signals.importedMentions(rule.projectId, since, lastImportAt, queryMentionsRead);
      const matching = read.filter((m) => matchQuery(query, m.text, m.language));
      const first = matching[0];
      if (!first) return [];
      const days = matching.map((m) => m.day).sort();
      const excerpt =
        first.text.length > excerptLength ? `${first.text.slice(0, excerptLength - 1)}…` : first.text;
      return [
        {
          key: `import:${lastImportAt.toISOString()}`,
          details: {
            ...base,
            from: days[0] ?? first.day,
            to: shiftDay(days.at(-1) ?? first.day, 1),
            mentions: matching.length,
            query: source,
            excerpt,
          },
        },
      ];
    }
  }
}
