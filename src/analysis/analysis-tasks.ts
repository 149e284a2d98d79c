// The analysis computations a worker thread can run, by name: pure functions of src/analysis, data in, data out.
import { computeOpinionMap, type OpinionMapOptions } from "./opinions/opinion-map.ts";
import type { VoteList } from "./opinions/vote-matrix.ts";
import { type PreviousGroup, type SynthesisIdea, synthesizeIdeas } from "./synthesis/synthesize-ideas.ts";

export const analysisTasks = {
  /** The opinion map of a conversation's votes (groups, representative statements, consensus). */
  opinions: (input: { votes: VoteList; options?: Omit<OpinionMapOptions, "onStage"> }) =>
    computeOpinionMap(input.votes, input.options),
  /** A challenge's groups of converging ideas (labels, keywords, quotes, trend, emotions) and its outliers. */
  synthesis: (input: { ideas: SynthesisIdea[]; previous?: PreviousGroup[] }) => synthesizeIdeas(input),
};

export type AnalysisTask = keyof typeof analysisTasks;
export type TaskInput<T extends AnalysisTask> = Parameters<(typeof analysisTasks)[T]>[0];
export type TaskOutput<T extends AnalysisTask> = ReturnType<(typeof analysisTasks)[T]>;
