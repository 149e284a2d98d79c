// A listening project's dashboard: every figure of the audit as a chart with its table; any figure opens its verbatims.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { canManageListening, type WorkspaceData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { AuthorsSection } from "./authors-section.tsx";
import { BarsSection, type Open, PolaritySection, VolumeSection } from "./image-sections.tsx";
import {
  type AuditData,
  formatCount,
  formatNet,
  type MentionFilter,
  type ProjectData,
  projectPage,
  projectPath,
} from "./listening-api.ts";
import { DimensionsSection, ShareOfVoiceSection, TopicsSection } from "./reputation-sections.tsx";
import { RulesSection } from "./rules-section.tsx";
import { Verbatims } from "./verbatims.tsx";

const formatDay = (day: string | null, language: string) =>
  day
    ? new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${day}T00:00:00Z`),
      )
    : "—";

export function ListeningDashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { workspaceId = "", projectId = "" } = useParams();
  const [workspace, setWorkspace] = useState<WorkspaceData>();
  const [project, setProject] = useState<ProjectData>();
  const [audit, setAudit] = useState<AuditData>();
  const [brand, setBrand] = useState("");
  const [error, setError] = useState<string>();
  const [opened, setOpened] = useState<{ filter: MentionFilter; label: string }>();
  const [changes, setChanges] = useState(0);
  const path = projectPath(workspaceId, projectId);

  useEffect(() => {
    const fail = (failure: unknown) => setError(formErrorsOf(failure, []).form);
    api
      .get<{ workspace: WorkspaceData }>(`/workspaces/${workspaceId}`)
      .then((r) => setWorkspace(r.workspace), fail);
    api.get<{ project: ProjectData }>(path).then((r) => {
      setProject(r.project);
      setBrand((current) => current || r.project.frame?.brand.name || "");
    }, fail);
  }, [workspaceId, path]);

  useEffect(() => {
    void changes;
    if (!project) return;
    const query = brand ? `?brand=${encodeURIComponent(brand)}` : "";
    api.get<{ audit: AuditData }>(`${path}/audit${query}`).then(
      (r) => setAudit(r.audit),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, [path, project, brand, changes]);

  const open: Open = useCallback((filter, label) => setOpened({ filter, label }), []);

  if (error && !project) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </div>
    );
  }
  if (!project || !workspace) return <Loading />;
  const manager = canManageListening(workspace.role);
  const panel = project.frame
    ? [project.frame.brand.name, ...project.frame.competitors.map((c) => c.name)]
    : [];

  return (
    <div className="stack dashboard">
      <p className="breadcrumb">
        <Link to={`/workspaces/${workspaceId}/listening`}>{t("listening.title")}</Link>
      </p>
      <PageTitle text={project.name} />
      <nav aria-label={t("listening.projectNav")} className="actions">
        {manager && (
          <Link className="button" to={projectPage(workspaceId, projectId, "/import")}>
            {t("listening.import")}
          </Link>
        )}
        <Link className="button" to={projectPage(workspaceId, projectId, "/snapshots")}>
          {t("listening.snapshots")}
        </Link>
        <Link className="button" to={projectPage(workspaceId, projectId, "/alerts")}>
          {t("alerts.title")}
        </Link>
        <Link className="button" to={projectPage(workspaceId, projectId, "/report")}>
          {t("listening.report")}
        </Link>
      </nav>
      <FormAlert error={error} />
      {panel.length > 1 && (
        <div className="field">
          <label htmlFor="audit-brand">{t("listening.focus")}</label>
          <select id="audit-brand" value={brand} onChange={(event) => setBrand(event.target.value)}>
            {panel.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {!audit && <Loading />}
      {audit && audit.mentions === 0 && <p>{t("listening.empty")}</p>}
      {opened && (
        <Verbatims
          key={`${opened.label}${JSON.stringify(opened.filter)}`}
          workspaceId={workspaceId}
          projectId={projectId}
          filter={opened.filter}
          label={opened.label}
          canCorrect={manager}
          onClose={() => setOpened(undefined)}
          onCorrected={() => setChanges((n) => n + 1)}
        />
      )}
      {audit && audit.mentions > 0 && (
        <>
          <p className="summary">
            {t("listening.summary", {
              count: audit.mentions,
              mentions: formatCount(audit.mentions, lang),
              brand: brand || project.name,
              from: formatDay(audit.scope.from, lang),
              to: formatDay(audit.scope.to, lang),
              net: formatNet(audit.netSentiment, lang),
            })}
          </p>
          <div className="dashboard-grid">
            <VolumeSection audit={audit} brand={brand} onOpen={open} />
            <ShareOfVoiceSection audit={audit} onOpen={open} />
            <PolaritySection audit={audit} brand={brand} onOpen={open} />
            <BarsSection
              id="emotions"
              title={t("listening.emotions")}
              bars={audit.emotions.map((e) => ({
                key: e.name,
                label: t(`listening.emotion.${e.name}`, { defaultValue: e.name }),
                value: e.mentions,
              }))}
              filterOf={(emotion) => ({ brand, emotion })}
              onOpen={open}
            />
            <DimensionsSection audit={audit} brand={brand} onOpen={open} />
            <TopicsSection audit={audit} brand={brand} onOpen={open} />
            <BarsSection
              id="channels"
              title={t("listening.channels")}
              bars={audit.channels.map((c) => ({
                key: `${c.channel}\u0000${c.source}`,
                label: `${c.source} (${c.channel})`,
                value: c.mentions,
                cells: [formatNet(c.netSentiment, lang)],
              }))}
              extra={{ columns: [t("listening.netSentiment")] }}
              filterOf={(key) => {
                const [channel, source] = key.split("\u0000");
                return { brand, channel, source };
              }}
              onOpen={open}
            />
            <BarsSection
              id="authors"
              title={t("listening.authors")}
              bars={audit.authors.map((a) => ({
                key: a.author,
                label: a.author,
                value: a.mentions,
                cells: [formatCount(a.reach, lang), formatCount(a.negative, lang)],
              }))}
              extra={{ columns: [t("listening.reach"), t("listening.negativeMentions")] }}
              filterOf={(author) => ({ brand, author })}
              onOpen={open}
            />
            <AuthorsSection path={path} brand={brand} changes={changes} onOpen={open} />
            {manager && <RulesSection path={path} onChanged={() => setChanges((n) => n + 1)} />}
          </div>
        </>
      )}
    </div>
  );
}
