// The report's charts drawn on the server as SVG by Apache ECharts' server-side rendering, for the print and PDF.
import type { AuditReport } from "../../domain/listening/read-audit-report.ts";
import type { ReportLabels } from "./listening-report-labels.ts";

export type ReportCharts = Record<
  "volume" | "voice" | "polarity" | "emotions" | "dimensions" | "drivers" | "channels",
  string
>;

const width = 640;
const palette = ["#2f5fb3", "#c2571a", "#1b7a3d", "#7b3fa0", "#b3261e", "#0f7c8c", "#6b6f76"];
const polarityColors = ["#1b7a3d", "#6b6f76", "#b3261e"];

/** Loads ECharts once, with only what the report draws (the full package is large). */
let loading: Promise<typeof import("echarts/core")> | undefined;
function echartsCore() {
  loading ??= (async () => {
    const core = await import("echarts/core");
    const charts = await import("echarts/charts");
    const components = await import("echarts/components");
    const renderers = await import("echarts/renderers");
    core.use([
      charts.BarChart,
      charts.LineChart,
      charts.PieChart,
      charts.ScatterChart,
      components.GridComponent,
      components.LegendComponent,
      components.MarkAreaComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  })();
  return loading;
}

/** Draws every chart of the report; each is an SVG string with its text escaped by ECharts. */
export async function reportCharts(
  report: AuditReport,
  l: ReportLabels,
  language: string,
): Promise<ReportCharts> {
  const echarts = await echartsCore();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const draw = (option: Record<string, unknown>, height = 260) => {
    const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width, height });
    chart.setOption({
      animation: false,
      color: palette,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      ...option,
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  };
  const { audit } = report;
  const bars = (labels: string[], values: number[], height: number, percent = false) =>
    draw(
      {
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: {
          type: "value",
          axisLabel: { formatter: (v: number) => (percent ? `${v} %` : number.format(v)) },
        },
        yAxis: {
          type: "category",
          data: labels,
          inverse: true,
          axisLabel: { width: 190, overflow: "truncate" },
        },
        series: [
          {
            type: "bar",
            data: values,
            label: {
              show: true,
              position: "right",
              formatter: (p: { value: number }) => number.format(p.value),
            },
          },
        ],
      },
      height,
    );
  const channels = audit.channels.slice(0, 10);
  const measures = ["shareOfVoice", "shareOfReach", "shareOfEngagement", "shareOfPositive"] as const;
  // Over four months a day is thinner than a pixel's worth of print: count by week (Monday) instead.
  const weekly = audit.volume.length > 120;
  const bucketOf = (day: string) => (weekly ? mondayOf(day) : day);
  const buckets = new Map<string, { mentions: number; negative: number }>();
  for (const v of audit.volume) {
    const b = buckets.get(bucketOf(v.day)) ?? { mentions: 0, negative: 0 };
    b.mentions += v.mentions;
    b.negative += v.negative;
    buckets.set(bucketOf(v.day), b);
  }
  const volume = draw({
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: "category", data: [...buckets.keys()] },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      {
        type: "line",
        name: weekly ? l.perWeek : l.mentions,
        showSymbol: false,
        data: [...buckets.values()].map((b) => b.mentions),
        markArea: {
          itemStyle: { color: "rgba(179, 38, 30, 0.15)" },
          data: audit.spikes.map((s) => [{ xAxis: bucketOf(s.start) }, { xAxis: bucketOf(s.end) }]),
        },
      },
      {
        type: "line",
        name: l.polarity.negative,
        showSymbol: false,
        lineStyle: { color: "#b3261e" },
        itemStyle: { color: "#b3261e" },
        data: [...buckets.values()].map((b) => b.negative),
      },
    ],
  });
  return {
    volume,
    voice: draw(
      {
        grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
        legend: { top: 0 },
        xAxis: {
          type: "category",
          data: measures.map((m) => l[m]),
          axisLabel: { interval: 0, width: 140, overflow: "break" },
        },
        yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value} %" } },
        series: audit.brands.map((b) => ({
          name: b.name,
          type: "bar",
          data: measures.map((m) => Math.round(b[m] * 1000) / 10),
        })),
      },
      300,
    ),
    polarity: draw(
      {
        color: polarityColors,
        legend: { bottom: 0 },
        series: [
          {
            type: "pie",
            radius: ["35%", "65%"],
            label: { formatter: "{b} : {d} %" },
            data: (["positive", "neutral", "negative"] as const).map((p) => ({
              name: l.polarity[p],
              value: audit.polarity[p],
            })),
          },
        ],
      },
      240,
    ),
    emotions: bars(
      audit.emotions.map((e) => l.emotion[e.name] ?? e.name),
      audit.emotions.map((e) => e.mentions),
      240,
    ),
    dimensions: bars(
      audit.dimensions.map((d) => l.dimension[d.name] ?? d.name),
      audit.dimensions.map((d) => Math.round(d.share * 1000) / 10),
      220,
      true,
    ),
    channels: bars(
      channels.map((c) => (c.channel ? `${c.source} (${c.channel})` : c.source || "—")),
      channels.map((c) => c.mentions),
      Math.max(120, channels.length * 26 + 20),
    ),
    drivers: draw(
      {
        grid: { left: 8, right: 110, top: 36, bottom: 28, containLabel: true },
        legend: { top: 0 },
        xAxis: {
          type: "value",
          name: `${l.share} (%)`,
          nameLocation: "middle",
          nameGap: 24,
        },
        yAxis: { type: "value", min: -1, max: 1, name: l.netSentiment, nameLocation: "middle", nameGap: 32 },
        series: (["dimension", "topic"] as const).map((kind, i) => ({
          type: "scatter",
          name: l.kind[kind],
          symbolSize: 10,
          itemStyle: { color: palette[i] },
          label: { show: true, position: "right", fontSize: 9, formatter: "{@[2]}" },
          data: audit.keyDrivers
            .filter((d) => d.kind === kind && d.share > 0)
            .slice(0, 12)
            .map((d) => [
              Math.round(d.share * 1000) / 10,
              d.netSentiment,
              kind === "dimension" ? (l.dimension[d.name] ?? d.name) : d.name,
            ]),
        })),
      },
      320,
    ),
  };
}

/** The Monday (YYYY-MM-DD) of the ISO week holding `day`. */
function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}
