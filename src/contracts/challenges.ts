// Request, response and event schemas of challenges, ideas, comments, reactions, supports and the leaderboard.
import { Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

const DateTime = Type.String({ format: "date-time" });
const Url = Type.String({ maxLength: 2000, description: "An http or https address" });
const NullableUrl = Type.Union([Url, Type.Null()]);
const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

export const PhaseSchema = Type.Union(
  [
    Type.Literal("upcoming"),
    Type.Literal("announcement"),
    Type.Literal("contributions"),
    Type.Literal("voting"),
    Type.Literal("synthesis"),
    Type.Literal("debrief"),
  ],
  { description: "The phase at the time of the request, computed from the timeline" },
);
export const TimelineFieldSchema = Type.Union([
  Type.Literal("announcementAt"),
  Type.Literal("contributionsOpenAt"),
  Type.Literal("contributionsCloseAt"),
  Type.Literal("votingCloseAt"),
  Type.Literal("synthesisCloseAt"),
]);
export const EmotionSchema = Type.Union(
  [
    Type.Literal("love"),
    Type.Literal("inspired"),
    Type.Literal("surprised"),
    Type.Literal("worried"),
    Type.Literal("angry"),
  ],
  { description: "An emotion an idea stirs" },
);
export const OutcomeSchema = Type.Union(
  [Type.Literal("retained"), Type.Literal("studied"), Type.Literal("not-retained")],
  { description: "What became of an idea: retained for action, under study, or not retained" },
);
const AudienceSchema = Type.Union([Type.Literal("members"), Type.Literal("public")], {
  description: "members: the workspace's members; public: anyone with the link",
});
const StatusSchema = Type.Union([Type.Literal("draft"), Type.Literal("published")], {
  description: "A draft is seen by managers only",
});

const timelineProperties = {
  announcementAt: DateTime,
  contributionsOpenAt: DateTime,
  contributionsCloseAt: DateTime,
  votingCloseAt: DateTime,
  synthesisCloseAt: DateTime,
};
const ProjectManagerBody = Type.Object(
  {
    name: Text(120),
    text: Type.Optional(Text(5000, 0)),
    mediaUrl: Type.Optional(NullableUrl),
  },
  { additionalProperties: false, description: "Who carries the project, presented before it starts" },
);

const briefProperties = {
  title: Text(200),
  question: Text(2000),
  benefit: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: "What participants gain, said plainly",
  }),
  rules: Type.Optional(Text(10_000, 0)),
  coverImageUrl: Type.Optional(NullableUrl),
  audience: Type.Optional(AudienceSchema),
  allowAnonymous: Type.Optional(Type.Boolean()),
  categories: Type.Optional(Type.Array(Text(80), { maxItems: 30 })),
  projectManager: ProjectManagerBody,
  participationGoal: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1, maximum: 10_000_000 }), Type.Null()]),
  ),
  leaderboard: Type.Optional(Type.Boolean()),
  contestPrize: Type.Optional(
    Type.Union([Text(2000, 0), Type.Null()], {
      description: "Makes the challenge a contest: what the winners receive; null for plain ideation",
    }),
  ),
  conversation: Type.Optional(
    Type.Boolean({
      description: "The challenge holds a conversation of statements voted agree / disagree / pass",
    }),
  ),
  statementModeration: Type.Optional(
    Type.Boolean({ description: "Participants' statements wait for a moderator before they are shown" }),
  ),
  status: Type.Optional(StatusSchema),
};

