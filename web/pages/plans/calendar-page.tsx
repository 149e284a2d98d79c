// A plan's editorial calendar: month, week and list views of its actions and publications, a filter per channel,
// flags on items due soon and not ready, the predictable events, and the iCalendar download.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { CalendarItem, CalendarView } from "../../../src/contracts/plan-calendar.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { MemberData, Role } from "../../api/types.ts";
import { FormAlert, SelectField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { type CalendarContext, manages } from "./calendar-context.ts";
import { CalendarEventsPanel } from "./calendar-events-panel.tsx";
import { type CalendarMode, moveAnchor, rangeOf } from "./calendar-grid.ts";
import { CalendarItemDialog } from "./calendar-item-dialog.tsx";
import { ListView, MonthView, UndatedItems, WeekView } from "./calendar-views.tsx";
import "./calendar.css";

/** The list on a phone, the month on a wider screen. */
const firstMode = (): CalendarMode => (window.matchMedia("(max-width: 40rem)").matches ? "list" : "month");

export function CalendarPage() {
  const { t } = useTranslation();
  const { workspaceId = "", planId = "" } = useParams();
  const [mode, setMode] = useState<CalendarMode>(firstMode);
  const [anchor, setAnchor] = useState<string>();
  const [channel, setChannel] = useState("");
  const [view, setView] = useState<CalendarView>();
  const [title, setTitle] = useState<string>();
  const [role, setRole] = useState<Role>();
  const [owners, setOwners] = useState<MemberData[]>([]);
  const [challenges, setChallenges] = useState<Array<{ id: string; title: string }>>([]);
  const [dialog, setDialog] = useState<{ item: CalendarItem | undefined; day?: string | undefined }>();
  const [error, setError] = useState<string>();

  const reload = useCallback(() => {
    const range = anchor ? rangeOf(mode, anchor) : {};
    client
      .get("/workspaces/:workspaceId/plans/:planId/calendar", {
        params: { workspaceId, planId },
        query: { ...range, ...(channel ? { channel } : {}) },
      })
      .then((next) => {
        setView(next);
        setAnchor((current) => current ?? next.today);
      })
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId, planId, mode, anchor, channel]);

  useEffect(reload, [reload]);
  useEffect(() => {
    const params = { workspaceId };
    client
      .get("/workspaces/:workspaceId", { params })
      .then((result) => {
        setRole(result.workspace.role);
        if (result.workspace.role === "owner" || result.workspace.role === "manager")
          client
            .get("/workspaces/:workspaceId/challenges", { params })
            .then((list) => setChallenges(list.challenges))
            .catch(() => {});
      })
      .catch(() => {});
    client
      .get("/workspaces/:workspaceId/members", { params })
      .then((result) =>
        setOwners(result.members.filter((m) => ["owner", "manager", "guest"].includes(m.role))),
      )
      .catch(() => {});
    // The plan's own routes are not in the typed route table yet.
    api
      .get<{ plan: { title: string } }>(`/workspaces/${workspaceId}/plans/${planId}`)
      .then((result) => setTitle(result.plan.title))
      .catch(() => {});
  }, [workspaceId, planId]);

  const context: CalendarContext | undefined = role &&
    view && {
      workspaceId,
      planId,
      role,
      owners,
      challenges,
      events: view.events,
      channels: view.channels,
      open: (item, day) => setDialog({ item, day }),
      reload,
    };
  const items = view?.items ?? [];
  const modes: CalendarMode[] = ["month", "week", "list"];
  return (
    <section className="calendar-page">
      <p>
        <Link to={`/workspaces/${workspaceId}/plans/${planId}`}>{title ?? t("plans.title")}</Link>
      </p>
      <PageTitle text={t("planCalendar.title")} />
      <FormAlert error={error} />
      {(!context || !anchor) && !error && <Loading />}
      {context && anchor && view && (
        <>
          <div className="calendar-toolbar">
            <fieldset className="calendar-modes">
              <legend className="visually-hidden">{t("planCalendar.view")}</legend>
              {modes.map((m) => (
                <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
                  {t(`planCalendar.modes.${m}`)}
                </button>
              ))}
            </fieldset>
            {mode !== "list" && (
              <div className="calendar-nav">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAnchor(moveAnchor(mode, anchor, -1))}
                >
                  <span aria-hidden="true">‹ </span>
                  {t(`planCalendar.previous.${mode}`)}
                </button>
                <button type="button" className="secondary" onClick={() => setAnchor(view.today)}>
                  {t("planCalendar.today")}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAnchor(moveAnchor(mode, anchor, 1))}
                >
                  {t(`planCalendar.next.${mode}`)}
                  <span aria-hidden="true"> ›</span>
                </button>
              </div>
            )}
            <SelectField
              idPrefix="calendar"
              name="channel"
              label={t("planCalendar.filter")}
              value={channel}
              onValue={setChannel}
              options={[
                { value: "", label: t("planCalendar.allChannels") },
                ...view.channels.map((c) => ({ value: c, label: c })),
              ]}
            />
            <div className="calendar-actions">
              {manages(context.role) && (
                <button type="button" onClick={() => setDialog({ item: undefined, day: view.today })}>
                  {t("planCalendar.newItem")}
                </button>
              )}
              <a
                className="button"
                href={`/api/v1/workspaces/${workspaceId}/plans/${planId}/calendar.ics`}
                download
              >
                {t("planCalendar.ics")}
              </a>
            </div>
          </div>
          <p className="hint">
            {t("planCalendar.legend", { count: view.soonDays, zone: view.timeZone })}
            {" · "}
            {t("planCalendar.flagged", { count: items.filter((item) => item.flag).length })}
          </p>
          {mode === "month" && (
            <MonthView items={items} anchor={anchor} today={view.today} context={context} />
          )}
          {mode === "week" && <WeekView items={items} anchor={anchor} today={view.today} context={context} />}
          {mode === "list" && <ListView items={items} context={context} />}
          {mode !== "list" && <UndatedItems items={items} context={context} />}
          <CalendarEventsPanel context={context} />
          {dialog && (
            <CalendarItemDialog
              item={dialog.item}
              day={dialog.day}
              context={context}
              onClose={() => setDialog(undefined)}
            />
          )}
        </>
      )}
    </section>
  );
}
