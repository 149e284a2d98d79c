import { describe, expect, it } from "vitest";
import { client, fillPath } from "./typed-client.ts";

describe("fillPath", () => {
  it("puts each parameter in its place, URI-encoded, numbers as their decimal text", () => {
    expect(
      fillPath("/workspaces/:workspaceId/challenges/:challengeId/statements/:number/vote", {
        workspaceId: "w1",
        challengeId: "c/2",
        number: 7,
      }),
    ).toBe("/workspaces/w1/challenges/c%2F2/statements/7/vote");
  });

  it("adds the query's defined values and leaves out the others", () => {
    expect(
      fillPath(
        "/workspaces/:workspaceId/moderation/log",
        { workspaceId: "w" },
        { act: "hide", page: undefined },
      ),
    ).toBe("/workspaces/w/moderation/log?act=hide");
    expect(
      fillPath("/workspaces/:workspaceId/moderation/log", { workspaceId: "w" }, { page: undefined }),
    ).toBe("/workspaces/w/moderation/log");
  });

  it("refuses a path whose parameter is missing rather than sending its template", () => {
    expect(() => fillPath("/workspaces/:workspaceId/ideas/:ideaId", { workspaceId: "w" })).toThrow(
      "missing path parameter ideaId of /workspaces/:workspaceId/ideas/:ideaId",
    );
  });
});

/**
 * Never called: `npm run typecheck` compiles it, and each @ts-expect-error fails the type-check if the client
 * stops refusing that call.
 */
async function _callsTheCompilerRefuses(workspaceId: string): Promise<void> {
  // @ts-expect-error a path the route table does not hold
  await client.get("/workspaces/:workspaceId/nowhere", { params: { workspaceId } });
  // @ts-expect-error a parameter of another name
  await client.get("/workspaces/:workspaceId/challenges", { params: { workspace: workspaceId } });
  // @ts-expect-error the parameters left out
  await client.get("/workspaces/:workspaceId/challenges");
  // @ts-expect-error a body of the wrong shape
  await client.post("/auth/sign-in", { body: { email: 1, password: "p" } });
  // @ts-expect-error a method the route does not answer
  await client.delete("/workspaces/:workspaceId/challenges", { params: { workspaceId } });
  const { challenges } = await client.get("/workspaces/:workspaceId/challenges", { params: { workspaceId } });
  // @ts-expect-error the answer's type comes from the contract: a challenge has no such field
  challenges[0]?.nonexistent;
}
