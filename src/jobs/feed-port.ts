// The poller's way out: fetches with the address policy of the configuration and reads RSS, RDF and Atom.
import type { FeedPort } from "../domain/listening/poll-feed-source.ts";
import { FeedProblem } from "../domain/listening/poll-feed-source.ts";
import { AppError } from "../errors.ts";
import { FeedFetchError, fetchFeed } from "../io/import/feeds/fetch-feed.ts";
import { readFeed } from "../io/import/feeds/read-feed.ts";

/** The feed port; `allowLoopback` comes from FEEDS_ALLOW_LOOPBACK. Readable failures become FeedProblems. */
export function feedPort(settings: { feedsAllowLoopback: boolean }): FeedPort {
  return {
    async fetch(url, validators, signal) {
      try {
        return await fetchFeed(url, { allowLoopback: settings.feedsAllowLoopback, ...validators, signal });
      } catch (error) {
        if (error instanceof FeedFetchError) throw new FeedProblem(error.code, error.message, error.params);
        throw error;
      }
    },
    read(body, name) {
      try {
        return readFeed(body, name);
      } catch (error) {
        if (error instanceof AppError) throw new FeedProblem("not-a-feed", error.message);
        throw new FeedProblem("not-a-feed", "the answer is not a feed that can be read");
      }
    },
  };
}
