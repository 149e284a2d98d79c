// A workspace's listening projects: the list for its readers, and the creation form with the frame for its managers.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { canManageListening, type WorkspaceData } from "../../api/types.ts";
import { FormAlert, TextAreaField, TextField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { formatDateTime } from "../challenges/format.ts";
import { type ProjectData, projectPage, projectsPath } from "./listening-api.ts";

const fields = ["name", "frame.brand.name", "frame.brand.query", "frame.competitors"] as const;

/** "Name = query" on each line; a line without "=" is its own query. */
function competitorsOf(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf("=");
      if (at < 0) return { name: line.slice(0, 100), query: line };
      return { name: line.slice(0, at).trim(), query: line.slice(at + 1).trim() };
    });
}

function CreateProjectForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [brand, setBrand] = useState("");
  const [query, setQuery] = useState("");
  const [competitors, setCompetitors] = useState("");
  const form = useForm(fields, ["name"], () => ({ name }));

  const submit = form.handle(async () => {
    const frame = brand.trim()
      ? {
          brand: { name: brand.trim(), query: query.trim() || brand.trim() },
          competitors: competitorsOf(competitors),
          sources: [],
          periodStart: null,
          periodEnd: null,
          language: "auto",
        }
      : undefined;
    const result = await api.post<{ project: ProjectData }>(projectsPath(workspaceId), {
      name: name.trim(),
      ...(frame ? { frame } : {}),
    });
    await navigate(projectPage(workspaceId, result.project.id, "/import"));
  });

  return (
    <section aria-labelledby="new-project-title" className="card">
      <h2 id="new-project-title">{t("listening.newProject")}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="project"
          name="name"
          label={t("listening.projectName")}
          value={name}
          onValue={setName}
          required
          maxLength={200}
          error={form.errors.fields.name}
        />
        <TextField
          idPrefix="project"
          name="frame.brand.name"
          label={t("listening.brandName")}
          hint={t("listening.brandNameHint")}
          value={brand}
          onValue={setBrand}
          maxLength={100}
          error={form.errors.fields["frame.brand.name"]}
        />
        <TextField
          idPrefix="project"
          name="frame.brand.query"
          label={t("listening.brandQuery")}
          hint={t("listening.queryHint")}
          value={query}
          onValue={setQuery}
          maxLength={2000}
          error={form.errors.fields["frame.brand.query"]}
        />
        <TextAreaField
          idPrefix="project"
          name="frame.competitors"
          label={t("listening.competitors")}
          hint={t("listening.competitorsHint")}
          value={competitors}
          onValue={setCompetitors}
          rows={3}
          error={form.errors.fields["frame.competitors"]}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("listening.create")}
        </button>
      </form>
    </section>
  );
}

export function ListeningProjectsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "" } = useParams();
  const [workspace, setWorkspace] = useState<WorkspaceData>();
  const [projects, setProjects] = useState<ProjectData[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api.get<{ workspace: WorkspaceData }>(`/workspaces/${workspaceId}`).then(
      (result) => setWorkspace(result.workspace),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
    api.get<{ projects: ProjectData[] }>(projectsPath(workspaceId)).then(
      (result) => setProjects(result.projects),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, [workspaceId]);

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={`/workspaces/${workspaceId}`}>{workspace?.name ?? t("listening.backToWorkspace")}</Link>
      </p>
      <PageTitle text={t("listening.title")} />
      <p>{t("listening.intro")}</p>
      <FormAlert error={error} />
      <section aria-labelledby="projects-title" className="card">
        <h2 id="projects-title">{t("listening.projects")}</h2>
        {!projects && !error && <Loading />}
        {projects?.length === 0 && <p>{t("listening.noProject")}</p>}
        {projects && projects.length > 0 && (
          <ul className="challenge-list">
            {projects.map((project) => (
              <li key={project.id} className="challenge-item">
                <Link to={projectPage(workspaceId, project.id)}>{project.name}</Link>
                <span className="meta">
                  {project.frame
                    ? t("listening.panelOf", {
                        names: [
                          project.frame.brand.name,
                          ...project.frame.competitors.map((c) => c.name),
                        ].join(", "),
                      })
                    : t("listening.noFrame")}{" "}
                  · {t("listening.createdAt", { date: formatDateTime(project.createdAt, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {workspace && canManageListening(workspace.role) && <CreateProjectForm workspaceId={workspaceId} />}
    </div>
  );
}
