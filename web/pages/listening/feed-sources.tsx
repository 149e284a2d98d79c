// The project's feed sources on the import page: follow an RSS or Atom address, see each source's last poll (success,
// error, next poll, mentions added), pause, resume or delete it. Reloaded when a poll job ends (`reload` grows).
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FeedSourceData } from "../../../src/contracts/listening-feeds.ts";
import { ApiError } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { formatCount } from "./listening-api.ts";

const feedsPath = "/workspaces/:workspaceId/listening/projects/:projectId/feeds" as const;
const sourcePath = "/workspaces/:workspaceId/listening/projects/:projectId/feeds/:sourceId" as const;

function When({ at, never }: { at: string | null; never: string }) {
  const { i18n } = useTranslation();
  if (!at) return <>{never}</>;
  const date = new Date(at);
  return (
    <time dateTime={at}>
      {new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(date)}
    </time>
  );
}

/** The last error translated from its code, or the server's English words when the code is not known here. */
function ProblemText({ source }: { source: FeedSourceData }) {
  const { t, i18n } = useTranslation();
  const code = source.lastErrorCode;
  if (!code || !i18n.exists(`listeningFeeds.problem.${code}`))
    return <span lang="en">{source.lastError}</span>;
  const params = source.lastErrorParams ?? {};
  const kind = params.kind ? t(`listeningFeeds.kind.${params.kind}`) : "";
  return <>{t(`listeningFeeds.problem.${code}`, { ...params, kind })}</>;
}

function SourceItem({
  source,
  onChange,
  onDelete,
}: {
  source: FeedSourceData;
  onChange: (status: "active" | "paused") => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = source.title ?? source.url;
  return (
    <li className="feed-source">
      <h3>{name}</h3>
      {source.title && <p className="feed-url">{source.url}</p>}
      <dl className="feed-status">
        <dt>{t("listeningFeeds.state")}</dt>
        <dd>{t(`listeningFeeds.status.${source.status}`)}</dd>
        <dt>{t("listeningFeeds.lastSuccess")}</dt>
        <dd>
          <When at={source.lastSuccessAt} never={t("listeningFeeds.never")} />
        </dd>
        {source.lastError && (
          <>
            <dt>{t("listeningFeeds.lastError")}</dt>
            <dd className="feed-error">
              <ProblemText source={source} />
            </dd>
          </>
        )}
        <dt>{t("listeningFeeds.nextPoll")}</dt>
        <dd>
          {source.status === "paused" ? (
            t("listeningFeeds.notPolled")
          ) : (
            <When at={source.nextPollAt} never={t("listeningFeeds.never")} />
          )}
        </dd>
        <dt>{t("listeningFeeds.taken")}</dt>
        <dd>{formatCount(source.taken, i18n.language)}</dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          aria-label={t(source.status === "active" ? "listeningFeeds.pauseOf" : "listeningFeeds.resumeOf", {
            name,
          })}
          onClick={() => onChange(source.status === "active" ? "paused" : "active")}
        >
          {t(source.status === "active" ? "listeningFeeds.pause" : "listeningFeeds.resume")}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t("listeningFeeds.deleteOf", { name })}
          onClick={onDelete}
        >
          {t("listeningFeeds.delete")}
        </button>
      </div>
    </li>
  );
}

/** Where an add failure goes: beside the address (bad or already followed), or in the section's alert. */
function addErrorOf(failure: unknown): { field?: string; form?: string } {
  if (failure instanceof ApiError && failure.code === "conflict")
    return { field: "listeningFeeds.duplicate" };
  if (failure instanceof ApiError && failure.field === "url") return { field: "listeningFeeds.badUrl" };
  if (failure instanceof ApiError && failure.errors.some((e) => e.field === "url"))
    return { field: "listeningFeeds.badUrl" };
  return { form: formErrorsOf(failure, []).form };
}

export function FeedSources({
  workspaceId,
  projectId,
  reload,
}: {
  workspaceId: string;
  projectId: string;
  reload: number;
}) {
  const { t } = useTranslation();
  const [sources, setSources] = useState<FeedSourceData[]>();
  const [url, setUrl] = useState("");
  const [errors, setErrors] = useState<{ field?: string; form?: string }>({});
  const params = { workspaceId, projectId };

  const load = useCallback(() => {
    client.get(feedsPath, { params: { workspaceId, projectId } }).then(
      (answer) => setSources(answer.sources),
      (failure: unknown) => setErrors({ form: formErrorsOf(failure, []).form }),
    );
  }, [workspaceId, projectId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` changes when a poll ended elsewhere.
  useEffect(load, [load, reload]);

  const act = async (action: () => Promise<unknown>) => {
    setErrors({});
    try {
      await action();
      load();
    } catch (failure) {
      setErrors({ form: formErrorsOf(failure, []).form });
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return setErrors({ field: "validation.required" });
    setErrors({});
    try {
      await client.post(feedsPath, { params, body: { url: url.trim() } });
      setUrl("");
      load();
    } catch (failure) {
      setErrors(addErrorOf(failure));
    }
  };

  return (
    <section className="card" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{t("listeningFeeds.title")}</h2>
      <p>{t("listeningFeeds.intro")}</p>
      <FormAlert error={errors.form} />
      <form onSubmit={add} noValidate>
        <TextField
          idPrefix="feed"
          name="url"
          type="url"
          inputMode="url"
          label={t("listeningFeeds.url")}
          hint={t("listeningFeeds.urlHint")}
          error={errors.field}
          value={url}
          onValue={setUrl}
        />
        <button type="submit" className="primary">
          {t("listeningFeeds.add")}
        </button>
      </form>
      {sources && sources.length === 0 && <p>{t("listeningFeeds.none")}</p>}
      {sources && sources.length > 0 && (
        <ul className="feed-sources">
          {sources.map((source) => (
            <SourceItem
              key={source.id}
              source={source}
              onChange={(status) =>
                void act(() =>
                  client.patch(sourcePath, { params: { ...params, sourceId: source.id }, body: { status } }),
                )
              }
              onDelete={() =>
                void act(() => client.delete(sourcePath, { params: { ...params, sourceId: source.id } }))
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
