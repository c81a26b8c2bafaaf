/**
 * Geometry of a horizontal bar chart, computed on the server: the component only draws what this
 * returns, so the layout is tested without a browser.
 *
 * Each row is its label, written in full on its own lines (wrapped at word boundaries, never cut),
 * with the value at the right end of the first line, and the bar below. Bars are percentages of the
 * chart's width and text is in CSS pixels (the SVG has no viewBox), so the chart fills any width from
 * a phone to a desktop and its 15 px labels never shrink.
 */
export type ChartDatum = { label: string; value: number };

export type BarRow = {
  label: string;
  /** The label's lines, at most LABEL_LINE_CHARS characters each unless one word is longer. */
  lines: string[];
  value: number;
  /** Baseline of the first label line, px from the chart's top. */
  textY: number;
  /** Top of the bar, px. */
  barY: number;
  /** The bar's length as a percentage of the chart's width, 0 to 100. */
  percent: number;
};

export type ChartLayout = { height: number; rows: BarRow[] };

export const FONT_SIZE = 15;
export const LINE_HEIGHT = 20;
export const BAR_HEIGHT = 16;
export const ROW_GAP = 14;
/** Fits a 15 px line beside its value in the narrowest chart (a 320 px phone, less the value). */
export const LABEL_LINE_CHARS = 34;

/** Word-wraps `text` into lines of at most `max` characters; a longer word stands on its own line, whole. */
export function wrapLabel(text: string, max = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function layoutBarChart(data: readonly ChartDatum[]): ChartLayout {
  const max = Math.max(0, ...data.map((d) => d.value));
  let y = 0;
  const rows = data.map((d) => {
    const lines = wrapLabel(d.label);
    const row: BarRow = {
      label: d.label,
      lines,
      value: d.value,
      textY: y + FONT_SIZE,
      barY: y + lines.length * LINE_HEIGHT + 4,
      percent: max === 0 ? 0 : Math.round((d.value / max) * 1000) / 10,
    };
    y = row.barY + BAR_HEIGHT + ROW_GAP;
    return row;
  });
  return { height: Math.max(BAR_HEIGHT, y - ROW_GAP), rows };
}
