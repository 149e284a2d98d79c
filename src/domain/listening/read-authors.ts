// Who speaks: a project's authors by volume and reach, with their channels, tone and topics, and their communities.
import { authorCommunities } from "../../analysis/listening/author-communities.ts";
import { netSentiment } from "../../analysis/listening/net-sentiment.ts";
import type { Db } from "../../db/open-database.ts";
import { anyBrand, openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import type { ListeningProjectRow } from "../../db/stores/listening-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { round } from "./audit-figures.ts";
import { projectOf } from "./listening-project.ts";
import type { AuditScope } from "./read-audit.ts";

/** Authors listed; communities are found among them. */
const authorsListed = 200;
/** Topics and channels shown per author. */
const perAuthor = 3;

/**
 * The `authorsListed` most active authors of the scope (relevant mentions matching the frame): mentions, largest
 * reach, engagement, polarity and net sentiment, their channels and topics; and the communities of authors who
 * talk about the same topics (`authorCommunities`).
 */
export async function computeAuthors(
  db: Db,
  workspaceId: string,
  project: ListeningProjectRow,
  scope: AuditScope = {},
) {
  const figures = openListeningFiguresStore(db, workspaceId);
  const filter = {
    brand: scope.brand === anyBrand ? undefined : scope.brand,
    from: scope.from,
    to: scope.to,
  };
  const totals = await figures.authorTotals(project.id, filter, authorsListed);
  const names = totals.map((a) => a.author);
  const grouped = async (by: "channel" | "topic") => {
    const map = new Map<string, Array<{ key: string; mentions: number }>>();
    if (names.length === 0) return map;
    for (const row of await figures.authorBreakdown(project.id, filter, names, by)) {
      const list = map.get(row.author) ?? [];
      list.push({ key: row.key, mentions: row.mentions });
      map.set(row.author, list);
    }
    return map;
  };
  const channels = await grouped("channel");
  const topics = await grouped("topic");
  const authors = totals.map((a) => ({
    author: a.author,
    mentions: a.mentions,
    reach: a.reach,
    engagement: a.engagement,
    polarity: { positive: a.positive, neutral: a.mentions - a.positive - a.negative, negative: a.negative },
    netSentiment: round(netSentiment(a.positive, a.negative) ?? 0),
    channels: (channels.get(a.author) ?? [])
      .slice(0, perAuthor)
      .map((c) => ({ channel: c.key, mentions: c.mentions })),
    topics: (topics.get(a.author) ?? [])
      .slice(0, perAuthor)
      .map((t) => ({ label: t.key, mentions: t.mentions })),
  }));
  const communities = authorCommunities(
    totals.map((a) => ({
      author: a.author,
      mentions: a.mentions,
      reach: a.reach,
      topics: Object.fromEntries((topics.get(a.author) ?? []).map((t) => [t.key, t.mentions])),
    })),
  ).map((c, i) => ({
    id: i + 1,
    ...c,
    topics: c.topics.slice(0, perAuthor).map((t) => ({ label: t.label, share: round(t.share) })),
  }));
  return { authors, communities };
}

export type AuthorsView = Awaited<ReturnType<typeof computeAuthors>>;

/** Who speaks about the project, for one of its readers. */
export async function readAuthors(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  scope: AuditScope = {},
) {
  const { project } = await projectOf(ctx.db, actor.workspaceId, projectId);
  return computeAuthors(ctx.db, actor.workspaceId, project, scope);
}
