// Routes of a manager's control of a challenge: close or reopen a phase, move a deadline, pause, archive, duplicate,
// delete. Each answers the challenge as the manager now sees it.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { challengeControlRouteContracts as contracts } from "../../contracts/routes/challenge-controls.ts";
import { setChallengeArchived } from "../../domain/challenges/archive-challenge.ts";
import { closePhase } from "../../domain/challenges/close-phase.ts";
import { deleteChallenge } from "../../domain/challenges/delete-challenge.ts";
import { duplicateChallenge } from "../../domain/challenges/duplicate-challenge.ts";
import { moveDeadline } from "../../domain/challenges/move-deadline.ts";
import { setChallengePaused } from "../../domain/challenges/pause-challenge.ts";
import { showChallenge } from "../../domain/challenges/read-challenges.ts";
import { reopenPhase } from "../../domain/challenges/reopen-phase.ts";
import type { Context, MemberActor } from "../../domain/context.ts";
import { memberOf } from "../plugins/access.ts";
import { presentChallenge } from "../present/challenges.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["challenges"];
const manage = { access: { workspace: "challenge.manage" } } as const;
const base = "/workspaces/:workspaceId/challenges/:challengeId";

async function answer(ctx: Context, member: MemberActor, challengeId: string) {
  return { challenge: presentChallenge(await showChallenge(ctx, member, challengeId)) };
}

export const challengeControlRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.post(
    `${base}/phase/close`,
    {
      config: manage,
      schema: {
        tags,
        summary: "End the current phase now: the next one opens at once and participants are told",
        ...contracts[`POST ${base}/phase/close`],
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await closePhase(ctx, member, request.params.challengeId);
      return answer(ctx, member, request.params.challengeId);
    },
  );

  app.post(
    `${base}/phase/reopen`,
    {
      config: manage,
      schema: {
        tags,
        summary: "Reopen the phase that ended until a later date; later phases keep their length",
        ...contracts[`POST ${base}/phase/reopen`],
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await reopenPhase(ctx, member, request.params.challengeId, { until: new Date(request.body.until) });
      return answer(ctx, member, request.params.challengeId);
    },
  );

  app.post(
    `${base}/deadline-moves`,
    {
      config: manage,
      schema: {
        tags,
        summary: "Move a date still to come, later or earlier, with a notice to participants",
        ...contracts[`POST ${base}/deadline-moves`],
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await moveDeadline(ctx, member, request.params.challengeId, {
        deadline: request.body.deadline,
        to: new Date(request.body.to),
      });
      return answer(ctx, member, request.params.challengeId);
    },
  );

  app.put(
    `${base}/pause`,
    {
      config: manage,
      schema: {
        tags,
        summary: "Pause a challenge (nothing is written to it) or resume it",
        ...contracts[`PUT ${base}/pause`],
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await setChallengePaused(ctx, member, request.params.challengeId, request.body.paused);
      return answer(ctx, member, request.params.challengeId);
    },
  );

  app.put(
    `${base}/archive`,
    {
      config: manage,
      schema: {
        tags,
        summary: "Archive a challenge (read-only, out of the lists) or unarchive it",
        ...contracts[`PUT ${base}/archive`],
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await setChallengeArchived(ctx, member, request.params.challengeId, request.body.archived);
      return answer(ctx, member, request.params.challengeId);
    },
  );

  app.post(
    `${base}/duplicates`,
    {
      config: manage,
      schema: {
        tags,
        summary: "Start a draft from this challenge: brief, settings and timeline shifted, no ideas",
        ...contracts[`POST ${base}/duplicates`],
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const copy = await duplicateChallenge(ctx, member, request.params.challengeId, {
        announcementAt: new Date(request.body.announcementAt),
        ...(request.body.title !== undefined ? { title: request.body.title } : {}),
      });
      return reply.code(201).send(await answer(ctx, member, copy.id));
    },
  );

  app.delete(
    base,
    {
      config: manage,
      schema: {
        tags,
        summary: "Delete a challenge and everything written in it; confirmTitle must be its title",
        ...contracts[`DELETE ${base}`],
      },
    },
    async (request, reply) => {
      await deleteChallenge(context(), memberOf(request), request.params.challengeId, request.body);
      return reply.code(204).send(null);
    },
  );
};
