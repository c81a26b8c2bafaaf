import { layoutBarChart, type ChartDatum } from '@/lib/charts/bar-chart';
import { getMessages } from '@/lib/i18n';

/**
 * A server-rendered SVG bar chart: role="img" with a title and a description naming every value, and the
 * same figures as a table for anyone who cannot see the picture (or wants to copy them).
 */
export function BarChart({ id, title, data }: { id: string; title: string; data: readonly ChartDatum[] }) {
  const t = getMessages().admin.registrations;
  const layout = layoutBarChart(data);
  const description = t.chartDesc(data.map((d) => `${d.label}: ${d.value}`).join('; '));
  return (
    <figure className="mb-8" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-2 text-lg font-bold">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.bars.map((bar) => (
          <g key={bar.label} transform={`translate(0 ${bar.y})`}>
            <text x={layout.labelWidth - 8} y={layout.barHeight / 2} dominantBaseline="middle" textAnchor="end" fontSize="14" fill="#1a1a1a">
              {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
            </text>
            <rect x={layout.labelWidth} y={0} width={Math.max(bar.width, 1)} height={layout.barHeight} fill="#004494" />
            <text x={layout.labelWidth + bar.width + 6} y={layout.barHeight / 2} dominantBaseline="middle" fontSize="14" fill="#1a1a1a">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
      <details className="mt-2">
        <summary className="cursor-pointer text-eu-blue underline">{t.chartTableCaption(title)}</summary>
        <table className="mt-2 border-collapse text-left">
          <caption className="sr-only">{t.chartTableCaption(title)}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-gray-900 py-1 pr-6">{t.chartLabel}</th>
              <th scope="col" className="border-b-2 border-gray-900 py-1 text-right">{t.chartValue}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row" className="border-b border-gray-300 py-1 pr-6 font-normal">{d.label}</th>
                <td className="border-b border-gray-300 py-1 text-right">{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
