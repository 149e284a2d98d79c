import { describe, expect, it } from "vitest";
import { GroupedReads } from "./grouped-reads.ts";

/** A readMany whose calls are recorded and finished by hand. */
function manual() {
  const calls: Array<{ keys: number[]; finish(): void; fail(error: Error): void }> = [];
  const readMany = (keys: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ keys, finish: () => resolve(keys.map((k) => `v${k}`)), fail: reject });
    });
  return { calls, readMany };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("GroupedReads", () => {
  it("reads the first key at once and the keys asked meanwhile together, each getting its own value", async () => {
    const { calls, readMany } = manual();
    const reads = new GroupedReads(readMany, { concurrency: 1, maxKeys: 10 });
    const first = reads.read(1);
    const others = [reads.read(2), reads.read(3), reads.read(2)];
    expect(calls.map((c) => c.keys)).toEqual([[1]]);
    calls[0]?.finish();
    expect(await first).toBe("v1");
    await settle();
    expect(calls.map((c) => c.keys)).toEqual([[1], [2, 3, 2]]);
    calls[1]?.finish();
    expect(await Promise.all(others)).toEqual(["v2", "v3", "v2"]);
  });

  it("keeps at most `concurrency` reads under way and `maxKeys` keys in each", async () => {
    const { calls, readMany } = manual();
    const reads = new GroupedReads(readMany, { concurrency: 2, maxKeys: 2 });
    const all = [1, 2, 3, 4, 5].map((k) => reads.read(k));
    expect(calls.map((c) => c.keys)).toEqual([[1], [2]]);
    calls[0]?.finish();
    await all[0];
    await settle();
    expect(calls.map((c) => c.keys)).toEqual([[1], [2], [3, 4]]);
    calls[1]?.finish();
    calls[2]?.finish();
    await Promise.all(all.slice(0, 4));
    await settle();
    calls[3]?.finish();
    expect(await Promise.all(all)).toEqual(["v1", "v2", "v3", "v4", "v5"]);
  });

  it("fails every key of a failed read, and reads the next ones again", async () => {
    const { calls, readMany } = manual();
    const reads = new GroupedReads(readMany, { concurrency: 1, maxKeys: 10 });
    const first = reads.read(1);
    const second = reads.read(2);
    calls[0]?.fail(new Error("connection lost"));
    await expect(first).rejects.toThrow("connection lost");
    await settle();
    calls[1]?.finish();
    expect(await second).toBe("v2");
  });
});
