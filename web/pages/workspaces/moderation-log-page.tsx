// The moderation log of a workspace, for moderators, managers and owners: who did what, to which item or member,
// why and when; newest first, filtered by act, 20 a page.
import type { Static } from "@sinclair/typebox";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { ModerationLog, ModerationLogQuery } from "../../../src/contracts/moderation.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert, SelectField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { formatDateTime } from "../challenges/format.ts";

type LogData = Static<typeof ModerationLog>;
type Query = Static<typeof ModerationLogQuery>;
const acts = ["hide", "restore", "release", "dismiss-flags", "block", "unblock"] as const;

export function ModerationLogPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const act = search.get("act") ?? "";
  const page = Math.max(1, Number(search.get("page") ?? "1") || 1);
  const [log, setLog] = useState<LogData>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    setError(undefined);
    try {
      setLog(
        await client.get("/workspaces/:workspaceId/moderation/log", {
          params: { workspaceId },
          // The act comes from the address bar: the server refuses one it does not know.
          query: { act: (act || undefined) as Query["act"], page: page > 1 ? String(page) : undefined },
        }),
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId, act, page]);
  useEffect(() => {
    void load();
  }, [load]);

  const go = (next: { act?: string; page?: number }) => {
    const params = new URLSearchParams();
    const nextAct = next.act ?? act;
    if (nextAct) params.set("act", nextAct);
    const nextPage = next.page ?? 1;
    if (nextPage > 1) params.set("page", String(nextPage));
    setSearch(params);
  };
  const pages = log ? Math.max(1, Math.ceil(log.total / log.pageSize)) : 1;

  return (
    <section>
      <p>
        <Link to={`/workspaces/${workspaceId}`}>{t("moderationLog.back")}</Link>
      </p>
      <PageTitle text={t("moderationLog.title")} />
      <FormAlert error={error} />
      <SelectField
        idPrefix="log"
        name="act"
        label={t("moderationLog.filter")}
        value={act}
        onValue={(value) => go({ act: value, page: 1 })}
        options={[
          { value: "", label: t("moderationLog.allActs") },
          ...acts.map((value) => ({ value, label: t(`moderationLog.acts.${value}`) })),
        ]}
      />
      {!log ? (
        error ? null : (
          <Loading />
        )
      ) : log.entries.length === 0 ? (
        <p className="meta">{t("moderationLog.empty")}</p>
      ) : (
        <>
          <p className="meta" role="status">
            {t("moderationLog.count", { count: log.total })}
          </p>
          <ol className="moderation-log card">
            {log.entries.map((entry) => (
              <li key={entry.id}>
                <p>
                  <strong>{entry.actorName ?? t("moderationLog.someone")}</strong>{" "}
                  <span className="tag">{t(`moderationLog.acts.${entry.act}`)}</span>{" "}
                  {entry.memberName !== null && <span>{entry.memberName}</span>}
                  {entry.itemText !== null &&
                    (entry.ideaId ? (
                      <Link to={`/workspaces/${workspaceId}/ideas/${entry.ideaId}`}>
                        {t(entry.subject === "comment" ? "moderationLog.comment" : "moderationLog.idea", {
                          text: entry.itemText.slice(0, 80),
                        })}
                      </Link>
                    ) : (
                      <span>{entry.itemText.slice(0, 80)}</span>
                    ))}
                </p>
                {entry.reason && (
                  <p className="prose">{t("moderationLog.reason", { reason: entry.reason })}</p>
                )}
                <p className="meta">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                </p>
              </li>
            ))}
          </ol>
          <nav aria-label={t("moderationLog.pages")} className="actions">
            <button type="button" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
              {t("moderationLog.newer")}
            </button>
            <span className="meta">{t("moderationLog.pageOf", { page, pages })}</span>
            <button type="button" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
              {t("moderationLog.older")}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
