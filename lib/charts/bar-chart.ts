/**
 * Geometry of a horizontal bar chart, computed on the server: the component only draws what this
 * returns, so the layout is tested without a browser.
 */
export type ChartDatum = { label: string; value: number };

export type BarLayout = {
  label: string;
  value: number;
  y: number;
  width: number;
};

export type ChartLayout = {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: BarLayout[];
};

export const CHART_WIDTH = 640;
export const LABEL_WIDTH = 240;
export const VALUE_WIDTH = 48;
export const BAR_HEIGHT = 24;
export const BAR_GAP = 8;

export function layoutBarChart(data: readonly ChartDatum[]): ChartLayout {
  const max = Math.max(0, ...data.map((d) => d.value));
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const bars = data.map((d, index) => ({
    label: d.label,
    value: d.value,
    y: index * (BAR_HEIGHT + BAR_GAP),
    width: max === 0 ? 0 : Math.round((d.value / max) * plotWidth),
  }));
  return {
    width: CHART_WIDTH,
    height: Math.max(BAR_HEIGHT, data.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP),
    labelWidth: LABEL_WIDTH,
    barHeight: BAR_HEIGHT,
    bars,
  };
}
