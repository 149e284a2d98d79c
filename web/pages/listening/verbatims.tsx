// The verbatims behind a figure: the filtered mentions, 20 a page; a manager corrects polarity and relevance, one
// by one or the whole list at once.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading } from "../../components/page.tsx";
import { formatDateTime } from "../challenges/format.ts";
import { BulkCorrection } from "./bulk-correction.tsx";
import {
  formatCount,
  type MentionData,
  type MentionFilter,
  type Polarity,
  projectPath,
  queryOf,
} from "./listening-api.ts";

interface Page {
  total: number;
  page: number;
  pageSize: number;
  mentions: MentionData[];
}

function Correction({
  mention,
  path,
  onCorrected,
}: {
  mention: MentionData;
  path: string;
  onCorrected: (mention: MentionData) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const send = async (correction: { polarity?: Polarity; relevant?: boolean }) => {
    try {
      setError(undefined);
      await api.put(`${path}/mentions/${mention.id}/correction`, correction);
      onCorrected({ ...mention, ...correction, corrected: true });
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };
  const id = `polarity-${mention.id}`;
  return (
    <div className="correction">
      <FormAlert error={error} />
      <label htmlFor={id}>{t("listening.correctPolarity")}</label>
      <select
        id={id}
        value={mention.polarity}
        onChange={(event) => void send({ polarity: event.target.value as Polarity })}
      >
        {(["positive", "neutral", "negative"] as const).map((p) => (
          <option key={p} value={p}>
            {t(`listening.polarity.${p}`)}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => void send({ relevant: !mention.relevant })}>
        {mention.relevant ? t("listening.markIrrelevant") : t("listening.markRelevant")}
      </button>
    </div>
  );
}

export function Verbatims({
  workspaceId,
  projectId,
  filter,
  label,
  canCorrect,
  onClose,
  onCorrected,
}: {
  workspaceId: string;
  projectId: string;
  filter: MentionFilter;
  label: string;
  canCorrect: boolean;
  onClose: () => void;
  onCorrected: () => void;
}) {
  const { t, i18n } = useTranslation();
  const path = projectPath(workspaceId, projectId);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      setData(await api.get<Page>(`${path}/mentions?${queryOf(filter, page)}`));
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [path, filter, page]);

  useEffect(() => {
    setData(undefined);
    void load();
  }, [load]);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const replace = (mention: MentionData) => {
    setData(
      (current) =>
        current && { ...current, mentions: current.mentions.map((m) => (m.id === mention.id ? mention : m)) },
    );
    setNotice(t("listening.corrected"));
    onCorrected();
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <section aria-labelledby="verbatims-title" className="card verbatims">
      <h2 id="verbatims-title" ref={heading} tabIndex={-1}>
        {t("listening.verbatimsOf", { what: label })}
      </h2>
      <p>
        <button type="button" className="secondary" onClick={onClose}>
          {t("listening.closeVerbatims")}
        </button>
      </p>
      <StatusMessage>{notice}</StatusMessage>
      <FormAlert error={error} />
      {!data && !error && <Loading />}
      {data && (
        <p>
          {t("listening.verbatimCount", { count: data.total, n: formatCount(data.total, i18n.language) })}
        </p>
      )}
      {data && canCorrect && data.total > 0 && (
        <BulkCorrection
          path={path}
          filter={filter}
          total={data.total}
          onCorrected={(corrected) => {
            setNotice(
              t("listening.bulkDone", { count: corrected, n: formatCount(corrected, i18n.language) }),
            );
            onCorrected();
            void load();
          }}
        />
      )}
      {data && (
        <ol className="mention-list">
          {data.mentions.map((mention) => (
            <li key={mention.id} className={mention.relevant ? "mention" : "mention irrelevant"}>
              <blockquote>{mention.text}</blockquote>
              <p className="meta">
                {[mention.author, mention.source, formatDateTime(mention.publishedAt, i18n.language)]
                  .filter(Boolean)
                  .join(" · ")}{" "}
                ·{" "}
                <span className={`badge ${mention.polarity}`}>
                  {t(`listening.polarity.${mention.polarity}`)}
                </span>
                {mention.corrected && <> · {t("listening.correctedMark")}</>}
                {!mention.relevant && <> · {t("listening.irrelevant")}</>}
              </p>
              {canCorrect && <Correction mention={mention} path={path} onCorrected={replace} />}
            </li>
          ))}
        </ol>
      )}
      {data && pages > 1 && (
        <nav aria-label={t("listening.pages")} className="pager">
          <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t("listening.previous")}
          </button>
          <span>{t("listening.pageOf", { page, pages })}</span>
          <button
            type="button"
            className="secondary"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t("listening.next")}
          </button>
        </nav>
      )}
    </section>
  );
}
