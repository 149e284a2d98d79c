// One ECharts chart, drawn in SVG with ECharts' own text description (aria), loaded when first shown.
import type { EChartsCoreOption } from "echarts/core";
import { useEffect, useRef } from "react";

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
      chart.setOption({ aria: { enabled: true }, animation: false, ...(JSON.parse(drawn) as object) });
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
  }, [drawn]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