export const CreateChallengeBody = Type.Object(
  {
    ...briefProperties,
    timeline: Type.Object(timelineProperties, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export const UpdateChallengeBody = Type.Object(
  {
    ...Type.Partial(Type.Object(briefProperties)).properties,
    timeline: Type.Optional(Type.Partial(Type.Object(timelineProperties, { additionalProperties: false }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const ExtendDeadlineBody = Type.Object(
  {
    deadline: Type.Union([
      Type.Literal("contributionsCloseAt"),
      Type.Literal("votingCloseAt"),
      Type.Literal("synthesisCloseAt"),
    ]),
    until: DateTime,
  },
  { additionalProperties: false },
);

export const ChallengeParams = Type.Object({ workspaceId: Uuid, challengeId: Uuid });
export const IdeaParams = Type.Object({ workspaceId: Uuid, ideaId: Uuid });
export const IdeaListQuery = Type.Object(
  {
    unanswered: Type.Optional(
      Type.Union([Type.Literal("true"), Type.Literal("false")], {
        description: "true: only ideas without an official answer, oldest first",
      }),
    ),
    category: Type.Optional(Text(80)),
  },
  { additionalProperties: false },
);

export const Challenge = Type.Object({
  id: Uuid,
  title: Type.String(),
  question: Type.String(),
  benefit: Type.String(),
  rules: Type.String(),
  coverImageUrl: Type.Union([Type.String(), Type.Null()]),
  audience: AudienceSchema,
  allowAnonymous: Type.Boolean(),
  categories: Type.Array(Type.String()),
  projectManager: Type.Object({
    name: Type.String(),
    text: Type.String(),
    mediaUrl: Type.Union([Type.String(), Type.Null()]),
  }),
  participationGoal: Type.Union([Type.Integer(), Type.Null()]),
  leaderboard: Type.Boolean(),
  contest: Type.Union([Type.Object({ prize: Type.String() }), Type.Null()], {
    description: "A contest's prize; null for plain ideation",
  }),
  conversation: Type.Boolean(),
  statementModeration: Type.Boolean(),
  status: StatusSchema,
  timeline: Type.Object(timelineProperties),
  phase: PhaseSchema,
  nextDeadline: Type.Union([Type.Object({ field: TimelineFieldSchema, at: DateTime }), Type.Null()], {
    description: "The end of the current phase, for a countdown",
  }),
  ideaCount: Type.Integer(),
  participantCount: Type.Integer({ description: "People who posted, commented, supported or reacted" }),
  medianFirstAnswerSeconds: Type.Union([Type.Number(), Type.Null()], {
    description: "Median time from an idea to its first official answer; null while none is answered",
  }),
  outcomeCounts: Type.Object({
    retained: Type.Integer(),
    studied: Type.Integer(),
    notRetained: Type.Integer(),
  }),
  debrief: Type.Union(
    [
      Type.Object({
        text: Type.String(),
        mediaUrl: Type.Union([Type.String(), Type.Null()]),
        publishedAt: Type.Union([DateTime, Type.Null()], {
          description: "null: a draft, seen by managers only",
        }),
      }),
      Type.Null(),
    ],
    { description: "The project manager's report to participants" },
  ),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export const ChallengeResponse = Type.Object({ challenge: Challenge });
export const ChallengeList = Type.Object({ challenges: Type.Array(Challenge) });

const AuthorSchema = Type.Object({ id: Uuid, name: Type.String(), anonymous: Type.Boolean() });
export const ReactionCounts = Type.Object({
  love: Type.Integer(),
  inspired: Type.Integer(),
  surprised: Type.Integer(),
  worried: Type.Integer(),
  angry: Type.Integer(),
});

export const IdeaBody = Type.Object(
  {
    title: Text(200),
    body: Text(10_000),
    category: Type.Optional(Type.Union([Text(80), Type.Null()])),
    imageUrl: Type.Optional(NullableUrl),
  },
  { additionalProperties: false },
);
export const EditIdeaBody = Type.Object(
  {
    title: Type.Optional(Text(200)),
    body: Type.Optional(Text(10_000)),
    category: Type.Optional(Type.Union([Text(80), Type.Null()])),
    imageUrl: Type.Optional(NullableUrl),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const Idea = Type.Object({
  id: Uuid,
  challengeId: Uuid,
  title: Type.String(),
  body: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  author: AuthorSchema,
  supportCount: Type.Integer(),
  commentCount: Type.Integer(),
  reactions: ReactionCounts,
  myReactions: Type.Array(EmotionSchema),
  supportedByMe: Type.Boolean(),
  followedByMe: Type.Boolean(),
  officialAnswerAt: Type.Union([DateTime, Type.Null()], { description: "When a manager first answered" }),
  outcome: Type.Union([
    Type.Object({ status: OutcomeSchema, note: Type.Union([Type.String(), Type.Null()]), at: DateTime }),
    Type.Null(),
  ]),
  hidden: Type.Union([Type.Object({ at: DateTime, reason: Type.String() }), Type.Null()], {
    description: "Hidden by moderation (seen by its author and moderators only), with the reason",
  }),
  held: Type.Boolean({
    description: "Held for review by the word list: seen by its author and moderators only",
  }),
  award: Type.Union([Type.Object({ title: Type.String(), at: DateTime }), Type.Null()], {
    description: "In a contest, the distinction the jury gave the idea",
  }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export const IdeaList = Type.Object({ ideas: Type.Array(Idea) });

export const CommentBody = Type.Object(
  {
    body: Text(5000),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export const Comment = Type.Object({
  id: Uuid,
  ideaId: Uuid,
  parentId: Type.Union([Uuid, Type.Null()]),
  author: AuthorSchema,
  body: Type.String(),
  official: Type.Boolean({ description: "Written by the challenge's managers: an official answer" }),
  hidden: Type.Union([Type.Object({ at: DateTime, reason: Type.String() }), Type.Null()], {
    description: "Hidden by moderation: the body is empty except for its author and moderators",
  }),
  held: Type.Boolean({
    description: "Held for review by the word list: seen by its author and moderators only",
  }),
  createdAt: DateTime,
});
export const CommentResponse = Type.Object({ comment: Comment });
export const IdeaResponse = Type.Object({ idea: Idea });
export const IdeaWithThread = Type.Object({ idea: Idea, comments: Type.Array(Comment) });

export const ReactionBody = Type.Object({ emotion: EmotionSchema }, { additionalProperties: false });
export const ReactionResponse = Type.Object({
  emotion: EmotionSchema,
  on: Type.Boolean({ description: "Whether my reaction is now on" }),
  counts: ReactionCounts,
});
export const SupportResponse = Type.Object({ supported: Type.Boolean(), supportCount: Type.Integer() });
export const FollowResponse = Type.Object({ following: Type.Boolean() });

export const LeaderboardResponse = Type.Object({
  enabled: Type.Boolean({ description: "Whether the brief shows the leaderboard to participants" }),
  hiddenMe: Type.Boolean({ description: "Whether I asked not to appear to others (I still see myself)" }),
  entries: Type.Array(
    Type.Object({
      user: AuthorSchema,
      points: Type.Integer(),
      rank: Type.Integer({ minimum: 1 }),
      badges: Type.Array(
        Type.Union([
          Type.Literal("first-idea"),
          Type.Literal("pioneer"),
          Type.Literal("top-contributor"),
          Type.Literal("idea-selected"),
        ]),
        {
          description:
            "first idea; pioneer (among the first 10 to post); top contributor (top 3); idea selected",
        },
      ),
    }),
  ),
});

export const LeaderboardVisibilityBody = Type.Object(
  { hidden: Type.Boolean({ description: "true: others no longer see me on this leaderboard" }) },
  { additionalProperties: false },
);

export const PublicChallengeParams = Type.Object({ challengeId: Uuid });
export const PublicChallengeResponse = Type.Object({
  challenge: Challenge,
  workspace: Type.Object({ id: Uuid, name: Type.String() }),
});

export const OutcomeBody = Type.Object(
  {
    outcome: OutcomeSchema,
    note: Type.Optional(Type.Union([Text(5000, 0), Type.Null()])),
  },
  { additionalProperties: false },
);
export const DebriefBody = Type.Object(
  {
    text: Text(50_000),
    mediaUrl: Type.Optional(NullableUrl),
    publish: Type.Optional(Type.Boolean({ description: "Show it to participants (once voting is over)" })),
  },
  { additionalProperties: false },
);

export const CommentParams = Type.Object({ workspaceId: Uuid, commentId: Uuid });
export const ModerationBody = Type.Object(
  {
    hidden: Type.Boolean(),
    reason: Type.Optional(Type.Union([Text(1000, 0), Type.Null()])),
  },
  { additionalProperties: false },
);

export const ExportQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union([Type.Literal("csv"), Type.Literal("json")], { description: "csv (default) or json" }),
    ),
  },
  { additionalProperties: false },
);

export const AwardBody = Type.Object(
  { award: Type.Union([Text(200), Type.Null()], { description: "The distinction; null takes it back" }) },
  { additionalProperties: false },
);

export const FlagBody = Type.Object(
  { reason: Type.Optional(Type.Union([Text(1000, 0), Type.Null()])) },
  { additionalProperties: false },
);
export const FlagResponse = Type.Object({ flagged: Type.Literal(true) });
const FlagSubject = Type.Union([Type.Literal("idea"), Type.Literal("comment")]);
export const FlagParams = Type.Object({ workspaceId: Uuid, subjectId: Uuid });
export const ModerationQueue = Type.Object({
  items: Type.Array(
    Type.Object({
      subject: FlagSubject,
      subjectId: Uuid,
      ideaId: Uuid,
      challengeId: Uuid,
      text: Type.String(),
      authorId: Uuid,
      held: Type.Boolean({ description: "Held for review by the word list, not published until released" }),
      flagCount: Type.Integer(),
      reasons: Type.Array(Type.String()),
      lastFlaggedAt: Type.String({ format: "date-time" }),
    }),
  ),
});
export const ModerationActSchema = Type.Union([
  Type.Literal("hide"),
  Type.Literal("restore"),
  Type.Literal("release"),
  Type.Literal("dismiss-flags"),
  Type.Literal("block"),
  Type.Literal("unblock"),
]);
export const ModerationLogQuery = Type.Object(
  {
    act: Type.Optional(ModerationActSchema),
    page: Type.Optional(
      Type.String({ pattern: "^[1-9][0-9]{0,5}$", description: "From 1; 20 entries a page" }),
    ),
  },
  { additionalProperties: false },
);
export const ModerationLog = Type.Object({
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0, description: "Entries matching the filter, over all pages" }),
  entries: Type.Array(
    Type.Object({
      id: Uuid,
      actorId: Type.Union([Uuid, Type.Null()]),
      actorName: Type.Union([Type.String(), Type.Null()]),
      act: ModerationActSchema,
      memberName: Type.Union([Type.String(), Type.Null()]),
      ideaId: Type.Union([Uuid, Type.Null()], { description: "The idea of the item, for a link" }),
      itemText: Type.Union([
        Type.String({ description: "The idea's title or the comment's text" }),
        Type.Null(),
      ]),
      subject: Type.Union([FlagSubject, Type.Literal("statement"), Type.Null()], {
        description: "What was moderated: an idea, a comment, or a conversation's statement",
      }),
      subjectId: Type.Union([Uuid, Type.Null()]),
      memberId: Type.Union([Uuid, Type.Null()]),
      reason: Type.Union([Type.String(), Type.Null()]),
      at: Type.String({ format: "date-time" }),
    }),
  ),
});
