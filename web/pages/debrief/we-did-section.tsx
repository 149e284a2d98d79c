// The groups and actions of a challenge's debrief inside the workspace: read by members, edited by managers.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { DebriefData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { DebriefEditor } from "./debrief-editor.tsx";
import { YouSaidWeDid } from "./you-said-we-did.tsx";

/** `refresh` changes when the page reloads after a live event: the section reloads with it. */
export function WeDidSection({
  workspaceId,
  challengeId,
  manages,
  refresh,
}: {
  workspaceId: string;
  challengeId: string;
  manages: boolean;
  refresh: unknown;
}) {
  const { t } = useTranslation();
  const [debrief, setDebrief] = useState<DebriefData>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId/debrief", {
        params: { workspaceId, challengeId },
      })
      .then(
        (found) => {
          setDebrief(found.debrief);
          setError(undefined);
        },
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
  }, [workspaceId, challengeId]);
  useEffect(() => {
    void refresh;
    load();
  }, [load, refresh]);

  if (!debrief || (!debrief.published && !manages)) return error ? <FormAlert error={error} /> : null;
  return (
    <section aria-labelledby="we-did-title" className="card">
      <h2 id="we-did-title">{t("weDid.sectionTitle")}</h2>
      {!debrief.published && <p className="meta">{t("weDid.preview")}</p>}
      <YouSaidWeDid debrief={{ ...debrief, debrief: null }} headingLevel={3} />
      {manages && (
        <>
          <h3>{t("debriefEditor.title")}</h3>
          <DebriefEditor workspaceId={workspaceId} debrief={debrief} onSaved={load} />
        </>
      )}
    </section>
  );
}
