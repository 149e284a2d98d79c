// One ECharts chart, drawn in SVG with ECharts' own text description (aria), loaded when first shown.
import type { EChartsCoreOption } from "echarts/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

type Axis = { type?: string; axisLabel?: Record<string, unknown> };

/** Value axes write their numbers in the reader's language (ECharts writes 1,000 everywhere). */
function localizeAxes(option: Record<string, unknown>, language: string) {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  for (const key of ["xAxis", "yAxis"]) {
    const axis = option[key] as Axis | undefined;
    if (axis?.type === "value" && !axis.axisLabel?.formatter) {
      axis.axisLabel = { ...axis.axisLabel, formatter: (value: number) => format.format(value) };
    }
  }
  return option;
}

export interface ChartPoint {
  /** The category or series of the point clicked, as ECharts gives it. */
  name: string;
  seriesName?: string | undefined;
  dataIndex: number;
}

/**
 * Draws `option` (with `aria` on, so the SVG carries a description) and calls `onPoint` when a point is clicked.
 * `label` names the chart for screen readers; the table beside each chart is its full text alternative.
 */
export function Chart({
  option,
  label,
  onPoint,
  height = 280,
}: {
  option: EChartsCoreOption;
  label: string;
  onPoint?: (point: ChartPoint) => void;
  height?: number;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const box = useRef<HTMLDivElement>(null);
  const handler = useRef(onPoint);
  handler.current = onPoint;
  // Callers build options inline: redraw only when what they say changes.
  const drawn = JSON.stringify(option);

  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void import("./echarts-setup.ts").then(({ echarts }) => {
      if (disposed || !box.current) return;
      const chart = echarts.init(box.current, undefined, { renderer: "svg" });
      const parsed = localizeAxes(JSON.parse(drawn) as Record<string, unknown>, language);
      chart.setOption({ aria: { enabled: true }, animation: false, ...parsed });
      chart.on("click", (params) => {
        const p = params as { name?: string; seriesName?: string; dataIndex?: number };
        handler.current?.({ name: p.name ?? "", seriesName: p.seriesName, dataIndex: p.dataIndex ?? 0 });
      });
      const resize = () => chart.resize();
      window.addEventListener("resize", resize);
      dispose = () => {
        window.removeEventListener("resize", resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [drawn, language]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
