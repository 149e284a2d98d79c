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
  const head = (
    <thead>
      <tr>
        <th scope="col">{t("listening.indicator")}</th>
        <th scope="col">{data.before.name}</th>
        <th scope="col">{data.after.name}</th>
        <th scope="col">{t("listening.delta")}</th>
      </tr>
    </thead>
  );
  return (
    <section aria-labelledby="comparison-title" className="card">
      <h2 id="comparison-title">
        {t("listening.comparisonOf", { before: data.before.name, after: data.after.name })}
      </h2>
      {c.panelChanged && <p className="alert alert-info">{t("listening.panelChanged")}</p>}
      {c.versionsChanged && <p className="alert alert-info">{t("listening.versionsChanged")}</p>}
      <ScrollRegion label={t("listening.overall")}>
        <table className="ranking-table figures">
          <caption>{t("listening.overall")}</caption>
          {head}
          <tbody>
            <DeltaRow label={t("listening.mentions")} value={c.mentions} format={count} />
            <DeltaRow label={t("listening.netSentiment")} value={c.netSentiment} format={net} />
          </tbody>
        </table>
      </ScrollRegion>
      {c.brands.map((b) => (
        <ScrollRegion key={b.name} label={b.name}>
          <table className="ranking-table figures">
            <caption>{b.name}</caption>
            {head}
            <tbody>
              <DeltaRow label={t("listening.mentions")} value={b.mentions} format={count} />
              <DeltaRow
                label={t("listening.shareOfVoice")}
                value={b.shareOfVoice}
                format={share}
                formatDelta={points}
              />
              <DeltaRow
                label={t("listening.shareOfReach")}
                value={b.shareOfReach}
                format={share}
                formatDelta={points}
              />
              <DeltaRow
                label={t("listening.shareOfEngagement")}
                value={b.shareOfEngagement}
                format={share}
                formatDelta={points}
              />
              <DeltaRow
                label={t("listening.shareOfPositive")}
                value={b.shareOfPositive}
                format={share}
                formatDelta={points}
              />
              <DeltaRow label={t("listening.netSentiment")} value={b.netSentiment} format={net} />
            </tbody>
          </table>
        </ScrollRegion>
      ))}
      <ScrollRegion label={t("listening.dimensions")}>
        <table className="ranking-table figures">
          <caption>{t("listening.dimensions")}</caption>
          {head}
          <tbody>
            {c.dimensions.map((d) => (
              <DeltaRow
                key={d.name}
                label={t(`listening.dimension.${d.name}`, { defaultValue: d.name })}
                value={d.share}
                format={share}
                formatDelta={points}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{t("listening.topicsAppeared")}</h3>
      {c.topicsAppeared.length === 0 ? (
        <p>{t("listening.nothing")}</p>
      ) : (
        <ul>
          {c.topicsAppeared.map((topic) => (
            <li key={topic.label}>
              {t("listening.topicCount", {
                label: topic.label,
                count: topic.mentions,
                n: count(topic.mentions),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("listening.topicsVanished")}</h3>
      {c.topicsVanished.length === 0 ? (
        <p>{t("listening.nothing")}</p>
      ) : (
        <ul>
          {c.topicsVanished.map((topic) => (
            <li key={topic.label}>
              {t("listening.topicCount", {
                label: topic.label,
                count: topic.mentions,
                n: count(topic.mentions),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
