// A listening project's alerts: the rules managers set (add, edit, pause, delete), following them, the latest alerts.

import type { Static } from "@sinclair/typebox";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { AlertRulesResponse } from "../../../src/contracts/listening-alerts.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { canManageListening } from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { formatDateTime } from "../challenges/format.ts";
import { type AlertRuleData, AlertRuleForm, type AlertRuleSubmission } from "./alert-rule-form.tsx";
import { type ProjectData, projectPage, projectPath } from "./listening-api.ts";

type AlertsData = Static<typeof AlertRulesResponse>;
type Firing = AlertsData["firings"][number];

/** One line on what a rule watches, beyond its kind. */
function RuleSummary({ rule }: { rule: AlertRuleData }) {
  const { t } = useTranslation();
  const s = rule.settings;
  const parts = [
    s.brand ? t("alerts.summary.brand", { brand: s.brand }) : null,
    s.drop !== undefined ? t("alerts.summary.drop", { points: Math.round(s.drop * 100) }) : null,
    s.windowDays !== undefined ? t("alerts.summary.window", { count: s.windowDays }) : null,
    s.minimumMentions !== undefined ? t("alerts.summary.minimum", { count: s.minimumMentions }) : null,
    s.query ? t("alerts.summary.query", { query: s.query }) : null,
    t("alerts.summary.interval", { count: rule.minIntervalHours }),
  ].filter(Boolean);
  return <p className="meta">{parts.join(" · ")}</p>;
}

