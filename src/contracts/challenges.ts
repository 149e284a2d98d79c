// Request and response schemas of challenges: brief, timeline and phase, and the public page of a challenge.

import { Type } from "@sinclair/typebox";
import { ChallengeAbilities } from "./abilities.ts";
import { DateTime, NullableUrl, Text, Uuid } from "./common.ts";

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

const importsPastConsultation = Type.Optional(
  Type.Boolean({
    description: "The challenge records a past consultation: a timeline already over is accepted",
  }),
);

export const CreateChallengeBody = Type.Object(
  {
    ...briefProperties,
    importsPastConsultation,
    timeline: Type.Object(timelineProperties, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export const UpdateChallengeBody = Type.Object(
  {
    ...Type.Partial(Type.Object(briefProperties)).properties,
    importsPastConsultation,
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
  pausedAt: Type.Union([DateTime, Type.Null()], {
    description: "Paused: nothing is written until it resumes",
  }),
  archivedAt: Type.Union([DateTime, Type.Null()], { description: "Archived: read-only, out of the lists" }),
  abilities: ChallengeAbilities,
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const ChallengeResponse = Type.Object({ challenge: Challenge });

export const ChallengeList = Type.Object({ challenges: Type.Array(Challenge) });

export const PublicChallengeParams = Type.Object({ challengeId: Uuid });

export const PublicChallengeResponse = Type.Object({
  challenge: Challenge,
  workspace: Type.Object({ id: Uuid, name: Type.String() }),
});
