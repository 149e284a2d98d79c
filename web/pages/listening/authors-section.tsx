// Who speaks: the most active authors with their reach, channels, tone and topics, and communities of authors.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuthorsBody } from "../../../src/contracts/listening.ts";
import { api } from "../../api/client.ts";
import { FigureTable } from "./figure-table.tsx";
import type { Open } from "./image-sections.tsx";
import { formatCount, formatNet, formatShare } from "./listening-api.ts";

/** Authors shown in the table (the API lists more, among whom communities are found). */
const shown = 15;

export function AuthorsSection({
  path,
  brand,
  changes,
  onOpen,
}: {
  path: string;
  brand: string;
  changes: number;
  onOpen: Open;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [data, setData] = useState<AuthorsBody>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void changes;
    const query = brand ? `?brand=${encodeURIComponent(brand)}` : "";
    api.get<AuthorsBody>(`${path}/authors${query}`).then(setData, () => setFailed(true));
  }, [path, brand, changes]);

  return (
    <section aria-labelledby="who-title" className="card wide">
      <h2 id="who-title">{t("listening.whoSpeaks")}</h2>
      {failed && <p role="alert">{t("listening.loadFailed")}</p>}
      {data && data.authors.length === 0 && <p>{t("listening.nothing")}</p>}
      {data && data.authors.length > 0 && (
        <FigureTable
          caption={t("listening.authorsTable")}
          columns={[
            t("listening.author"),
            t("listening.mentions"),
            t("listening.reach"),
            t("listening.channels"),
            t("listening.netSentiment"),
            t("listening.topics"),
          ]}
          rows={data.authors.slice(0, shown).map((a) => ({
            key: a.author,
            label: a.author,
            filter: { brand, author: a.author },
            cells: [
              formatCount(a.mentions, lang),
              formatCount(a.reach, lang),
              a.channels.map((c) => c.channel || "—").join(", "),
              formatNet(a.netSentiment, lang),
              a.topics.map((topic) => topic.label).join(", "),
            ],
          }))}
          onOpen={onOpen}
        />
      )}
      <h3 id="communities-title">{t("listening.communities")}</h3>
      <p className="hint">{t("listening.communitiesHint")}</p>
      {data && data.communities.length === 0 && <p>{t("listening.noCommunity")}</p>}
      {data && data.communities.length > 0 && (
        <ul className="communities" aria-labelledby="communities-title">
          {data.communities.map((c) => (
            <li key={c.id} className="community">
              <p>
                <strong>
                  {c.topics.map((topic) => `${topic.label} (${formatShare(topic.share, lang)})`).join(" · ")}
                </strong>
              </p>
              <p className="hint">
                {t("listening.communitySize", {
                  count: c.authors.length,
                  authors: formatCount(c.authors.length, lang),
                  mentions: formatCount(c.mentions, lang),
                  reach: formatCount(c.reach, lang),
                })}
              </p>
              <p>
                {c.authors.slice(0, 12).map((author, i) => (
                  <span key={author}>
                    {i > 0 && ", "}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t("listening.openVerbatims", { what: author })}
                      onClick={() => onOpen({ brand, author }, author)}
                    >
                      {author}
                    </button>
                  </span>
                ))}
                {c.authors.length > 12 && ` … (+${c.authors.length - 12})`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
