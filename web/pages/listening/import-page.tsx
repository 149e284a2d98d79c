// Importing mentions: a file with its mapping step (preview, a column per field, presets), or pasted text; then the
// import's progress, polled, and its report (taken, duplicates, rejected with line and reason).
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert, TextAreaField } from "../../components/form-field.tsx";
import { PageTitle } from "../../components/page.tsx";
import { type LiveEvent, useLive } from "../../live/use-live.ts";
import { FeedSources } from "./feed-sources.tsx";
import { ImportReport } from "./import-report.tsx";
import {
  type ImportData,
  projectPage,
  projectPath,
  startImport,
  type UploadData,
  uploadFile,
} from "./listening-api.ts";
import { ScrollRegion } from "./scroll-region.tsx";

const mentionFields = [
  "text",
  "id",
  "date",
  "author",
  "source",
  "channel",
  "url",
  "reach",
  "likes",
  "shares",
  "comments",
  "language",
] as const;

function MappingStep({
  upload,
  onStart,
}: {
  upload: UploadData;
  onStart: (mapping: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Record<string, string>>(upload.mapping);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart(Object.fromEntries(Object.entries(mapping).filter(([, column]) => column)));
  };
  const presets = Object.keys(upload.presets);
  return (
    <form onSubmit={submit} className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t("listening.mapping")}</h2>
      <p>{t("listening.mappingIntro", { file: upload.fileName, format: upload.format })}</p>
      {presets.length > 0 && (
        <div className="field">
          <label htmlFor="mapping-preset">{t("listening.preset")}</label>
          <select
            id="mapping-preset"
            defaultValue={upload.preset ?? ""}
            onChange={(event) => {
              const preset = upload.presets[event.target.value];
              if (preset) setMapping(preset);
            }}
          >
            <option value="">{t("listening.noPreset")}</option>
            {presets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="mapping-grid">
        {mentionFields.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`map-${field}`}>{t(`listening.field.${field}`)}</label>
            <select
              id={`map-${field}`}
              value={mapping[field] ?? ""}
              onChange={(event) => setMapping({ ...mapping, [field]: event.target.value })}
            >
              <option value="">{t("listening.noColumn")}</option>
              {upload.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <ScrollRegion label={t("listening.previewCaption", { count: upload.preview.length })}>
        <table className="ranking-table preview">
          <caption>{t("listening.previewCaption", { count: upload.preview.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("listening.line")}</th>
              {upload.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {upload.preview.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                {upload.columns.map((column) => (
                  <td key={column}>{row.fields[column]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <button type="submit" className="primary">
        {t("listening.startImport")}
      </button>
    </form>
  );
}

export function ListeningImportPage() {
  const { t } = useTranslation();
  const { workspaceId = "", projectId = "" } = useParams();
  const [upload, setUpload] = useState<UploadData>();
  const [running, setRunning] = useState<ImportData>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState("");
  // Grow when an import's job reports progress or ends, and when a feed poll ends: what they show is read again.
  const [importHeard, setImportHeard] = useState(0);
  const [feedsHeard, setFeedsHeard] = useState(0);
  useLive(workspaceId, (event: LiveEvent) => {
    if (event.type === "mention-import.finished") setImportHeard((n) => n + 1);
    if (event.type !== "job.progressed" && event.type !== "job.finished") return;
    if (event.data.kind === "import-mentions") setImportHeard((n) => n + 1);
    if (event.data.kind === "poll-feed" && event.type === "job.finished") setFeedsHeard((n) => n + 1);
  });

  const attempt = async (action: () => Promise<void>) => {
    setError(undefined);
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (
      !running ||
      running.status === "done" ||
      running.status === "failed" ||
      running.status === "cancelled"
    )
      return;
    const timer = window.setTimeout(() => {
      api.get<{ import: ImportData }>(`${projectPath(workspaceId, projectId)}/imports/${running.id}`).then(
        (r) => setRunning(r.import),
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
    }, 700);
    return () => window.clearTimeout(timer);
  }, [running, workspaceId, projectId]);
  // A job's progress event reads the running import at once (the timer above is the fallback when offline).
  const runningId =
    running && (running.status === "queued" || running.status === "running") ? running.id : "";
  useEffect(() => {
    if (!runningId || importHeard === 0) return;
    api.get<{ import: ImportData }>(`${projectPath(workspaceId, projectId)}/imports/${runningId}`).then(
      (r) => setRunning(r.import),
      () => {},
    );
  }, [importHeard, runningId, workspaceId, projectId]);

  const onFile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setError("listening.chooseFile");
    void attempt(async () => {
      setRunning(undefined);
      setUpload(await uploadFile(workspaceId, projectId, file));
    });
  };
  const start = (mapping: Record<string, string>) =>
    void attempt(async () => {
      if (!upload) return;
      setRunning(
        await startImport(workspaceId, projectId, "imports", { uploadId: upload.uploadId, mapping }),
      );
      setUpload(undefined);
    });
  const onPaste = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) return setError("listening.pasteEmpty");
    void attempt(async () => {
      setRunning(await startImport(workspaceId, projectId, "paste", { text }));
      setText("");
    });
  };

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={projectPage(workspaceId, projectId)}>{t("listening.backToDashboard")}</Link>
      </p>
      <PageTitle text={t("listening.importTitle")} />
      <FormAlert error={error} />
      {running && <ImportReport report={running} dashboard={projectPage(workspaceId, projectId)} />}
      {upload ? (
        <MappingStep upload={upload} onStart={start} />
      ) : (
        <>
          <form onSubmit={onFile} className="card" aria-labelledby="file-title">
            <h2 id="file-title">{t("listening.fileTitle")}</h2>
            <div className="field">
              <label htmlFor="import-file">{t("listening.file")}</label>
              <input
                id="import-file"
                name="file"
                type="file"
                accept=".csv,.tsv,.txt,.json,.jsonl"
                aria-describedby="import-file-hint"
              />
              <p id="import-file-hint" className="hint">
                {t("listening.fileHint")}
              </p>
            </div>
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {t("listening.readFile")}
            </button>
          </form>
          <form onSubmit={onPaste} className="card" aria-labelledby="paste-title">
            <h2 id="paste-title">{t("listening.pasteTitle")}</h2>
            <TextAreaField
              idPrefix="paste"
              name="text"
              label={t("listening.pasteLabel")}
              hint={t("listening.pasteHint")}
              value={text}
              onValue={setText}
              rows={6}
            />
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {t("listening.pasteSubmit")}
            </button>
          </form>
          <FeedSources workspaceId={workspaceId} projectId={projectId} reload={feedsHeard} />
        </>
      )}
    </div>
  );
}
