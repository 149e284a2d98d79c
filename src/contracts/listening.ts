// Request and response schemas of the listening pillar: projects, imports, frame, audit, mentions, corrections, snapshots.
import { type Static, Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Day = Type.String({
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  description: "A calendar day, YYYY-MM-DD (UTC)",
});
export const PolaritySchema = Type.Union([
  Type.Literal("positive"),
  Type.Literal("neutral"),
  Type.Literal("negative"),
]);

export const ProjectParams = Type.Object({ workspaceId: Uuid, projectId: Uuid });
export const ImportParams = Type.Object({ workspaceId: Uuid, projectId: Uuid, importId: Uuid });
export const MentionParams = Type.Object({
  workspaceId: Uuid,
  projectId: Uuid,
  mentionId: Type.String({ pattern: "^[0-9]{1,18}$" }),
});
export const RuleParams = Type.Object({ workspaceId: Uuid, projectId: Uuid, ruleId: Uuid });
export const SnapshotParams = Type.Object({ workspaceId: Uuid, projectId: Uuid, snapshotId: Uuid });
export const ExportParams = Type.Object({
  workspaceId: Uuid,
  projectId: Uuid,
  file: Type.Union([Type.Literal("mentions.csv"), Type.Literal("mentions.json")]),
});

const FrameQuery = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    query: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export const Frame = Type.Object(
  {
    brand: FrameQuery,
    competitors: Type.Array(FrameQuery, { maxItems: 20 }),
    sources: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 200 }),
    periodStart: Type.Union([Day, Type.Null()]),
    periodEnd: Type.Union([Day, Type.Null()]),
    language: Type.Union([Type.Literal("auto"), Type.Literal("fr"), Type.Literal("en"), Type.Literal("de")]),
  },
  {
    additionalProperties: false,
    description: "The brand's query, the competitors' queries, sources, period, language",
  },
);

export const CreateProjectBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), frame: Type.Optional(Frame) },
  { additionalProperties: false },
);

const Mapping = Type.Record(Type.String(), Type.String({ maxLength: 300 }), {
  description:
    "Mention field (text, id, date, author, source, channel, url, reach, likes, shares, comments, language) → column",
});

export const Project = Type.Object({
  id: Uuid,
  name: Type.String(),
  frame: Type.Union([Frame, Type.Null()]),
  mapping: Type.Union([Mapping, Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
});
export const ImportSchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  fileName: Type.String(),
  status: Type.Union([
    Type.Literal("queued"),
    Type.Literal("running"),
    Type.Literal("done"),
    Type.Literal("failed"),
    Type.Literal("cancelled"),
  ]),
  done: Type.Integer(),
  total: Type.Integer(),
  taken: Type.Integer(),
  duplicates: Type.Array(Type.Object({ line: Type.Integer(), reason: Type.String() })),
  rejected: Type.Array(
    Type.Object({ line: Type.Integer(), reason: Type.String(), field: Type.Optional(Type.String()) }),
  ),
  error: Nullable(Type.String()),
  createdAt: Type.String({ format: "date-time" }),
  finishedAt: Nullable(Type.String({ format: "date-time" })),
});
export const SnapshotSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  frozenAt: Type.String({ format: "date-time" }),
});
export const Rule = Type.Object({
  id: Uuid,
  term: Type.String(),
  source: Nullable(Type.String()),
  polarity: Type.Union([PolaritySchema, Type.Null()]),
  relevant: Type.Union([Type.Boolean(), Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
});

export const ProjectResponse = Type.Object({ project: Project });
export const ProjectsResponse = Type.Object({ projects: Type.Array(Project) });
export const ProjectDetailResponse = Type.Object({
  project: Project,
  imports: Type.Array(ImportSchema),
  rules: Type.Array(Rule),
  snapshots: Type.Array(SnapshotSummary),
});
export const ImportResponse = Type.Object({ import: ImportSchema });

export const UploadQuery = Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 300 }) });
export const UploadResponse = Type.Object({
  uploadId: Uuid,
  fileName: Type.String(),
  format: Type.String(),
  columns: Type.Array(Type.String()),
  preview: Type.Array(
    Type.Object({ line: Type.Integer(), fields: Type.Record(Type.String(), Type.String()) }),
  ),
  mapping: Mapping,
  preset: Nullable(Type.String()),
  presets: Type.Record(Type.String(), Mapping),
});
export const StartImportBody = Type.Object(
  { uploadId: Uuid, mapping: Mapping },
  { additionalProperties: false },
);
export const PasteBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 5_000_000 }) },
  { additionalProperties: false },
);

export const FrameCountsResponse = Type.Object({
  queries: Type.Array(Type.Object({ name: Type.String(), mentions: Type.Integer() })),
  inScope: Type.Integer(),
  matched: Type.Integer(),
  several: Type.Integer(),
});

