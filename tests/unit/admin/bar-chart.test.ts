import { expect, test } from 'vitest';
import { CHART_WIDTH, LABEL_WIDTH, VALUE_WIDTH, layoutBarChart } from '@/lib/charts/bar-chart';

test('the largest value fills the plot and the others are proportional', () => {
  const layout = layoutBarChart([
    { label: 'WG1', value: 10 },
    { label: 'WG2', value: 5 },
    { label: 'WG3', value: 0 },
  ]);
  const plot = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  expect(layout.bars.map((b) => b.width)).toEqual([plot, plot / 2, 0]);
  expect(layout.bars.map((b) => b.y)).toEqual([0, 32, 64]);
  expect(layout.height).toBe(88);
});

test('no data or all zeros draws no bar and no NaN', () => {
  expect(layoutBarChart([]).bars).toEqual([]);
  expect(layoutBarChart([{ label: 'x', value: 0 }]).bars[0]?.width).toBe(0);
});
