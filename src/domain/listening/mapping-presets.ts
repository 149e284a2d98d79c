// Column mappings for the table shapes people already have, and the guess proposed for a new upload's columns.
import type { ColumnMapping } from "../../db/schema/listening.ts";

export const mentionFields = [
  "text",
  "id",
  "date",
  "author",
  "source",
  "channel",
  "url",
  "reach",
  "likes",
  "shares",
  "comments",
  "language",
] as const;
export type MentionField = (typeof mentionFields)[number];

/** Known shapes: a generic table, 4CAT/Zeeschuimer, Cocrea's ideas export, Decidim's comments and proposals. */
export const mappingPresets: Record<string, ColumnMapping> = {
  generic: {
    text: "text",
    id: "id",
    date: "date",
    author: "author",
    source: "source",
    channel: "channel",
    url: "url",
    reach: "reach",
    likes: "likes",
    shares: "shares",
    comments: "comments",
    language: "language",
  },
  "4cat": { text: "body", id: "id", date: "timestamp", author: "author" },
  "cocrea-ideas": {
    text: "body",
    id: "id",
    date: "created_at",
    author: "participant",
    likes: "supports",
    comments: "comments",
  },
  "decidim-comments": { text: "body/fr", id: "id", date: "created_at", author: "author/name", url: "url" },
  "decidim-proposals": {
    text: "body/fr",
    id: "id",
    date: "published_at",
    author: "author/name",
    url: "url",
    likes: "endorsements/total_count",
    comments: "comments",
  },
};

/** Other names a column of each field often has (lowercase), tried when no preset fits. */
const synonyms: Record<MentionField, readonly string[]> = {
  text: [
    "text",
    "body",
    "content",
    "message",
    "texte",
    "contenu",
    "title",
    "snippet",
    "full_text",
    "body/fr",
  ],
  id: ["id", "external_id", "post_id", "tweet_id", "guid", "identifiant"],
  date: ["date", "timestamp", "created_at", "published_at", "published", "datetime", "time"],
  author: ["author", "auteur", "user", "username", "screen_name", "author/name", "participant"],
  source: ["source", "site", "domain", "media", "média"],
  channel: ["channel", "canal", "network", "platform", "réseau", "reseau"],
  url: ["url", "link", "lien", "permalink"],
  reach: ["reach", "audience", "followers", "portée", "portee", "impressions"],
  likes: ["likes", "like_count", "favorites", "reactions", "supports"],
  shares: ["shares", "retweets", "share_count", "partages"],
  comments: ["comments", "replies", "comment_count", "commentaires"],
  language: ["language", "lang", "langue"],
};

/**
 * The mapping to propose: the project's remembered one when its columns are all there, else the preset matching most
 * columns (it must find the text), else column names matched by synonym.
 */
export function proposeMapping(
  columns: readonly string[],
  remembered: ColumnMapping | null,
): { preset: string | null; mapping: ColumnMapping } {
  const present = new Set(columns);
  const fits = (mapping: ColumnMapping) => Object.values(mapping).every((column) => present.has(column));
  if (remembered?.text && fits(remembered)) return { preset: "remembered", mapping: remembered };
  const lower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const mapping: ColumnMapping = {};
  for (const field of mentionFields) {
    const found = synonyms[field].map((name) => lower.get(name)).find((c) => c !== undefined);
    if (found !== undefined && !Object.values(mapping).includes(found)) mapping[field] = found;
  }
  for (const [name, preset] of Object.entries(mappingPresets)) {
    if (name !== "generic" && preset.text && present.has(preset.text) && fits(preset))
      return { preset: name, mapping: preset };
  }
  return { preset: null, mapping };
}
