import { describe, expect, it } from "vitest";
import { Coalescer } from "./coalescer.ts";

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 1));
};

describe("Coalescer", () => {
  it("folds a burst of requests into one run", async () => {
    const coalescer = new Coalescer({ delayMs: 5, onError: () => {} });
    let runs = 0;
    for (let i = 0; i < 10; i++) coalescer.request("map", async () => void runs++);
    await until(() => !coalescer.busy("map"));
    expect(runs).toBe(1);
  });

  it("runs exactly once more when changes arrive during a run, with the latest run function", async () => {
    const coalescer = new Coalescer({ delayMs: 0, onError: () => {} });
    const gate = deferred();
    const seen: string[] = [];
    coalescer.request("map", async () => {
      seen.push("first");
      await gate.promise;
    });
    await until(() => seen.length === 1);
    coalescer.request("map", async () => void seen.push("second"));
    coalescer.request("map", async () => void seen.push("third"));
    gate.resolve();
    await until(() => !coalescer.busy("map"));
    expect(seen).toEqual(["first", "third"]);
  });

  it("keeps keys independent and reports errors without stopping later runs", async () => {
    const errors: string[] = [];
    const coalescer = new Coalescer({ delayMs: 0, onError: (key) => errors.push(key) });
    let b = 0;
    coalescer.request("a", async () => {
      throw new Error("boom");
    });
    coalescer.request("b", async () => void b++);
    await until(() => !coalescer.busy("a") && !coalescer.busy("b"));
    expect(errors).toEqual(["a"]);
    expect(b).toBe(1);
    let again = 0;
    coalescer.request("a", async () => void again++);
    await until(() => !coalescer.busy("a"));
    expect(again).toBe(1);
  });
});
