// The console's pause and archive: a paused challenge takes no writes until resumed; an archived one is read-only
// and out of the lists until brought back.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ChallengeData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";

export function StateControls({
  challengeRef,
  challenge,
  onChanged,
}: {
  challengeRef: ChallengeRef;
  challenge: ChallengeData;
  onChanged: (challenge: ChallengeData, notice: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const paused = Boolean(challenge.pausedAt);
  const archived = Boolean(challenge.archivedAt);

  const act = async (send: () => Promise<{ challenge: ChallengeData }>, notice: string) => {
    setError(undefined);
    try {
      onChanged((await send()).challenge, notice);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };

  return (
    <section aria-labelledby="console-state" className="card stack">
      <h2 id="console-state">{t("console.state.title")}</h2>
      <FormAlert error={error} />
      <p>
        {archived
          ? t("console.state.isArchived")
          : paused
            ? t("console.state.isPaused")
            : t("console.state.isRunning")}
      </p>
      <div className="actions">
        {!archived && (
          <button
            type="button"
            onClick={() =>
              void act(
                () =>
                  client.put("/workspaces/:workspaceId/challenges/:challengeId/pause", {
                    params: challengeRef,
                    body: { paused: !paused },
                  }),
                t(paused ? "console.state.resumed" : "console.state.paused"),
              )
            }
          >
            {paused ? t("console.state.resume") : t("console.state.pause")}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void act(
              () =>
                client.put("/workspaces/:workspaceId/challenges/:challengeId/archive", {
                  params: challengeRef,
                  body: { archived: !archived },
                }),
              t(archived ? "console.state.unarchived" : "console.state.archived"),
            )
          }
        >
          {archived ? t("console.state.unarchive") : t("console.state.archive")}
        </button>
      </div>
      <p className="hint">{t("console.state.hint")}</p>
    </section>
  );
}
