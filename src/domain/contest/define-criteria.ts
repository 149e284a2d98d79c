// Managers define a contest's criteria, their weights and the jury's share, from the brief until voting closes.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContestStore } from "../../db/stores/contest-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import { assertPhase } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { contestChallenge } from "./contest-rules.ts";

export interface CriterionInput {
  /** The id of a criterion kept from before; absent for a new one. */
  id?: string | undefined;
  name: string;
  description?: string | undefined;
  weight: number;
}

/** At most this many criteria: a jury scores each finalist on each. */
export const maxCriteria = 10;

/**
 * Replaces the contest's criteria (in the given order) and its jury share, in one transaction. Kept criteria keep
 * their scores; removed ones lose theirs. A draft may change at any time; a published challenge until its voting
 * deadline, so jurors never score against criteria changed under them after voting.
 */
export async function defineCriteria(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { juryShare: number; criteria: CriterionInput[] },
): Promise<void> {
  if (!Number.isInteger(input.juryShare) || input.juryShare < 0 || input.juryShare > 100) {
    throw new AppError("invalid-input", "juryShare must be a whole percentage from 0 to 100.", {
      field: "juryShare",
    });
  }
  if (input.criteria.length > maxCriteria) {
    throw new AppError("invalid-input", `A contest has at most ${maxCriteria} criteria.`, {
      field: "criteria",
    });
  }
  const names = new Set<string>();
  const criteria = input.criteria.map((criterion, index) => {
    const name = criterion.name.trim();
    if (!name) {
      throw new AppError("invalid-input", "A criterion needs a name.", { field: `criteria.${index}.name` });
    }
    const key = name.toLocaleLowerCase("fr");
    if (names.has(key)) {
      throw new AppError("invalid-input", `Two criteria are named "${name}".`, {
        field: `criteria.${index}.name`,
      });
    }
    names.add(key);
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 10) {
      throw new AppError("invalid-input", "A criterion's weight is a whole number from 1 to 10.", {
        field: `criteria.${index}.weight`,
      });
    }
    return {
      id: criterion.id ?? null,
      name,
      description: criterion.description?.trim() ?? "",
      weight: criterion.weight,
    };
  });

  await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const challenge = await contestChallenge(store, actor, challengeId, ctx.now, true);
    if (challenge.status === "published") {
      assertPhase(
        challenge,
        ctx.now,
        ["upcoming", "announcement", "contributions", "voting"],
        "changing the jury's criteria",
      );
    }
    const contests = openContestStore(tx, actor.workspaceId);
    const existing = new Set((await contests.criteria(challengeId)).map((c) => c.id));
    for (const [index, criterion] of criteria.entries()) {
      if (criterion.id && !existing.has(criterion.id)) {
        throw new AppError("invalid-input", "This criterion does not exist in this contest.", {
          field: `criteria.${index}.id`,
        });
      }
    }
    await contests.replaceCriteria(challengeId, criteria);
    await contests.saveContest(challengeId, { juryShare: input.juryShare });
    await publishEvent(
      tx,
      {
        type: "contest.updated",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
  });
}
