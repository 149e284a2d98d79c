// The audit report to hand to a client: the server's printable page (its own stylesheet kept apart in a shadow
// root), in French or English, with its PDF to download.

import type { Static } from "@sinclair/typebox";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ReportPageResponse } from "../../../src/contracts/listening.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { projectPage, projectPath } from "./listening-api.ts";

type ReportPage = Static<typeof ReportPageResponse>;
type Language = "fr" | "en";

export function ListeningReportPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "", projectId = "" } = useParams();
  const [language, setLanguage] = useState<Language>(i18n.language.startsWith("en") ? "en" : "fr");
  const [report, setReport] = useState<ReportPage>();
  const [error, setError] = useState<string>();
  const host = useRef<HTMLDivElement>(null);
  const path = projectPath(workspaceId, projectId);

  useEffect(() => {
    setReport(undefined);
    api
      .get<ReportPage>(`${path}/report?language=${language}`)
      .then(setReport, (failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [path, language]);

  // The report's HTML is the server's (every user text escaped there, charts as SVG); its stylesheet stays in
  // the shadow root and cannot restyle the app around it.
  useEffect(() => {
    const element = host.current;
    if (!element || !report) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    root.innerHTML = `<style>${report.style}</style>${report.body}`;
  }, [report]);

  return (
    <div className="stack report-page">
      <p className="breadcrumb no-print">
        <Link to={`/workspaces/${workspaceId}/listening`}>{t("listening.title")}</Link>
        {" / "}
        <Link to={projectPage(workspaceId, projectId)}>{t("listening.dashboard")}</Link>
      </p>
      <PageTitle text={t("listening.report")} />
      <div className="actions no-print">
        <div className="field">
          <label htmlFor="report-language">{t("listening.reportLanguage")}</label>
          <select
            id="report-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
        <a className="button primary" href={`/api/v1${path}/report.pdf?language=${language}`} download>
          {t("listening.downloadPdf")}
        </a>
        <button type="button" onClick={() => window.print()}>
          {t("listening.print")}
        </button>
      </div>
      <FormAlert error={error} />
      {!report && !error && <Loading />}
      <div ref={host} className="report-document" lang={language} />
    </div>
  );
}
