import { expect, test } from 'vitest';
import { LABEL_LINE_CHARS, layoutBarChart, wrapLabel } from '@/lib/charts/bar-chart';

test('the largest value fills the width and the others are proportional', () => {
  const layout = layoutBarChart([
    { label: 'WG1', value: 10 },
    { label: 'WG2', value: 5 },
    { label: 'WG3', value: 0 },
  ]);
  expect(layout.rows.map((r) => r.percent)).toEqual([100, 50, 0]);
  // One line of label (20 px) and 4 px, the bar (16 px), then 14 px to the next row.
  expect(layout.rows.map((r) => [r.textY, r.barY])).toEqual([
    [15, 24],
    [69, 78],
    [123, 132],
  ]);
  expect(layout.height).toBe(148);
});

test('a long label is written in full over several lines, never cut', () => {
  const label = 'Working Group 1: Example data spaces, skills and testbeds';
  const [row] = layoutBarChart([{ label, value: 3 }]).rows;
  expect(row!.lines.join(' ')).toBe(label);
  expect(row!.lines.length).toBeGreaterThan(1);
  expect(row!.lines.every((l) => l.length <= LABEL_LINE_CHARS)).toBe(true);
  expect(row!.barY).toBe(row!.lines.length * 20 + 4);
});

test('a word longer than a line stands whole on its own line', () => {
  expect(wrapLabel('a Donaudampfschifffahrtsgesellschaftskapitän b', 10)).toEqual(['a', 'Donaudampfschifffahrtsgesellschaftskapitän', 'b']);
});

test('no data or all zeros draws no bar and no NaN', () => {
  expect(layoutBarChart([]).rows).toEqual([]);
  expect(layoutBarChart([{ label: 'x', value: 0 }]).rows[0]?.percent).toBe(0);
});
