import { describe, expect, it } from "vitest";
import { orthonormalizeColumns, symmetricEigen } from "./dense.ts";

describe("orthonormalizeColumns", () => {
  it("makes columns orthonormal and spanning the same space", () => {
    const x = Float64Array.from([1, 1, 1, 0, 0, 1, 1, 2]); // 4 × 2
    orthonormalizeColumns(x, 4, 2);
    let dot = 0;
    let n0 = 0;
    let n1 = 0;
    for (let i = 0; i < 4; i++) {
      dot += (x[i * 2] as number) * (x[i * 2 + 1] as number);
      n0 += (x[i * 2] as number) ** 2;
      n1 += (x[i * 2 + 1] as number) ** 2;
    }
    expect(dot).toBeCloseTo(0, 10);
    expect(n0).toBeCloseTo(1, 10);
    expect(n1).toBeCloseTo(1, 10);
  });
  it("zeroes a dependent column", () => {
    const x = Float64Array.from([1, 2, 1, 2, 0, 0]); // second column = 2 × first
    orthonormalizeColumns(x, 3, 2);
    expect(Math.abs(x[1] as number) + Math.abs(x[3] as number)).toBeLessThan(1e-6);
  });
});

describe("symmetricEigen", () => {
  it("finds eigenvalues in decreasing order with their vectors", () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3);
    expect(values[1]).toBeCloseTo(1);
    expect(Math.abs(vectors[0] as number)).toBeCloseTo(Math.SQRT1_2);
    expect((vectors[0] as number) * (vectors[2] as number)).toBeGreaterThan(0);
  });
});
