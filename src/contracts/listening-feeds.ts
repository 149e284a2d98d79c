// Feed sources of a listening project: RSS/Atom addresses polled on a schedule, and their status.
import { type Static, Type } from "@sinclair/typebox";
import { DateTime, Uuid } from "./common.ts";

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const FeedSourceParams = Type.Object({ workspaceId: Uuid, projectId: Uuid, sourceId: Uuid });

export const FeedSourceStatus = Type.Union([Type.Literal("active"), Type.Literal("paused")]);

/** A source and its last poll: success, error in plain words, next poll; `taken` counts the mentions it added. */
export const FeedSource = Type.Object({
  id: Uuid,
  url: Type.String(),
  title: Nullable(Type.String()),
  status: FeedSourceStatus,
  everyMinutes: Type.Integer(),
  lastPolledAt: Nullable(DateTime),
  lastSuccessAt: Nullable(DateTime),
  /** In plain English words; `lastErrorCode` and `lastErrorParams` are what the interface translates. */
  lastError: Nullable(Type.String()),
  lastErrorCode: Nullable(Type.String()),
  lastErrorParams: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()]),
  failures: Type.Integer({ minimum: 0 }),
  taken: Type.Integer({ minimum: 0 }),
  nextPollAt: DateTime,
  createdAt: DateTime,
});
export type FeedSourceData = Static<typeof FeedSource>;

export const FeedSourcesResponse = Type.Object({ sources: Type.Array(FeedSource) });
export const FeedSourceResponse = Type.Object({ source: FeedSource });

export const AddFeedSourceBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2000 }),
    /** Minutes between two polls (default 60). */
    everyMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 1440 })),
  },
  { additionalProperties: false },
);

export const ChangeFeedSourceBody = Type.Object(
  { status: FeedSourceStatus },
  { additionalProperties: false },
);
