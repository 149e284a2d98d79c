// Exporting the plan at any moment (PDF, Word, Markdown, with or without the annex of sessions), the exports made, and
// what changed since the last one delivered to the client.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanExportsBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { CheckboxField, FormAlert } from "../../components/form-field.tsx";
import type { SessionsContext } from "./sessions-context.ts";

export function PlanExportsSection({ context }: { context: SessionsContext }) {
  const { t, i18n } = useTranslation();
  const [annex, setAnnex] = useState(true);
  const [data, setData] = useState<PlanExportsBody>();
  const [error, setError] = useState<string>();
  const base = `/workspaces/${context.workspaceId}/plans/${context.planId}`;
  const reload = useCallback(() => {
    api
      .get<PlanExportsBody>(`${base}/exports`)
      .then(setData)
      .catch(() => {});
  }, [base]);
  useEffect(reload, [reload]);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const manages = context.role === "owner" || context.role === "manager";

  async function deliver(id: string) {
    setError(undefined);
    try {
      await api.post(`/workspaces/${context.workspaceId}/plan-exports/${id}/delivered`);
      reload();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  return (
    <section className="card" aria-labelledby="exports-title">
      <h2 id="exports-title">{t("planSessions.exports")}</h2>
      <FormAlert error={error} />
      <CheckboxField
        idPrefix="export"
        name="annex"
        label={t("planSessions.withAnnex")}
        checked={annex}
        onChecked={setAnnex}
      />
      <p className="export-links">
        {(["pdf", "docx", "markdown"] as const).map((format) => (
          <a
            key={format}
            className="button"
            href={`/api/v1${base}/export?format=${format}${annex ? "&annex=true" : ""}`}
            download
            onClick={() => setTimeout(reload, 3000)}
          >
            {t(`planSessions.format.${format}`)}
          </a>
        ))}
      </p>
      {data?.changesSinceDelivery && (
        <>
          <h3>{t("planSessions.sinceDelivery")}</h3>
          {data.changesSinceDelivery.length === 0 ? (
            <p>{t("planSessions.noChange")}</p>
          ) : (
            <ul>
              {data.changesSinceDelivery.map((c) => (
                <li key={c.sectionId}>
                  {c.title} : {t(`planSessions.change.${c.change}`)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {data && data.exports.length > 0 && (
        <ul className="record-list">
          {data.exports.slice(0, 8).map((e) => (
            <li key={e.id}>
              {t(`planSessions.format.${e.format}`)} · {date.format(new Date(e.createdAt))}
              {e.deliveredAt ? (
                <span className="badge">{t("planSessions.delivered")}</span>
              ) : (
                manages && (
                  <button type="button" className="link-button" onClick={() => void deliver(e.id)}>
                    {t("planSessions.markDelivered")}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
