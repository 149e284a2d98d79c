// A feed's items → mentions: the text of the title and body (markup dropped), the guid or link as the mention's id.
import type { RejectedRow } from "../../db/schema/listening.ts";
import { maxMentionLength, type ParsedMention } from "./mention-of-row.ts";
import { textHashOf } from "./mention-reading.ts";

/** A feed as the poller needs it (the reader of `io/import/feeds` gives more); dates are ISO 8601. */
export interface FeedReading {
  title: string | undefined;
  items: Array<{
    id: string | undefined;
    title: string | undefined;
    link: string | undefined;
    published: string | undefined;
    updated: string | undefined;
    author: string | undefined;
    content: string | undefined;
    summary: string | undefined;
    language: string | undefined;
  }>;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Tags inside a line of text: dropped without a space, unlike the tags that break lines or blocks. */
const inlineTags = /<\/?(a|abbr|b|bdi|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|time|u)\b[^>]*>/gi;

/** Markup → text: scripts and styles dropped, tags removed, common entities decoded, spaces collapsed. */
export function plainText(markup: string): string {
  return markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(inlineTags, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return entities[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** The host of a URL without "www.", as a mention's source; "" when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/**
 * Each item as a mention (numbered from 1 in the feed's order) or the reason it is refused. The id is the item's
 * guid, else its link, so that an item seen again at the next poll is known; the date is its publication, else its
 * update, else `now`.
 */
export function mentionsOfFeed(
  feed: FeedReading,
  feedUrl: string,
  now: Date,
): Array<{ mention: ParsedMention } | RejectedRow> {
  const source = hostOf(feedUrl);
  return feed.items.map((item, i) => {
    const line = i + 1;
    const title = plainText(item.title ?? "");
    const body = plainText(item.content ?? item.summary ?? "");
    const text = body.startsWith(title) ? body : [title, body].filter(Boolean).join(" — ");
    if (text === "") return { line, reason: "the item has neither title nor text", field: "text" };
    if (text.length > maxMentionLength)
      return { line, reason: `the text is longer than ${maxMentionLength} characters`, field: "text" };
    const date = item.published ?? item.updated;
    const publishedAt = date ? new Date(date) : now;
    if (Number.isNaN(publishedAt.getTime()))
      return { line, reason: `the date "${date}" is not understood`, field: "date" };
    const link = item.link?.trim() || null;
    return {
      mention: {
        line,
        externalId: item.id?.trim() || link,
        textHash: textHashOf(text),
        text,
        publishedAt,
        day: publishedAt.toISOString().slice(0, 10),
        author: item.author ? plainText(item.author) || null : null,
        source,
        channel: "feed",
        url: link && /^https?:\/\//i.test(link) ? link : null,
        reach: 0,
        likes: 0,
        shares: 0,
        comments: 0,
        language: item.language?.trim().toLowerCase().slice(0, 2) || "auto",
      },
    };
  });
}