export function AlertsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "", projectId = "" } = useParams();
  const params = { workspaceId, projectId };
  const [data, setData] = useState<AlertsData>();
  const [projectName, setProjectName] = useState("");
  const [panel, setPanel] = useState<string[]>([]);
  const [manager, setManager] = useState(false);
  const [editing, setEditing] = useState<string>();
  /** Bumped after each rule added, so the form starts blank again. */
  const [added, setAdded] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    setData(
      await client.get("/workspaces/:workspaceId/listening/projects/:projectId/alerts", {
        params: { workspaceId, projectId },
      }),
    );
  }, [workspaceId, projectId]);

  useEffect(() => {
    const fail = (failure: unknown) => setError(formErrorsOf(failure, []).form);
    client
      .get("/workspaces/:workspaceId", { params: { workspaceId } })
      .then((r) => setManager(canManageListening(r.workspace.role)), fail);
    load().catch(fail);
  }, [workspaceId, load]);

  useEffect(() => {
    api
      .get<{ project: ProjectData }>(projectPath(workspaceId, projectId))
      .then(({ project }) => {
        setProjectName(project.name);
        const frame = project.frame;
        setPanel(frame ? [frame.brand.name, ...frame.competitors.map((c) => c.name)] : []);
      })
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId, projectId]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await action();
      setNotice(done);
      await load();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };

  const add = async (values: AlertRuleSubmission) => {
    await client.post("/workspaces/:workspaceId/listening/projects/:projectId/alerts/rules", {
      params,
      body: values,
    });
    setNotice(t("alerts.added", { name: values.name }));
    setAdded((n) => n + 1);
    await load();
  };

  const save = (ruleId: string) => async (values: AlertRuleSubmission) => {
    const { kind: _kind, ...change } = values;
    await client.patch("/workspaces/:workspaceId/listening/projects/:projectId/alerts/rules/:ruleId", {
      params: { ...params, ruleId },
      body: change,
    });
    setEditing(undefined);
    setNotice(t("alerts.saved", { name: values.name }));
    await load();
  };

  const firingText = (f: Firing) =>
    f.details.type === "listening-alert"
      ? t(`notifications.alerts.${f.details.alert}`, {
          project: projectName,
          rule: f.details.ruleName,
          mentions: f.details.mentions,
          topic: f.details.topic ?? "",
          query: f.details.query ?? "",
        })
      : "";

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={projectPage(workspaceId, projectId)}>{t("listening.backToDashboard")}</Link>
      </p>
      <PageTitle text={t("alerts.title")} />
      <p>{t("alerts.intro")}</p>
      <StatusMessage>{notice}</StatusMessage>
      <FormAlert error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <section className="card" aria-labelledby="alerts-follow-title">
            <h2 id="alerts-follow-title">{t("alerts.follow")}</h2>
            <p>{data.subscribed ? t("alerts.following") : t("alerts.notFollowing")}</p>
            <p className="hint">
              {t("alerts.channels")} <Link to="/notifications/preferences">{t("preferences.title")}</Link>
            </p>
            <button
              type="button"
              onClick={() =>
                void act(
                  () =>
                    client.put("/workspaces/:workspaceId/listening/projects/:projectId/alerts/subscription", {
                      params,
                      body: { subscribed: !data.subscribed },
                    }),
                  data.subscribed ? t("alerts.unfollowed") : t("alerts.followed"),
                )
              }
            >
              {data.subscribed ? t("alerts.unfollowButton") : t("alerts.followButton")}
            </button>
          </section>

          <section aria-labelledby="alert-rules-title" className="stack">
            <h2 id="alert-rules-title">{t("alerts.rules")}</h2>
            {data.rules.length === 0 && <p className="card">{t("alerts.noRule")}</p>}
            <ul className="alert-rules">
              {data.rules.map((rule) => (
                <li key={rule.id} className="card">
                  {editing === rule.id ? (
                    <AlertRuleForm
                      idPrefix={`rule-${rule.id}`}
                      panel={panel}
                      rule={rule}
                      onSubmit={save(rule.id)}
                      onCancel={() => setEditing(undefined)}
                    />
                  ) : (
                    <>
                      <h3>
                        {rule.name} {rule.paused && <span className="tag">{t("alerts.paused")}</span>}
                      </h3>
                      <p className="meta">{t("alerts.kindIs", { kind: t(`alerts.kinds.${rule.kind}`) })}</p>
                      <RuleSummary rule={rule} />
                      <p className="meta">
                        {rule.lastFiredAt
                          ? t("alerts.lastFired", { at: formatDateTime(rule.lastFiredAt, i18n.language) })
                          : t("alerts.neverFired")}
                      </p>
                      {manager && (
                        <div className="actions">
                          <button type="button" onClick={() => setEditing(rule.id)}>
                            {t("alerts.edit")}
                            <span className="visually-hidden"> {rule.name}</span>
                          </button>
                          <button
                            type="button"
                            onClick={() =>
                              void act(
                                () =>
                                  client.patch(
                                    "/workspaces/:workspaceId/listening/projects/:projectId/alerts/rules/:ruleId",
                                    {
                                      params: { ...params, ruleId: rule.id },
                                      body: { paused: !rule.paused },
                                    },
                                  ),
                                rule.paused
                                  ? t("alerts.resumed", { name: rule.name })
                                  : t("alerts.pausedNotice", { name: rule.name }),
                              )
                            }
                          >
                            {rule.paused ? t("alerts.resume") : t("alerts.pause")}
                            <span className="visually-hidden"> {rule.name}</span>
                          </button>
                          <button
                            type="button"
                            className="danger"
                            onClick={() =>
                              void act(
                                () =>
                                  client.delete(
                                    "/workspaces/:workspaceId/listening/projects/:projectId/alerts/rules/:ruleId",
                                    { params: { ...params, ruleId: rule.id } },
                                  ),
                                t("alerts.deleted", { name: rule.name }),
                              )
                            }
                          >
                            {t("alerts.delete")}
                            <span className="visually-hidden"> {rule.name}</span>
                          </button>
                        </div>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>

          {manager && (
            <section aria-labelledby="alert-add-title">
              <h2 id="alert-add-title">{t("alerts.addTitle")}</h2>
              <AlertRuleForm key={added} idPrefix="new-rule" panel={panel} onSubmit={add} />
            </section>
          )}

          <section aria-labelledby="alert-history-title" className="card">
            <h2 id="alert-history-title">{t("alerts.history")}</h2>
            {data.firings.length === 0 ? (
              <p>{t("alerts.noAlert")}</p>
            ) : (
              <ul>
                {data.firings.map((f) => (
                  <li key={f.id}>
                    {firingText(f)} <span className="meta">{formatDateTime(f.firedAt, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
