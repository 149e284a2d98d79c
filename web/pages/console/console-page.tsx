// A challenge's console, for its managers only: the timeline and its controls, pause and archive, the answers still
// owed and the exports, the debrief editors, the synthesis, the jury and moderation, duplication and deletion.
// Participants never see it: the server refuses its routes to them, and this page shows them only a way back.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData, IdeaData } from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { challengeOf, type LiveEvent, useLive } from "../../live/use-live.ts";
import { PhaseBadge } from "../challenges/challenge-page.tsx";
import { ChallengeState } from "../challenges/challenge-state.tsx";
import { DebriefSection } from "../challenges/debrief-section.tsx";
import { ManagerPanel } from "../challenges/manager-panel.tsx";
import { WeDidSection } from "../debrief/we-did-section.tsx";
import { DeleteForm } from "./delete-form.tsx";
import { DuplicateForm } from "./duplicate-form.tsx";
import { PhaseControls } from "./phase-controls.tsx";
import { StateControls } from "./state-controls.tsx";
import "../challenges/sections.css";

/** The address anyone can open to read a public challenge and join it. */
function PublicLink({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/public/challenges/${challengeId}`;
  return (
    <div className="field public-link">
      <label htmlFor="public-link">{t("publicChallenge.link")}</label>
      <input id="public-link" readOnly value={url} onFocus={(event) => event.target.select()} />
    </div>
  );
}

export function ChallengeConsolePage() {
  const { t } = useTranslation();
  const { workspaceId = "", challengeId = "" } = useParams();
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [ideas, setIdeas] = useState<IdeaData[]>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const reloadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const path = `/workspaces/${workspaceId}/challenges/${challengeId}`;
  const challengeRef = { workspaceId, challengeId };

  const load = useCallback(async () => {
    try {
      const one = await client.get("/workspaces/:workspaceId/challenges/:challengeId", {
        params: { workspaceId, challengeId },
      });
      setChallenge(one.challenge);
      if (one.challenge.abilities.manage) {
        const list = await client.get("/workspaces/:workspaceId/challenges/:challengeId/ideas", {
          params: { workspaceId, challengeId },
        });
        setIdeas(list.ideas);
      }
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId, challengeId]);

  useEffect(() => {
    void load();
    return () => clearTimeout(reloadTimer.current);
  }, [load]);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (challengeOf(event) !== challengeId) return;
      clearTimeout(reloadTimer.current);
      reloadTimer.current = setTimeout(() => void load(), 150);
    },
    [challengeId, load],
  );
  useLive(workspaceId, onEvent, () => void load());

  const changed = (next: ChallengeData, message: string) => {
    setChallenge(next);
    setNotice(message);
  };

  if (error && !challenge) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
        <p>
          <Link to={`/workspaces/${workspaceId}`}>{t("challenges.backToWorkspace")}</Link>
        </p>
      </div>
    );
  }
  if (!challenge) return <Loading />;
  if (!challenge.abilities.manage) {
    return (
      <div className="stack narrow">
        <PageTitle text={t("console.refusedTitle")} />
        <p>{t("console.refused")}</p>
        <p>
          <Link to={path}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
        </p>
      </div>
    );
  }
  if (!ideas) return <Loading />;

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={path}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
      </p>
      <div className="page-head">
        <PageTitle text={t("console.title", { title: challenge.title })} />
        <p className="meta">
          <PhaseBadge challenge={challenge} />
        </p>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <ChallengeState challenge={challenge} />
      <nav aria-label={t("console.tools")} className="actions">
        <Link className="button" to={`${path}/edit`}>
          {t("challenges.edit")}
        </Link>
        <Link className="button" to={`${path}/synthesis`}>
          {t("synthesis.open")}
        </Link>
        {challenge.contest && (
          <Link className="button" to={`${path}/jury`}>
            {t("console.jury")}
          </Link>
        )}
        <Link className="button" to={`/workspaces/${workspaceId}/moderation/log`}>
          {t("console.moderation")}
        </Link>
      </nav>
      {challenge.audience === "public" && challenge.status === "published" && (
        <PublicLink challengeId={challenge.id} />
      )}
      <div className="console-grid">
        <PhaseControls challengeRef={challengeRef} challenge={challenge} onChanged={changed} />
        <div className="stack">
          <StateControls challengeRef={challengeRef} challenge={challenge} onChanged={changed} />
          <ManagerPanel workspaceId={workspaceId} challenge={challenge} refresh={ideas} />
        </div>
      </div>
      <DebriefSection
        workspaceId={workspaceId}
        challenge={challenge}
        ideas={ideas}
        manages={!challenge.archivedAt}
        onSaved={setChallenge}
      />
      {challenge.status === "published" &&
        (challenge.debrief?.publishedAt || ["voting", "synthesis", "debrief"].includes(challenge.phase)) && (
          <WeDidSection workspaceId={workspaceId} challengeId={challenge.id} manages refresh={ideas} />
        )}
      <DuplicateForm challengeRef={challengeRef} challenge={challenge} />
      <DeleteForm challengeRef={challengeRef} challenge={challenge} />
    </div>
  );
}
