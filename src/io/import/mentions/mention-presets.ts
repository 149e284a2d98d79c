// Column-mapping presets for the exports people already have: generic tables, 4CAT, Cocrea, Decidim.
import type { MentionField, MentionMapping } from "./mention.ts";

/**
 * A preset: for each field, the column names to look for, first found wins (case-insensitive; `*` stands for a
 * locale, as in Decidim's "body/fr"). `text` lists parts joined in order (a title, then a body).
 */
export interface MentionPreset {
  name: string;
  label: string;
  text: string[][];
  fields: Partial<Record<Exclude<MentionField, "text">, string[]>>;
  /** Columns that must all exist for the preset to be suggested for a file. */
  signature: string[];
  sourceName?: string;
}

export const mentionPresets: readonly MentionPreset[] = [
  {
    // 4CAT's "custom" upload schema and the CSV it exports for Zeeschuimer captures.
    name: "4cat",
    label: "4CAT / Zeeschuimer (id, thread_id, author, body, timestamp)",
    text: [["body"]],
    fields: {
      id: ["id"],
      date: ["timestamp", "unix_timestamp"],
      author: ["author", "author_fullname"],
      url: ["url", "link"],
      likes: ["likes", "num_likes"],
      shares: ["shares", "reposts", "num_shares"],
      comments: ["comments", "num_comments", "replies"],
      source: ["platform", "source"],
      language: ["language", "lang"],
    },
    signature: ["id", "thread_id", "author", "body", "timestamp"],
    sourceName: "4CAT",
  },
  {
    // Decidim's open-data comments export (Decidim::Comments::CommentSerializer; CSV separated by ";").
    name: "decidim-comments",
    label: "Decidim open data: comments",
    text: [["body", "body/*"]],
    fields: {
      id: ["id"],
      date: ["created_at"],
      author: ["author/name", "author_name"],
      url: ["root_commentable_url"],
      language: ["locale"],
    },
    signature: ["id", "created_at", "body*", "commentable_type", "root_commentable_url"],
    sourceName: "Decidim",
  },
  {
    // Decidim's open-data proposals export (Decidim::Proposals::ProposalSerializer).
    name: "decidim-proposals",
    label: "Decidim open data: proposals",
    text: [
      ["title", "title/*"],
      ["body", "body/*"],
    ],
    fields: {
      id: ["id"],
      date: ["published_at", "created_at"],
      author: ["author/name", "author_name"],
      url: ["url"],
      likes: ["supports", "votes", "endorsements/total_count", "endorsements_count"],
      comments: ["comments", "comments_count"],
    },
    signature: ["id", "title*", "body*", "published_at", "reference"],
    sourceName: "Decidim",
  },
  {
    // Cocrea's own open data: a challenge's ideas (src/domain/debrief/export-open-data.ts).
    name: "cocrea-ideas",
    label: "Cocrea open data: ideas",
    text: [["title"], ["body"]],
    fields: {
      id: ["id"],
      date: ["created_at"],
      author: ["participant"],
      likes: ["supports"],
      comments: ["comments"],
    },
    signature: ["id", "created_at", "participant", "title", "body", "supports"],
    sourceName: "Cocrea",
  },
  {
    // Cocrea's own open data: a challenge's comments.
    name: "cocrea-comments",
    label: "Cocrea open data: comments",
    text: [["body"]],
    fields: { id: ["id"], date: ["created_at"], author: ["participant"] },
    signature: ["id", "idea_id", "created_at", "participant", "body"],
    sourceName: "Cocrea",
  },
  {
    name: "generic",
    label: "Table (text, date, author, source, url, reach, likes, shares, comments, language)",
    text: [["text", "message", "content", "body", "texte", "contenu", "full_text", "description", "title"]],
    fields: {
      id: ["id", "mention_id", "post_id", "tweet_id", "identifiant"],
      date: ["date", "created_at", "published", "published_at", "timestamp", "datetime", "pubdate"],
      author: ["author", "auteur", "user", "username", "screen_name", "author_name", "name", "nom"],
      source: ["source", "channel", "canal", "platform", "plateforme", "network", "réseau", "media", "média"],
      url: ["url", "link", "lien", "permalink"],
      reach: ["reach", "portée", "audience", "followers", "abonnés", "impressions"],
      likes: ["likes", "like_count", "favorites", "favorite_count", "reactions", "j'aime"],
      shares: ["shares", "partages", "retweets", "retweet_count", "share_count", "reposts"],
      comments: ["comments", "commentaires", "replies", "reply_count", "comment_count"],
      engagement: ["engagement", "interactions"],
      language: ["language", "lang", "langue"],
    },
    signature: [],
  },
];

function finder(
  columns: readonly string[],
  locale: string | undefined,
): (pattern: string) => string | undefined {
  const lower = columns.map((column) => column.trim().toLowerCase());
  return (pattern) => {
    const wanted = pattern.toLowerCase();
    if (!wanted.includes("*")) {
      const at = lower.indexOf(wanted);
      return at < 0 ? undefined : columns[at];
    }
    const [before, after] = wanted.split("*") as [string, string];
    const candidates = lower
      .map((column, index) => ({ column, index }))
      .filter(
        ({ column }) => column.startsWith(before) && column.endsWith(after) && column.length > before.length,
      );
    const preferred = candidates.find(
      ({ column }) => locale !== undefined && column === `${before}${locale}${after}`,
    );
    const hit = preferred ?? candidates[0];
    return hit ? columns[hit.index] : undefined;
  };
}

/**
 * The mapping a preset gives for a file's columns, or undefined when no text column is found. With several
 * locale columns ("body/fr", "body/en"), `locale` picks one, else the first.
 */
export function resolvePreset(
  preset: MentionPreset,
  columns: readonly string[],
  locale?: string,
): MentionMapping | undefined {
  const find = finder(columns, locale);
  const text: string[] = [];
  for (const alternatives of preset.text) {
    for (const pattern of alternatives) {
      const column = find(pattern);
      if (column !== undefined) {
        text.push(column);
        break;
      }
    }
  }
  if (text.length === 0) return undefined;
  const mapping: MentionMapping = { text: text.length === 1 ? (text[0] as string) : text };
  for (const [field, patterns] of Object.entries(preset.fields) as Array<[keyof MentionMapping, string[]]>) {
    for (const pattern of patterns) {
      const column = find(pattern);
      if (column !== undefined) {
        (mapping as unknown as Record<string, string>)[field] = column;
        break;
      }
    }
  }
  if (preset.sourceName !== undefined && mapping.source === undefined) mapping.sourceName = preset.sourceName;
  return mapping;
}

/** The most specific preset whose signature columns a file has (the generic table when no other fits). */
export function suggestPreset(columns: readonly string[]): MentionPreset | undefined {
  const find = finder(columns, undefined);
  for (const preset of mentionPresets) {
    const fits = preset.signature.every(
      (pattern) =>
        find(pattern.endsWith("*") ? `${pattern.slice(0, -1)}/*` : pattern) ?? find(pattern.replace("*", "")),
    );
    if (fits && resolvePreset(preset, columns) !== undefined) return preset;
  }
  return undefined;
}

/** A preset by name. */
export function presetNamed(name: string): MentionPreset | undefined {
  return mentionPresets.find((preset) => preset.name === name);
}
