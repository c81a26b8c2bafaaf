import type { ReactNode } from 'react';

export type SummaryRow = { key: string; label: string; value: ReactNode };

/** GOV.UK summary list: a key and its value per row, as a description list; keys above values on a phone. */
export function SummaryList({ rows, className = '' }: { rows: readonly SummaryRow[]; className?: string }) {
  return (
    <dl className={`border-t border-rule ${className}`}>
      {rows.map((row) => (
        <div key={row.key} className="grid grid-cols-1 gap-x-6 border-b border-rule py-3 sm:grid-cols-[14rem_minmax(0,1fr)]">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="min-w-0 break-words">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
