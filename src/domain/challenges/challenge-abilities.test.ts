import { describe, expect, it } from "vitest";
import type { ChallengeRow } from "../../db/stores/challenge-store.ts";
import { challengeAbilities, ideaAbilities } from "./challenge-abilities.ts";

const day = 86_400_000;
const now = new Date("2026-06-10T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * day);

/** A published challenge whose phase at `now` is `phase`, every boundary a day or more away. */
function challengeIn(
  phase: "contributions" | "voting" | "synthesis" | "debrief",
  extra: Partial<ChallengeRow> = {},
): ChallengeRow {
  const offsets = {
    contributions: [-2, -1, 1, 2, 3],
    voting: [-3, -2, -1, 2, 3],
    synthesis: [-4, -3, -2, -1, 2],
    debrief: [-5, -4, -3, -2, -1],
  }[phase];
  const [a, o, c, v, s] = offsets.map(at) as [Date, Date, Date, Date, Date];
  return {
    id: "c1",
    workspaceId: "w1",
    title: "Le marché",
    question: "?",
    benefit: "!",
    rules: "",
    coverImageUrl: null,
    audience: "members",
    allowAnonymous: false,
    categories: [],
    managerName: "Karim",
    managerText: "",
    managerMediaUrl: null,
    participationGoal: null,
    leaderboard: true,
    contestPrize: null,
    conversation: true,
    statementModeration: false,
    status: "published",
    announcementAt: a,
    contributionsOpenAt: o,
    contributionsCloseAt: c,
    votingCloseAt: v,
    synthesisCloseAt: s,
    debriefText: null,
    debriefMediaUrl: null,
    debriefPublishedAt: null,
    lastAnnouncedPhase: null,
    pausedAt: null,
    archivedAt: null,
    createdBy: null,
    createdAt: at(-10),
    updatedAt: at(-10),
    ...extra,
  };
}

const participant = { role: "participant" as const, anonymous: false, userId: "u1" };
const manager = { role: "manager" as const, anonymous: false, userId: "u2" };
const guest = { role: "guest" as const, anonymous: false, userId: "u3" };

describe("challengeAbilities", () => {
  it("lets a participant submit, support, react, comment and vote while contributions are open", () => {
    expect(challengeAbilities(challengeIn("contributions"), participant, now)).toMatchObject({
      submit: true,
      support: true,
      react: true,
      comment: true,
      vote: true,
      proposeStatement: true,
      manage: false,
      moderate: false,
    });
  });

  it("closes submissions in the voting but keeps supports, and closes supports in the synthesis", () => {
    expect(challengeAbilities(challengeIn("voting"), participant, now)).toMatchObject({
      submit: false,
      support: true,
    });
    expect(challengeAbilities(challengeIn("synthesis"), participant, now)).toMatchObject({
      support: false,
      comment: true,
    });
  });

  it("lets managers still answer in the debrief, when participants no longer comment", () => {
    expect(challengeAbilities(challengeIn("debrief"), manager, now).comment).toBe(true);
    expect(challengeAbilities(challengeIn("debrief"), participant, now).comment).toBe(false);
  });

  it("closes every contribution of a paused or archived challenge, not the console", () => {
    for (const extra of [{ pausedAt: at(-1) }, { archivedAt: at(-1) }]) {
      const abilities = challengeAbilities(challengeIn("contributions", extra), manager, now);
      expect(abilities).toMatchObject({
        submit: false,
        support: false,
        comment: false,
        vote: false,
        manage: true,
      });
    }
  });

  it("gives guests reading and commenting but not the public's voice, and visitors nothing", () => {
    expect(challengeAbilities(challengeIn("contributions"), guest, now)).toMatchObject({
      submit: false,
      support: false,
      comment: true,
    });
    expect(Object.values(challengeAbilities(challengeIn("contributions"), null, now)).some(Boolean)).toBe(
      false,
    );
  });

  it("keeps anonymous identities out of a challenge that asks for an account", () => {
    const anonymous = { ...participant, anonymous: true };
    expect(challengeAbilities(challengeIn("contributions"), anonymous, now).submit).toBe(false);
    expect(
      challengeAbilities(challengeIn("contributions", { allowAnonymous: true }), anonymous, now).submit,
    ).toBe(true);
  });
});

describe("ideaAbilities", () => {
  const idea = { authorId: "u1", status: "published" as const, hiddenAt: null };

  it("lets the author edit and withdraw only while contributions are open, and not flag their own idea", () => {
    expect(ideaAbilities(idea, challengeIn("contributions"), participant, now)).toMatchObject({
      edit: true,
      withdraw: true,
      flag: false,
    });
    expect(ideaAbilities(idea, challengeIn("voting"), participant, now)).toMatchObject({
      edit: false,
      withdraw: false,
    });
    expect(ideaAbilities(idea, challengeIn("contributions"), manager, now)).toMatchObject({
      edit: false,
      flag: true,
    });
  });

  it("takes no support or reaction on a hidden idea", () => {
    const hidden = { ...idea, hiddenAt: at(-1) };
    expect(ideaAbilities(hidden, challengeIn("contributions"), manager, now)).toMatchObject({
      support: false,
      react: false,
      moderate: true,
    });
  });

  it("lets managers say an outcome from the voting on, and award only in a contest", () => {
    expect(ideaAbilities(idea, challengeIn("contributions"), manager, now).setOutcome).toBe(false);
    expect(ideaAbilities(idea, challengeIn("voting"), manager, now).setOutcome).toBe(true);
    expect(ideaAbilities(idea, challengeIn("synthesis"), manager, now).award).toBe(false);
    expect(
      ideaAbilities(idea, challengeIn("synthesis", { contestPrize: "Un stand" }), manager, now).award,
    ).toBe(true);
  });
});
