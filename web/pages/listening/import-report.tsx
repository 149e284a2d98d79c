// An import's progress bar while it runs, then its report: rows taken, duplicates skipped, rows rejected and why.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatCount, type ImportData } from "./listening-api.ts";
import { ScrollRegion } from "./scroll-region.tsx";

export function ImportReport({ report, dashboard }: { report: ImportData; dashboard: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const finished = report.status !== "queued" && report.status !== "running";
  return (
    <section aria-labelledby="report-title" className="card">
      <h2 id="report-title">{t("listening.importOf", { file: report.fileName })}</h2>
      <p role="status">{t(`listening.status.${report.status}`)}</p>
      {!finished && (
        <progress
          className="import-progress"
          max={Math.max(report.total, 1)}
          value={report.done}
          aria-label={t("listening.progress", { done: report.done, total: report.total })}
        />
      )}
      {report.error && <p className="alert alert-error">{report.error}</p>}
      {report.status === "done" && (
        <>
          <ul>
            <li>{t("listening.taken", { count: report.taken, n: formatCount(report.taken, lang) })}</li>
            <li>{t("listening.duplicates", { count: report.duplicates.length })}</li>
            <li>{t("listening.rejected", { count: report.rejected.length })}</li>
          </ul>
          {report.rejected.length > 0 && (
            <ScrollRegion label={t("listening.rejectedCaption")}>
              <table className="ranking-table">
                <caption>{t("listening.rejectedCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("listening.line")}</th>
                    <th scope="col">{t("listening.fieldName")}</th>
                    <th scope="col">{t("listening.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.slice(0, 100).map((row) => (
                    <tr key={`${row.line}-${row.field ?? ""}`}>
                      <th scope="row">{row.line}</th>
                      <td>{row.field ?? "—"}</td>
                      <td>{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {report.duplicates.length > 0 && (
            <p>
              {t("listening.duplicateLines", {
                lines: report.duplicates
                  .slice(0, 30)
                  .map((d) => d.line)
                  .join(", "),
              })}
            </p>
          )}
          <p>
            <Link to={dashboard}>{t("listening.seeDashboard")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
