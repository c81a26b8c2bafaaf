/**
 * The header row of the secretariat's stacked tables (`.stacked-table` in app/globals.css): one column
 * header per label, in order. On a phone the header is hidden and each cell shows its `data-label`, so
 * callers give cells the same labels as `columns`.
 */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((label) => (
          <th key={label} scope="col" className="border-b-2 border-ink px-2 py-2 align-bottom">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
