import { afterAll, describe, expect, it } from "vitest";
import { computeOpinionMap } from "../analysis/opinions/opinion-map.ts";
import { VoteListBuilder } from "../analysis/opinions/vote-matrix.ts";
import { AnalysisRunner } from "./analysis-runner.ts";

const runner = new AnalysisRunner();
afterAll(() => runner.close());

/** Two camps of participants voting opposite ways on 20 statements, with a little noise. */
function twoCamps(participants: number) {
  const builder = new VoteListBuilder();
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let p = 0; p < participants; p++) {
    for (let c = 0; c < 20; c++) {
      const camp = p % 2 === 0 ? 1 : -1;
      const side = c % 2 === 0 ? 1 : -1;
      const agrees = random() < 0.9 ? camp * side : -camp * side;
      builder.add(`p${p}`, `c${c}`, agrees > 0 ? 1 : -1, p * 20 + c);
    }
  }
  return builder.build();
}

describe("AnalysisRunner", () => {
  it("computes in a worker thread the same opinion map as in the main thread", async () => {
    const votes = twoCamps(60);
    const inWorker = await runner.run("opinions", { votes, options: { seed: 1 } });
    const inThread = computeOpinionMap(votes, { seed: 1 });
    expect(inWorker.groups.map((g) => g.members)).toEqual(inThread.groups.map((g) => g.members));
    expect(inWorker.consensus).toEqual(inThread.consensus);
    expect(inWorker.groups.length).toBe(2);
  });

  it("keeps the main event loop free while it computes", async () => {
    const votes = twoCamps(4000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await runner.run("opinions", { votes });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it("reports a failing task as a rejected promise and keeps working", async () => {
    const broken = null as unknown as ReturnType<typeof twoCamps>;
    await expect(runner.run("opinions", { votes: broken })).rejects.toThrow();
    const ok = await runner.run("opinions", { votes: twoCamps(20) });
    expect(ok.participants.total).toBe(20);
  });
});
