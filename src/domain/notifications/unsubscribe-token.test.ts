import { describe, expect, it } from "vitest";
import { signUnsubscribe, verifyUnsubscribe } from "./unsubscribe-token.ts";

const user = "0b7e6c1e-9a52-4a4e-8d7e-3f1f8e2b9c10";

describe("unsubscribe tokens", () => {
  it("gives back the person and kind of a token it signed", () => {
    expect(verifyUnsubscribe("key", signUnsubscribe("key", user, "phase-changed"))).toEqual({
      userId: user,
      kind: "phase-changed",
    });
  });

  it("refuses a token whose kind or person was changed", () => {
    const token = signUnsubscribe("key", user, "phase-changed");
    expect(verifyUnsubscribe("key", token.replace("phase-changed", "official-answer"))).toBeUndefined();
    expect(verifyUnsubscribe("key", token.replace("0b7e", "1b7e"))).toBeUndefined();
  });

  it("refuses a token signed with another key, and malformed ones", () => {
    expect(verifyUnsubscribe("other", signUnsubscribe("key", user, "idea-selected"))).toBeUndefined();
    expect(verifyUnsubscribe("key", "")).toBeUndefined();
    expect(verifyUnsubscribe("key", "a.b")).toBeUndefined();
    expect(verifyUnsubscribe("key", `${signUnsubscribe("key", user, "idea-selected")}.x`)).toBeUndefined();
  });
});
