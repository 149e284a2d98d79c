// The analysis computations a worker thread can run, by name: pure functions of src/analysis, data in, data out.
import { assignTopics, fitTopics, type TopicModel } from "./listening/mention-topics.ts";
import { computeOpinionMap, type OpinionMapOptions } from "./opinions/opinion-map.ts";
import type { VoteList } from "./opinions/vote-matrix.ts";
import { type PreviousGroup, type SynthesisIdea, synthesizeIdeas } from "./synthesis/synthesize-ideas.ts";

export const analysisTasks = {
  /** The opinion map of a conversation's votes (groups, representative statements, consensus). */
  opinions: (input: { votes: VoteList; options?: Omit<OpinionMapOptions, "onStage"> }) =>
    computeOpinionMap(input.votes, input.options),
  /** A challenge's groups of converging ideas (labels, keywords, quotes, trend, emotions) and its outliers. */
  synthesis: (input: { ideas: SynthesisIdea[]; previous?: PreviousGroup[] }) => synthesizeIdeas(input),
  /** Topics of a listening project, fitted on a sample of its mentions (labels, keywords, centroids). */
  "listening-topics": (input: { texts: string[]; dates: number[]; seed?: number }) => fitTopics(input),
  /** The nearest topic of each text (-1: none), for every mention of the project, batch by batch. */
  "listening-topic-assignment": (input: { model: TopicModel; texts: string[] }) =>
    assignTopics(input.model, input.texts),
};

export type AnalysisTask = keyof typeof analysisTasks;
export type TaskInput<T extends AnalysisTask> = Parameters<(typeof analysisTasks)[T]>[0];
export type TaskOutput<T extends AnalysisTask> = ReturnType<(typeof analysisTasks)[T]>;
