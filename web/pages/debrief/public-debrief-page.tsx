// The public "you said, we did" page of a public challenge: no account needed, updated as actions move.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { DebriefData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { OpenDataLinks, YouSaidWeDid } from "./you-said-we-did.tsx";

/**
 * Follows the server-sent events of a published public debrief; the browser's EventSource reconnects by itself, and
 * `onChange` runs after each change and each (re)connection, so the page reloads what it may have missed.
 */
function useDebriefStream(challengeId: string, enabled: boolean, onChange: () => void): boolean {
  const [connected, setConnected] = useState(false);
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource(`/api/v1/public/challenges/${challengeId}/debrief/live`);
    let opened = false;
    source.onopen = () => {
      setConnected(true);
      if (opened) handler.current();
      opened = true;
    };
    source.onerror = () => setConnected(false);
    source.addEventListener("debrief", () => handler.current());
    return () => source.close();
  }, [challengeId, enabled]);
  return connected;
}

export function PublicDebriefPage() {
  const { t } = useTranslation();
  const { challengeId = "" } = useParams();
  const [debrief, setDebrief] = useState<DebriefData>();
  const [error, setError] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(() => {
    client.get("/public/challenges/:challengeId/debrief", { params: { challengeId } }).then(
      (found) => setDebrief(found.debrief),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, [challengeId]);
  useEffect(() => {
    load();
    return () => clearTimeout(timer.current);
  }, [load]);
  const reloadSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(load, 150);
  }, [load]);
  const live = useDebriefStream(challengeId, Boolean(debrief), reloadSoon);

  if (error && !debrief) {
    return (
      <section className="narrow card">
        <PageTitle text={t("weDid.notPublished")} />
        <FormAlert error={error} />
        <p>
          <Link to={`/public/challenges/${challengeId}`}>{t("weDid.backToChallenge")}</Link>
        </p>
      </section>
    );
  }
  if (!debrief) return <Loading />;
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={`/public/challenges/${challengeId}`}>{debrief.challenge.title}</Link>
      </p>
      <div className="page-head">
        <PageTitle text={t("weDid.title")} />
        <p className="meta">
          <span className={`live-status ${live ? "live" : "offline"}`}>
            {live ? t("workspace.liveOn") : t("workspace.liveOff")}
          </span>
        </p>
      </div>
      <div className="card">
        <YouSaidWeDid debrief={debrief} />
      </div>
      <div className="card">
        <OpenDataLinks base={`/public/challenges/${challengeId}`} />
      </div>
    </div>
  );
}
