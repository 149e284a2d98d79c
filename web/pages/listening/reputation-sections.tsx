// The dashboard's reputation sections: the seven dimensions, key drivers, topics and share of voice in the panel.
import { useTranslation } from "react-i18next";
import { Chart } from "./chart.tsx";
import { FigureTable } from "./figure-table.tsx";
import type { Open } from "./image-sections.tsx";
import { type AuditData, formatCount, formatNet, formatShare } from "./listening-api.ts";

export function DimensionsSection({
  audit,
  brand,
  onOpen,
}: {
  audit: AuditData;
  brand: string;
  onOpen: Open;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = (name: string) => t(`listening.dimension.${name}`, { defaultValue: name });
  const option = {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis" },
    xAxis: { type: "value" },
    yAxis: { type: "category", inverse: true, data: audit.dimensions.map((d) => label(d.name)) },
    series: [
      {
        name: t("listening.shareOfMentions"),
        type: "bar",
        data: audit.dimensions.map((d) => Math.round(d.share * 1000) / 10),
      },
    ],
  };
  const drivers = audit.keyDrivers.filter((d) => d.share > 0);
  const driversOption = {
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    tooltip: { trigger: "item", formatter: "{b}" },
    xAxis: { type: "value", name: t("listening.shareOfMentions"), nameLocation: "middle", nameGap: 28 },
    yAxis: { type: "value", min: -100, max: 100, name: t("listening.netSentiment") },
    series: [
      {
        type: "scatter",
        symbolSize: 12,
        label: { show: true, position: "right", formatter: "{b}", fontSize: 11 },
        data: drivers.map((d) => ({
          name: d.kind === "dimension" ? label(d.name) : d.name,
          value: [Math.round(d.share * 1000) / 10, Math.round((d.netSentiment ?? 0) * 100)],
        })),
      },
    ],
  };
  const driverFilter = (d: (typeof drivers)[number]) =>
    d.kind === "dimension" ? { brand, dimension: d.name } : { brand, topic: d.name };
  return (
    <>
      <section aria-labelledby="dimensions-title" className="card">
        <h2 id="dimensions-title">{t("listening.dimensions")}</h2>
        <Chart
          option={option}
          label={t("listening.dimensions")}
          onPoint={(point) => {
            const d = audit.dimensions[point.dataIndex];
            if (d) onOpen({ brand, dimension: d.name }, label(d.name));
          }}
        />
        <FigureTable
          caption={t("listening.dimensions")}
          columns={[
            t("listening.name"),
            t("listening.mentions"),
            t("listening.share"),
            t("listening.netSentiment"),
          ]}
          rows={audit.dimensions.map((d) => ({
            key: d.name,
            label: label(d.name),
            filter: { brand, dimension: d.name },
            cells: [
              formatCount(d.mentions, lang),
              formatShare(d.share, lang),
              formatNet(d.netSentiment, lang),
            ],
          }))}
          onOpen={onOpen}
        />
      </section>
      <section aria-labelledby="drivers-title" className="card">
        <h2 id="drivers-title">{t("listening.keyDrivers")}</h2>
        <p className="hint">{t("listening.keyDriversHint")}</p>
        <Chart
          option={driversOption}
          label={t("listening.keyDrivers")}
          height={320}
          onPoint={(point) => {
            const d = drivers[point.dataIndex];
            if (d) onOpen(driverFilter(d), point.name);
          }}
        />
        <FigureTable
          caption={t("listening.keyDrivers")}
          columns={[t("listening.name"), t("listening.share"), t("listening.netSentiment")]}
          rows={drivers.map((d) => ({
            key: `${d.kind}-${d.name}`,
            label: d.kind === "dimension" ? label(d.name) : d.name,
            filter: driverFilter(d),
            cells: [formatShare(d.share, lang), formatNet(d.netSentiment, lang)],
          }))}
          onOpen={onOpen}
        />
      </section>
    </>
  );
}

export function TopicsSection({ audit, brand, onOpen }: { audit: AuditData; brand: string; onOpen: Open }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="topics-title" className="card">
      <h2 id="topics-title">{t("listening.topics")}</h2>
      {audit.topicsPending && <p className="hint">{t("listening.topicsPending")}</p>}
      {audit.topics.length === 0 ? (
        <p>{t("listening.nothing")}</p>
      ) : (
        <FigureTable
          caption={t("listening.topics")}
          columns={[
            t("listening.name"),
            t("listening.mentions"),
            t("listening.netSentiment"),
            t("listening.trend"),
            t("listening.keywords"),
          ]}
          rows={audit.topics.map((topic) => ({
            key: topic.label,
            label: topic.label,
            filter: { brand, topic: topic.label },
            cells: [
              formatCount(topic.mentions, lang),
              formatNet(topic.netSentiment, lang),
              topic.isNew ? (
                <strong key="new" className="badge">
                  {t("listening.newTopic")}
                </strong>
              ) : (
                t(`listening.trends.${topic.trend}`, { defaultValue: topic.trend })
              ),
              (topic.keywords ?? []).slice(0, 5).join(", "),
            ],
          }))}
          onOpen={onOpen}
        />
      )}
    </section>
  );
}

const measures = ["shareOfVoice", "shareOfReach", "shareOfEngagement", "shareOfPositive"] as const;

export function ShareOfVoiceSection({ audit, onOpen }: { audit: AuditData; onOpen: Open }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const option = {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    xAxis: { type: "category", data: measures.map((m) => t(`listening.${m}`)) },
    yAxis: { type: "value", max: 100 },
    series: audit.brands.map((b) => ({
      name: b.name,
      type: "bar",
      data: measures.map((m) => Math.round(b[m] * 1000) / 10),
    })),
  };
  return (
    <section aria-labelledby="sov-title" className="card">
      <h2 id="sov-title">{t("listening.shareOfVoiceTitle")}</h2>
      <p className="hint">{t("listening.panel", { names: audit.panel.join(", ") })}</p>
      <Chart
        option={option}
        label={t("listening.shareOfVoiceTitle")}
        height={320}
        onPoint={(point) => point.seriesName && onOpen({ brand: point.seriesName }, point.seriesName)}
      />
      <FigureTable
        caption={t("listening.shareOfVoiceTitle")}
        columns={[t("listening.brand"), t("listening.mentions"), ...measures.map((m) => t(`listening.${m}`))]}
        rows={audit.brands.map((b) => ({
          key: b.name,
          label: b.name,
          filter: { brand: b.name },
          cells: [formatCount(b.mentions, lang), ...measures.map((m) => formatShare(b[m], lang))],
        }))}
        onOpen={onOpen}
      />
    </section>
  );
}
