/** One line of the benchmark table: a figure, its anchor from the same run, and the target if any. */
export type BenchRow = {
  part: string;
  measure: string;
  value: number;
  unit: string;
  anchor?: { label: string; value: number };
  /** value / anchor, or anchor / value when a lower value is better */
  ratio?: number;
  target?: string;
  pass?: boolean;
  note?: string;
};

const fmt = (n: number) =>
  !Number.isFinite(n) ? 'n/a' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

export function renderTable(rows: BenchRow[]): string {
  const header = ['part', 'measure', 'value', 'anchor (same run)', 'ratio', 'target', 'ok', 'note'];
  const body = rows.map((r) => [
    r.part,
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.anchor ? `${r.anchor.label}: ${fmt(r.anchor.value)} ${r.unit}` : '',
    r.ratio === undefined ? '' : `${(r.ratio * 100).toFixed(0)}%`,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
