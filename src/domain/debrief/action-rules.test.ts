import { describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { dueDateOf, reasonOf } from "./action-rules.ts";

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.field;
    throw error;
  }
  return undefined;
}

describe("dueDateOf", () => {
  it("keeps a real calendar date and treats an empty one as none", () => {
    expect(dueDateOf("2027-02-28")).toBe("2027-02-28");
    expect(dueDateOf("2028-02-29")).toBe("2028-02-29");
    expect(dueDateOf("  ")).toBeNull();
    expect(dueDateOf(null)).toBeNull();
  });

  it("refuses dates that do not exist or are not written YYYY-MM-DD, naming the field", () => {
    for (const bad of ["2027-02-29", "2027-04-31", "2027-13-01", "31/12/2027", "2027-1-5", "demain"]) {
      expect(fieldOf(() => dueDateOf(bad))).toBe("dueDate");
    }
  });
});

describe("reasonOf", () => {
  it("requires a reason for not-retained and drops it for other statuses", () => {
    expect(fieldOf(() => reasonOf("not-retained", " "))).toBe("reason");
    expect(reasonOf("not-retained", " Trop coûteux ")).toBe("Trop coûteux");
    expect(reasonOf("done", "ignored")).toBeNull();
  });
});
