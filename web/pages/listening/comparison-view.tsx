// Two snapshots side by side: before, after and the delta of each indicator, topics appeared and vanished.
import { useTranslation } from "react-i18next";
import { formatCount, formatNet, formatShare, type SnapshotData } from "./listening-api.ts";
import { ScrollRegion } from "./scroll-region.tsx";

interface Delta {
  before: number;
  after: number;
  delta: number;
}
export interface ComparisonData {
  before: SnapshotData;
  after: SnapshotData;
  comparison: {
    panelChanged: boolean;
    versionsChanged: boolean;
    mentions: Delta;
    netSentiment: Delta;
    brands: Array<{
      name: string;
      mentions: Delta;
      shareOfVoice: Delta;
      shareOfReach: Delta;
      shareOfEngagement: Delta;
      shareOfPositive: Delta;
      netSentiment: Delta;
    }>;
    dimensions: Array<{ name: string; share: Delta; netSentiment: Delta }>;
    topicsAppeared: Array<{ label: string; mentions: number }>;
    topicsVanished: Array<{ label: string; mentions: number }>;
  };
}

type Format = (value: number) => string;

function DeltaRow({
  label,
  value,
  format,
  formatDelta = format,
}: {
  label: string;
  value: Delta;
  format: Format;
  formatDelta?: Format;
}) {
  const sign = value.delta > 0 ? "up" : value.delta < 0 ? "down" : "same";
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{format(value.before)}</td>
      <td>{format(value.after)}</td>
      <td className={`delta ${sign}`}>
        {value.delta > 0 ? "+" : value.delta < 0 && formatDelta !== format ? "−" : ""}
        {formatDelta(value.delta)}
      </td>
    </tr>
  );
}

/** One table of indicators: before, after and delta; every table of the comparison is one of these. */
function DeltaTable({
  caption,
  before,
  after,
  rows,
}: {
  caption: string;
  before: string;
  after: string;
  rows: Array<{ key: string; label: string; value: Delta; format: Format; formatDelta?: Format }>;
}) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={caption}>
      <table className="ranking-table figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("listening.indicator")}</th>
            <th scope="col">{before}</th>
            <th scope="col">{after}</th>
            <th scope="col">{t("listening.delta")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, ...row }) => (
            <DeltaRow key={key} {...row} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Topics that appeared or vanished between the two snapshots. */
function TopicList({ title, topics }: { title: string; topics: Array<{ label: string; mentions: number }> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3>{title}</h3>
      {topics.length === 0 ? (
        <p>{t("listening.nothing")}</p>
      ) : (
        <ul>
          {topics.map((topic) => (
            <li key={topic.label}>
              {t("listening.topicCount", {
                label: topic.label,
                count: topic.mentions,
                n: formatCount(topic.mentions, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ComparisonView({ data }: { data: ComparisonData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const c = data.comparison;
  const count: Format = (v) => formatCount(v, lang);
  const net: Format = (v) => formatNet(v, lang).replace(/^\+/, "");
  const share: Format = (v) => formatShare(v, lang);
  // A change of share is in percentage points, not a percentage of the share.
  const points: Format = (v) =>
    t("listening.points", {
      n: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.abs(v) * 100),
    });
  const sides = { before: data.before.name, after: data.after.name };
  return (
    <section aria-labelledby="comparison-title" className="card">
      <h2 id="comparison-title">
        {t("listening.comparisonOf", { before: data.before.name, after: data.after.name })}
      </h2>
      {c.panelChanged && <p className="alert alert-info">{t("listening.panelChanged")}</p>}
      {c.versionsChanged && <p className="alert alert-info">{t("listening.versionsChanged")}</p>}
      <DeltaTable
        caption={t("listening.overall")}
        {...sides}
        rows={[
          { key: "mentions", label: t("listening.mentions"), value: c.mentions, format: count },
          { key: "net", label: t("listening.netSentiment"), value: c.netSentiment, format: net },
        ]}
      />
      {c.brands.map((b) => (
        <DeltaTable
          key={b.name}
          caption={b.name}
          {...sides}
          rows={[
            { key: "mentions", label: t("listening.mentions"), value: b.mentions, format: count },
            ...(["shareOfVoice", "shareOfReach", "shareOfEngagement", "shareOfPositive"] as const).map(
              (key) => ({
                key,
                label: t(`listening.${key}`),
                value: b[key],
                format: share,
                formatDelta: points,
              }),
            ),
            { key: "net", label: t("listening.netSentiment"), value: b.netSentiment, format: net },
          ]}
        />
      ))}
      <DeltaTable
        caption={t("listening.dimensions")}
        {...sides}
        rows={c.dimensions.map((d) => ({
          key: d.name,
          label: t(`listening.dimension.${d.name}`, { defaultValue: d.name }),
          value: d.share,
          format: share,
          formatDelta: points,
        }))}
      />
      <TopicList title={t("listening.topicsAppeared")} topics={c.topicsAppeared} />
      <TopicList title={t("listening.topicsVanished")} topics={c.topicsVanished} />
    </section>
  );
}