/** Filters of the verbatims behind a figure; the same names in the query string of the list, bulk corrections, the web. */
export const MentionFilterSchema = Type.Object(
  {
    brand: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    channel: Type.Optional(Type.String({ maxLength: 200 })),
    source: Type.Optional(Type.String({ maxLength: 200 })),
    polarity: Type.Optional(PolaritySchema),
    dimension: Type.Optional(Type.String({ maxLength: 100 })),
    emotion: Type.Optional(Type.String({ maxLength: 40 })),
    author: Type.Optional(Type.String({ maxLength: 300 })),
    topic: Type.Optional(Type.String({ maxLength: 300 })),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    all: Type.Optional(
      Type.Boolean({ description: "Also mentions matching no query or marked not relevant" }),
    ),
  },
  { additionalProperties: false },
);
export const MentionsQuery = Type.Composite(
  [MentionFilterSchema, Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })) })],
  { additionalProperties: false },
);
export const AuditQuery = Type.Object(
  { brand: Type.Optional(Type.String({ maxLength: 100 })), from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false },
);

export const MentionSchema = Type.Object({
  id: Type.String(),
  text: Type.String(),
  publishedAt: Type.String({ format: "date-time" }),
  author: Nullable(Type.String()),
  source: Type.String(),
  channel: Type.String(),
  url: Nullable(Type.String()),
  reach: Type.Number(),
  engagement: Type.Object({ likes: Type.Integer(), shares: Type.Integer(), comments: Type.Integer() }),
  language: Type.String(),
  machine: Type.Object({ polarity: PolaritySchema, score: Type.Number() }),
  polarity: PolaritySchema,
  emotions: Type.Record(Type.String(), Type.Number()),
  dimensions: Type.Array(Type.String()),
  relevant: Type.Boolean(),
  brands: Type.Array(Type.String()),
  topic: Nullable(Type.String()),
  corrected: Type.Boolean(),
});
export const MentionsResponse = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  mentions: Type.Array(MentionSchema),
});

export const CorrectionBody = Type.Object(
  {
    polarity: Type.Optional(PolaritySchema),
    emotions: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 8 })),
    dimension: Type.Optional(Type.String({ maxLength: 100 })),
    relevant: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const BulkCorrectionBody = Type.Object(
  { filter: MentionFilterSchema, correction: CorrectionBody },
  { additionalProperties: false },
);
export const CorrectedResponse = Type.Object({ corrected: Type.Integer() });
export const RuleBody = Type.Object(
  {
    term: Type.String({ minLength: 1, maxLength: 200 }),
    source: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    polarity: Type.Optional(Type.Union([PolaritySchema, Type.Null()])),
    relevant: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
  },
  { additionalProperties: false },
);
export const RuleResponse = Type.Object({ rule: Rule });
export const SnapshotBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const SnapshotsResponse = Type.Object({ snapshots: Type.Array(SnapshotSummary) });
export const CompareQuery = Type.Object({ before: Uuid, after: Uuid }, { additionalProperties: false });

/** The audit as computed (dashboard) or frozen (snapshot); its fields are those of `domain/listening/read-audit.ts`. */
export const AuditSchema = Type.Unknown({
  description:
    "Every figure of the audit: brands, volume, spikes, channels, authors, emotions, dimensions, key drivers, topics, agreement",
});
export const AuditResponse = Type.Object({ audit: AuditSchema });
export const SnapshotResponse = Type.Object({
  snapshot: Type.Composite([SnapshotSummary, Type.Object({ audit: AuditSchema })]),
});
export const ComparisonResponse = Type.Object({
  before: SnapshotSummary,
  after: SnapshotSummary,
  comparison: Type.Unknown({
    description: "Deltas of every indicator, topics appeared and vanished, panel change",
  }),
});

export type ProjectBody = Static<typeof Project>;
export type ImportBody = Static<typeof ImportSchema>;
export type MentionBody = Static<typeof MentionSchema>;
export type FrameBody = Static<typeof Frame>;

const Polarities = Type.Object({
  positive: Type.Integer(),
  neutral: Type.Integer(),
  negative: Type.Integer(),
});
/** Who speaks: the most active authors, and communities of authors who talk about the same topics. */
export const AuthorsResponse = Type.Object({
  authors: Type.Array(
    Type.Object({
      author: Type.String(),
      mentions: Type.Integer(),
      reach: Type.Number({ description: "The largest reach of the author's mentions" }),
      engagement: Type.Number(),
      polarity: Polarities,
      netSentiment: Type.Number(),
      channels: Type.Array(Type.Object({ channel: Type.String(), mentions: Type.Integer() })),
      topics: Type.Array(Type.Object({ label: Type.String(), mentions: Type.Integer() })),
    }),
  ),
  communities: Type.Array(
    Type.Object({
      id: Type.Integer(),
      topics: Type.Array(Type.Object({ label: Type.String(), share: Type.Number() })),
      authors: Type.Array(Type.String()),
      mentions: Type.Integer(),
      reach: Type.Number(),
    }),
  ),
});
export type AuthorsBody = Static<typeof AuthorsResponse>;

export const ReportQuery = Type.Object(
  {
    language: Type.Union([Type.Literal("fr"), Type.Literal("en")], { description: "The report's language" }),
    brand: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
  },
  { additionalProperties: false },
);
/** The report page: its HTML (every user text escaped, charts as SVG) and stylesheet, shown in a shadow root. */
export const ReportPageResponse = Type.Object({
  title: Type.String(),
  style: Type.String(),
  body: Type.String(),
  hasPrevious: Type.Boolean(),
});
