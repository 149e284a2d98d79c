// Request and response schemas of contests: criteria and jury share, finalists, jury scores, ranking, winners.
import { Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

const DateTime = Type.String({ format: "date-time" });

export const ContestParams = Type.Object({ workspaceId: Uuid, challengeId: Uuid });
export const FinalistParams = Type.Object({ workspaceId: Uuid, challengeId: Uuid, ideaId: Uuid });

export const CriteriaBody = Type.Object(
  {
    juryShare: Type.Integer({
      minimum: 0,
      maximum: 100,
      description: "Percent of the final score given to the jury; the community's support weighs the rest",
    }),
    criteria: Type.Array(
      Type.Object(
        {
          id: Type.Optional(Uuid),
          name: Type.String({ minLength: 1, maxLength: 120 }),
          description: Type.Optional(Type.String({ maxLength: 1000 })),
          weight: Type.Integer({
            minimum: 1,
            maximum: 10,
            description: "Relative weight in the jury's mean",
          }),
        },
        { additionalProperties: false },
      ),
      {
        maxItems: 10,
        description: "The whole list, in order: criteria left out are removed with their scores",
      },
    ),
  },
  { additionalProperties: false },
);

export const FinalistBody = Type.Object({ finalist: Type.Boolean() }, { additionalProperties: false });
export const FinalistResponse = Type.Object({ finalist: Type.Boolean() });

export const ScoresBody = Type.Object(
  {
    scores: Type.Array(
      Type.Object(
        {
          criterionId: Uuid,
          score: Type.Integer({ minimum: 0, maximum: 10, description: "0 to 10" }),
          comment: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 10 },
    ),
  },
  { additionalProperties: false },
);

export const AnnouncementBody = Type.Object(
  {
    winners: Type.Array(
      Type.Object(
        { ideaId: Uuid, award: Type.String({ minLength: 1, maxLength: 200 }) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20 },
    ),
  },
  { additionalProperties: false },
);

const Criterion = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  weight: Type.Integer(),
});

const Score = Type.Object({
  juror: Type.Object({ id: Uuid, name: Type.String() }),
  criterionId: Uuid,
  score: Type.Integer(),
  comment: Type.Union([Type.String(), Type.Null()]),
  at: DateTime,
});

const RankingEntry = Type.Object({
  ideaId: Uuid,
  title: Type.String(),
  authorName: Type.String(),
  rank: Type.Integer(),
  juryPart: Type.Union([Type.Number(), Type.Null()], { description: "0–1, null before any score" }),
  communityPart: Type.Number({ description: "0–1: supports over the most supported finalist's" }),
  total: Type.Number({ description: "juryShare × juryPart + (1 − juryShare) × communityPart" }),
  supportCount: Type.Integer(),
  jurors: Type.Integer({ description: "Jurors who scored the finalist" }),
  award: Type.Union([Type.String(), Type.Null()]),
});

export const ContestResponse = Type.Object({
  contest: Type.Object({
    juryShare: Type.Integer(),
    announcedAt: Type.Union([DateTime, Type.Null()]),
    juror: Type.Boolean({ description: "Whether the viewer sits on the jury" }),
    ballotComplete: Type.Boolean({
      description: "Whether the viewer scored every finalist on every criterion",
    }),
    criteria: Type.Array(Criterion),
    finalists: Type.Union(
      [
        Type.Array(
          Type.Object({
            ideaId: Uuid,
            title: Type.String(),
            authorName: Type.String(),
            supportCount: Type.Integer(),
            award: Type.Union([Type.String(), Type.Null()]),
            myScores: Type.Array(Score),
            scores: Type.Union([Type.Array(Score), Type.Null()], {
              description: "Every juror's scores, once the viewer scored this finalist on every criterion",
            }),
          }),
        ),
        Type.Null(),
      ],
      { description: "For the jury only" },
    ),
    ranking: Type.Union([Type.Array(RankingEntry), Type.Null()], {
      description: "For a juror whose ballot is complete, and for everyone once winners are announced",
    }),
  }),
});
