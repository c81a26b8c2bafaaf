import { layoutBarChart, FONT_SIZE, LINE_HEIGHT, BAR_HEIGHT, type ChartDatum } from '@/lib/charts/bar-chart';
import { adminWords } from '@/lib/admin/words';

/**
 * A server-rendered SVG bar chart (lib/charts/bar-chart.ts lays it out): every label in full above its
 * bar, the value at the right. role="img" with a title and a description naming every value, and the
 * same figures as a table for anyone who cannot see the picture (or wants to copy them).
 */
export function BarChart({ id, title, data }: { id: string; title: string; data: readonly ChartDatum[] }) {
  const layout = layoutBarChart(data);
  const description = adminWords('registrations.chartDesc', { items: data.map((d) => adminWords('registrations.chartItem', { label: d.label, value: d.value })).join('; ') });
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-3 text-lg font-bold">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={layout.height} className="block max-w-xl overflow-visible">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.rows.map((row) => (
          <g key={row.label}>
            <text y={row.textY} fontSize={FONT_SIZE} fill="#0b0c0c">
              {row.lines.map((line, i) => (
                <tspan key={`${i}-${line}`} x="0" dy={i === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            <text x="100%" y={row.textY} textAnchor="end" fontSize={FONT_SIZE} fontWeight="700" fill="#0b0c0c">
              {row.value}
            </text>
            <rect x="0" y={row.barY} width={row.percent > 0 ? `${row.percent}%` : 2} height={BAR_HEIGHT} fill="#004494" />
          </g>
        ))}
      </svg>
      <details className="mt-3">
        <summary className="cursor-pointer text-eu-blue underline">{adminWords('registrations.chartTableCaption', { title })}</summary>
        <table className="mt-2 border-collapse text-left">
          <caption className="sr-only">{adminWords('registrations.chartTableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink py-1 pr-6">
                {adminWords('registrations.chartLabel')}
              </th>
              <th scope="col" className="border-b-2 border-ink py-1 text-right">
                {adminWords('registrations.chartValue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row" className="border-b border-rule py-1 pr-6 font-normal">
                  {d.label}
                </th>
                <td className="border-b border-rule py-1 text-right">{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
