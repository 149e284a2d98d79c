// One working session: its date, attendees and agenda, what it recorded (decisions, paths, urgent needs,
// deliverables), the forms to record more while it is open, and, once closed, what changed in the plan.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SessionBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { DeliverableList } from "./session-deliverables.tsx";
import { DecisionForm, NeedForm, PathForm } from "./session-record-forms.tsx";
import type { SessionsContext } from "./sessions-context.ts";

export function SessionCard({ session, context }: { session: SessionBody; context: SessionsContext }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string>();
  const open = session.status === "scheduled";
  const writes = context.role === "owner" || context.role === "manager" || context.role === "guest";
  const manages = context.role === "owner" || context.role === "manager";
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "full", timeStyle: "short" });
  const minutes = session.agenda.reduce((sum, item) => sum + item.durationMinutes, 0);
  const headingId = `session-${session.id}`;

  async function act(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      context.reload();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  return (
    <article className={`card session-card session-${session.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{session.title}</h3>
      <p className="session-when">
        {date.format(new Date(session.scheduledAt))} · {t(`planSessions.status.${session.status}`)}
      </p>
      <FormAlert error={error} />
      {session.attendees.length > 0 && (
        <p>
          {t("planSessions.attendees")} : {session.attendees.map((a) => a.name).join(", ")}
        </p>
      )}
      {session.agenda.length > 0 && (
        <>
          <h4>{t("planSessions.agendaTotal", { minutes })}</h4>
          <ol>
            {session.agenda.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: agenda items have no id and are shown in their stored order
              <li key={`${i}-${item.title}`}>
                {item.title} ({t("planSessions.minutes", { count: item.durationMinutes })})
              </li>
            ))}
          </ol>
        </>
      )}
      <h4>{t("planSessions.decisions")}</h4>
      {session.decisions.length === 0 && <p className="muted">{t("planSessions.noneYet")}</p>}
      <ul className="record-list">
        {session.decisions.map((d) => (
          <li key={d.id}>
            <strong>{d.statement}</strong>
            {d.chosenOption && ` — ${t("planSessions.chosen")} : ${d.chosenOption}`}
            {d.options.length > 0 && ` (${t("planSessions.considered")} : ${d.options.join(" / ")})`}
            {d.carriedBy && ` — ${t("planSessions.carriedBy")} : ${d.carriedBy.name}`}
            {d.reviewOn && (
              <span className={d.reviewDue ? "badge badge-due" : "badge"}>
                {t(d.reviewDue ? "planSessions.reviewDue" : "planSessions.reviewOn", { date: d.reviewOn })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {open && writes && <DecisionForm session={session} context={context} />}
      <h4>{t("planSessions.paths")}</h4>
      {session.paths.length === 0 && <p className="muted">{t("planSessions.noneYet")}</p>}
      <ul className="record-list">
        {session.paths.map((p) => (
          <li key={p.id} className={`path path-${p.status}`}>
            <strong>{p.title}</strong>{" "}
            <span className="badge">{t(`planSessions.pathStatus.${p.status}`)}</span>
            {p.reason && (
              <>
                {" "}
                — {t("planSessions.why")} : {p.reason}
              </>
            )}
          </li>
        ))}
      </ul>
      {open && writes && <PathForm session={session} context={context} />}
      <h4>{t("planSessions.needs")}</h4>
      {session.needs.length === 0 && <p className="muted">{t("planSessions.noneYet")}</p>}
      <ul className="record-list">
        {session.needs.map((n) => (
          <li key={n.id}>
            {n.metOn} — {n.need} → {n.response}{" "}
            <span className="badge">{t(`planSessions.needKind.${n.kind}`)}</span>
          </li>
        ))}
      </ul>
      {open && writes && <NeedForm session={session} context={context} />}
      <DeliverableList session={session} context={context} open={open && writes} />
      {session.version && (
        <>
          <h4>{t("planSessions.versionFrozen", { number: session.version.number })}</h4>
          {session.version.changes.length === 0 ? (
            <p>{t("planSessions.noChange")}</p>
          ) : (
            <ul>
              {session.version.changes.map((c) => (
                <li key={c.sectionId}>
                  {c.title} : {t(`planSessions.change.${c.change}`)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {open && manages && (
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(t("planSessions.closeConfirm")))
              void act(() =>
                api.post(`/workspaces/${context.workspaceId}/plan-sessions/${session.id}/close`),
              );
          }}
        >
          {t("planSessions.close")}
        </button>
      )}
    </article>
  );
}
