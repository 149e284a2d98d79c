// The dashboard's image sections: volume over time with its spikes, polarity, emotions, channels and authors.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Chart } from "./chart.tsx";
import { FigureTable } from "./figure-table.tsx";
import {
  type AuditData,
  formatCount,
  formatNet,
  type MentionFilter,
  type Polarity,
} from "./listening-api.ts";

export type Open = (filter: MentionFilter, label: string) => void;
const polarities: Polarity[] = ["positive", "neutral", "negative"];
/** The bars' colour, also how the browser journey finds a bar to click. */
export const barColor = "#2f5fb3";
const polarityColors = { positive: "#1b7a3d", neutral: "#6b6f76", negative: "#b3261e" };

export function VolumeSection({ audit, brand, onOpen }: { audit: AuditData; brand: string; onOpen: Open }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 12, top: 24, bottom: 40 },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0 },
      xAxis: { type: "category", data: audit.volume.map((v) => v.day) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          name: t("listening.mentions"),
          type: "line",
          showSymbol: false,
          data: audit.volume.map((v) => v.mentions),
          markArea: {
            itemStyle: { color: "rgba(179, 38, 30, 0.12)" },
            data: audit.spikes.map((s) => [{ name: t("listening.spike"), xAxis: s.start }, { xAxis: s.end }]),
          },
        },
        {
          name: t("listening.polarity.negative"),
          type: "line",
          showSymbol: false,
          lineStyle: { color: polarityColors.negative },
          itemStyle: { color: polarityColors.negative },
          data: audit.volume.map((v) => v.negative),
        },
      ],
    }),
    [audit, t],
  );
  const dayFilter = (start: string, end: string) => ({ brand, from: start, to: end });
  return (
    <section aria-labelledby="volume-title" className="card">
      <h2 id="volume-title">{t("listening.volume")}</h2>
      <Chart
        option={option}
        label={t("listening.volumeChart", { count: audit.mentions, brand })}
        onPoint={(point) => point.name && onOpen(dayFilter(point.name, point.name), point.name)}
      />
      {audit.spikes.length === 0 ? (
        <p>{t("listening.noSpike")}</p>
      ) : (
        <FigureTable
          caption={t("listening.spikes")}
          columns={[t("listening.period"), t("listening.mentions"), t("listening.baseline")]}
          rows={audit.spikes.map((s) => {
            const label = s.start === s.end ? s.start : `${s.start} → ${s.end}`;
            return {
              key: s.start,
              label,
              filter: dayFilter(s.start, s.end),
              cells: [formatCount(s.mentions, lang), formatCount(s.baseline, lang)],
            };
          })}
          onOpen={onOpen}
        />
      )}
    </section>
  );
}

export function PolaritySection({ audit, brand, onOpen }: { audit: AuditData; brand: string; onOpen: Open }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(
    () => ({
      tooltip: { trigger: "item" },
      legend: { bottom: 0 },
      series: [
        {
          type: "pie",
          radius: ["40%", "70%"],
          // The legend and the table name the slices; labels outside the ring do not fit on a phone.
          label: { show: false },
          data: polarities.map((p) => ({
            name: t(`listening.polarity.${p}`),
            value: audit.polarity[p],
            itemStyle: { color: polarityColors[p] },
          })),
        },
      ],
    }),
    [audit, t],
  );
  return (
    <section aria-labelledby="polarity-title" className="card">
      <h2 id="polarity-title">{t("listening.polarityTitle")}</h2>
      <p className="big-figure">
        {t("listening.netSentiment")} : <strong>{formatNet(audit.netSentiment, i18n.language)}</strong>
      </p>
      <p className="hint">{t("listening.netSentimentHint")}</p>
      <Chart
        option={option}
        label={t("listening.polarityTitle")}
        onPoint={(point) => {
          const p = polarities[point.dataIndex];
          if (p) onOpen({ brand, polarity: p }, point.name);
        }}
      />
      <FigureTable
        caption={t("listening.polarityTitle")}
        columns={[t("listening.polarityLabel"), t("listening.mentions")]}
        rows={polarities.map((p) => ({
          key: p,
          label: t(`listening.polarity.${p}`),
          filter: { brand, polarity: p },
          cells: [formatCount(audit.polarity[p], i18n.language)],
        }))}
        onOpen={onOpen}
      />
    </section>
  );
}

/** A horizontal bar chart of named counts with its table; `filterOf` gives each bar's verbatims. */
export function BarsSection({
  id,
  title,
  bars,
  filterOf,
  extra,
  onOpen,
}: {
  id: string;
  title: string;
  bars: Array<{ key: string; label: string; value: number; cells?: string[] }>;
  filterOf: (key: string) => MentionFilter;
  extra?: { columns: string[] };
  onOpen: Open;
}) {
  const { t, i18n } = useTranslation();
  const shown = bars.slice(0, 12);
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: shown.map((b) => b.label) },
      series: [
        {
          name: t("listening.mentions"),
          type: "bar",
          itemStyle: { color: barColor },
          data: shown.map((b) => b.value),
        },
      ],
    }),
    [shown, t],
  );
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{title}</h2>
      {bars.length === 0 ? (
        <p>{t("listening.nothing")}</p>
      ) : (
        <>
          <Chart
            option={option}
            label={title}
            height={Math.max(160, shown.length * 28 + 24)}
            onPoint={(point) => {
              const bar = shown[point.dataIndex];
              if (bar) onOpen(filterOf(bar.key), bar.label);
            }}
          />
          <FigureTable
            caption={title}
            columns={[t("listening.name"), t("listening.mentions"), ...(extra?.columns ?? [])]}
            rows={bars.map((b) => ({
              key: b.key,
              label: b.label,
              filter: filterOf(b.key),
              cells: [formatCount(b.value, i18n.language), ...(b.cells ?? [])],
            }))}
            onOpen={onOpen}
          />
        </>
      )}
    </section>
  );
}
