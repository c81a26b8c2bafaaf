import Link from 'next/link';
import type { RegistrationFilters } from '@/lib/admin/filters';
import type { RegistrationLabels } from '@/lib/admin/labels';
import { adminWords } from '@/lib/admin/words';

/**
 * A GET form: the filters live in the URL, work without JavaScript, and can be bookmarked or shared.
 * One row at 1280 px (search, then the four choices), stacked on a phone.
 */
export function RegistrationFiltersForm({ filters, labels }: { filters: RegistrationFilters; labels: RegistrationLabels }) {
  const select = (name: 'group' | 'country' | 'type', label: string, options: { id: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block font-bold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ''} className="input">
        <option value="">{adminWords('registrations.any')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/admin" role="search" aria-labelledby="filters-heading" className="mb-8 border-l-4 border-eu-blue bg-surface p-4">
      <h2 id="filters-heading" className="mb-3 text-xl font-bold">
        {adminWords('registrations.filters')}
      </h2>
      <div className="grid items-end gap-4 md:grid-cols-2 xl:grid-cols-[minmax(0,2fr)_repeat(4,minmax(0,1fr))]">
        <div className="md:col-span-2 xl:col-span-1">
          <label htmlFor="filter-q" className="mb-1 block font-bold">
            {adminWords('registrations.search')}
          </label>
          <p id="filter-q-hint" className="mb-1 text-sm text-ink-muted">
            {adminWords('registrations.searchHint')}
          </p>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            aria-describedby="filter-q-hint"
            className="input"
          />
        </div>
        {select('group', adminWords('registrations.group'), labels.groups)}
        {select('country', adminWords('registrations.country'), labels.countries)}
        {select('type', adminWords('registrations.type'), labels.types)}
        <div>
          <label htmlFor="filter-status" className="mb-1 block font-bold">
            {adminWords('registrations.status')}
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className="input">
            <option value="">{adminWords('registrations.any')}</option>
            <option value="unconfirmed">{adminWords('registrations.unconfirmed')}</option>
            <option value="confirmed">{adminWords('registrations.confirmed')}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {adminWords('registrations.apply')}
        </button>
        <Link href="/admin" prefetch={false}>
          {adminWords('registrations.clear')}
        </Link>
      </div>
    </form>
  );
}
