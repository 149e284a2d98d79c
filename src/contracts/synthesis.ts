// Schemas of a challenge's synthesis: groups of converging ideas, computed or made by hand, and managers' operations.
import { type Static, Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

const DateTime = Type.String({ format: "date-time" });
const Name = Type.String({ maxLength: 120, description: "A group's name, as the project manager writes it" });

export const SynthesisParams = Type.Object({ workspaceId: Uuid, challengeId: Uuid });
export const GroupParams = Type.Object({ workspaceId: Uuid, challengeId: Uuid, groupId: Uuid });
export const GroupIdeaParams = Type.Object({
  workspaceId: Uuid,
  challengeId: Uuid,
  groupId: Uuid,
  ideaId: Uuid,
});
export const SynthesisIdeaParams = Type.Object({ workspaceId: Uuid, challengeId: Uuid, ideaId: Uuid });

export const SynthesisIdea = Type.Object({
  id: Uuid,
  title: Type.String(),
  body: Type.String(),
  createdAt: DateTime,
  placedByManager: Type.Boolean({
    description: "A manager put it here (or out of every group): the analysis keeps it",
  }),
});

export const IdeaGroup = Type.Object({
  id: Uuid,
  origin: Type.Union([Type.Literal("computed"), Type.Literal("manual")]),
  label: Type.String({
    description: "The key phrase the analysis proposes (the name, for a group made by hand)",
  }),
  name: Type.Union([Type.String(), Type.Null()], {
    description: "The name a manager gave it, shown instead",
  }),
  size: Type.Integer(),
  keywords: Type.Array(Type.String()),
  pinnedIdeaIds: Type.Array(Uuid, { description: "Quotes a manager pinned, shown first" }),
  quoteIdeaIds: Type.Array(Uuid, {
    description: "Representative ideas the analysis chose (central, diverse)",
  }),
  emotions: Type.Record(Type.String(), Type.Number(), {
    description: "Share of the group's ideas in which each emotion is felt",
  }),
  dominantEmotions: Type.Array(Type.String(), { description: "Up to three emotions felt in the most ideas" }),
  trend: Type.Union([Type.Literal("growing"), Type.Literal("stable"), Type.Literal("fading"), Type.Null()]),
  heard: Type.Union([Type.String(), Type.Null()]),
  willDo: Type.Union([Type.String(), Type.Null()]),
  ideas: Type.Array(SynthesisIdea),
});

export const SynthesisView = Type.Object({
  challengeId: Uuid,
  status: Type.Union([Type.Literal("never"), Type.Literal("grouped"), Type.Literal("too-few-ideas")], {
    description: "never computed yet; grouped; or too few ideas to group (no computed groups then)",
  }),
  computedAt: Type.Union([DateTime, Type.Null()]),
  minimumIdeas: Type.Integer({ description: "Fewest ideas the analysis groups" }),
  pending: Type.Boolean({ description: "A recomputation is waiting or under way" }),
  groups: Type.Array(IdeaGroup),
  ungrouped: Type.Array(SynthesisIdea, { description: "Visible ideas in no group" }),
});
export type SynthesisViewBody = Static<typeof SynthesisView>;
export type IdeaGroupBody = Static<typeof IdeaGroup>;

export const RecomputeResponse = Type.Object({ queued: Type.Literal(true) });

export const CreateGroupBody = Type.Object(
  {
    name: Name,
    ideaIds: Type.Array(Uuid, {
      maxItems: 1000,
      uniqueItems: true,
      description: "Ideas to put in the group",
    }),
  },
  { additionalProperties: false },
);
export const RenameGroupBody = Type.Object(
  { name: Type.Union([Name, Type.Null()], { description: "Empty or null: back to the analysis's label" }) },
  { additionalProperties: false },
);
export const MergeGroupsBody = Type.Object(
  {
    groupIds: Type.Array(Uuid, {
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      description: "Groups merged into this one (retired)",
    }),
  },
  { additionalProperties: false },
);
export const SplitGroupBody = Type.Object(
  {
    name: Name,
    ideaIds: Type.Array(Uuid, {
      minItems: 1,
      maxItems: 1000,
      uniqueItems: true,
      description: "Ideas of the group",
    }),
  },
  { additionalProperties: false },
);
export const MoveIdeaBody = Type.Object(
  { groupId: Type.Union([Uuid, Type.Null()], { description: "The group, or null for out of every group" }) },
  { additionalProperties: false },
);
