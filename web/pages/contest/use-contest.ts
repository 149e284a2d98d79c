// Loads a contest's criteria, finalists, scores and ranking, and reloads on the workspace's contest events.
import { useCallback, useEffect, useState } from "react";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData, ContestData } from "../../api/types.ts";
import type { EventType, LiveEvent } from "../../live/use-live.ts";
import { useWorkspace } from "../challenges/use-workspace.ts";

/** The contest of a challenge (null while loading or when `enabled` is false), with a reload and the last error. */
export function useContest(workspaceId: string, challengeId: string, enabled: boolean) {
  const [contest, setContest] = useState<ContestData | null>(null);
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    if (!enabled) return;
    try {
      const params = { workspaceId, challengeId };
      setContest(
        (await client.get("/workspaces/:workspaceId/challenges/:challengeId/contest", { params })).contest,
      );
      setError(undefined);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId, challengeId, enabled]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { contest, setContest, error, reload };
}

/** Whether a live event concerns a contest (its criteria, finalists, scores or announcement). */
export const isContestEvent = (event: LiveEvent): boolean => contestEvents.has(event.type);

const contestEvents = new Set<EventType>([
  "contest.updated",
  "contest.finalist-changed",
  "contest.scored",
  "contest.announced",
  "idea.awarded",
]);

/** A challenge and its workspace (for the viewer's role), or the translation key of why they could not be loaded. */
export function useChallenge(workspaceId: string, challengeId: string) {
  const { workspace, error: workspaceError } = useWorkspace(workspaceId);
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId", { params: { workspaceId, challengeId } })
      .then(
        (result) => setChallenge(result.challenge),
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
  }, [workspaceId, challengeId]);
  return { challenge, workspace, error: error ?? workspaceError };
}
