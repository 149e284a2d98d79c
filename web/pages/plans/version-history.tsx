// The plan's versions, one per closed session, and the comparison of any two of them (or of one with now), section
// by section, lines added and removed marked by more than colour.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompareBody, PlanSessionsBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert, SelectField } from "../../components/form-field.tsx";
import type { SessionsContext } from "./sessions-context.ts";

export function VersionHistory({
  context,
  versions,
}: {
  context: SessionsContext;
  versions: PlanSessionsBody["versions"];
}) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("current");
  const [diff, setDiff] = useState<CompareBody>();
  const [error, setError] = useState<string>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const options = [{ value: "current", label: t("planSessions.current") }].concat(
    versions.map((v) => ({
      value: String(v.number),
      label: t("planSessions.versionLabel", { number: v.number, date: date.format(new Date(v.createdAt)) }),
    })),
  );
  const first = from || String(versions[versions.length - 1]?.number ?? "current");

  async function compare() {
    setError(undefined);
    try {
      setDiff(
        await api.get<CompareBody>(
          `/workspaces/${context.workspaceId}/plans/${context.planId}/versions/compare?from=${first}&to=${to}`,
        ),
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t("planSessions.history")}</h2>
      {versions.length === 0 ? (
        <p>{t("planSessions.noVersion")}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void compare();
          }}
        >
          <FormAlert error={error} />
          <SelectField
            idPrefix="compare"
            name="from"
            label={t("planSessions.from")}
            value={first}
            onValue={setFrom}
            options={options}
          />
          <SelectField
            idPrefix="compare"
            name="to"
            label={t("planSessions.to")}
            value={to}
            onValue={setTo}
            options={options}
          />
          <button type="submit" className="button">
            {t("planSessions.compare")}
          </button>
        </form>
      )}
      {diff && (
        <div className="diff" aria-live="polite">
          {diff.sections.filter((s) => s.change !== "unchanged" || s.moved).length === 0 && (
            <p>{t("planSessions.noChange")}</p>
          )}
          {diff.sections
            .filter((s) => s.change !== "unchanged" || s.moved)
            .map((s) => (
              <article key={s.sectionId} className="diff-section">
                <h3>
                  {s.title}{" "}
                  <span className="badge">
                    {t(`planSessions.change.${s.change === "unchanged" ? "moved" : s.change}`)}
                  </span>
                </h3>
                {s.previousTitle && <p>{t("planSessions.renamed", { title: s.previousTitle })}</p>}
                <div className="diff-lines">
                  {s.parts
                    .filter((p) => p.change !== "same")
                    .map((p, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts have no id; the list is rebuilt whole
                      <p key={`${s.sectionId}-${i}`} className={`diff-${p.change}`}>
                        {p.change === "added" ? <ins>{`+ ${p.text}`}</ins> : <del>{`− ${p.text}`}</del>}
                      </p>
                    ))}
                </div>
              </article>
            ))}
        </div>
      )}
    </section>
  );
}
