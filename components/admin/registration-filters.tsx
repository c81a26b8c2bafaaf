import type { RegistrationFilters } from '@/lib/admin/filters';
import type { RegistrationLabels } from '@/lib/admin/labels';
import { getMessages } from '@/lib/i18n';

const control =
  'block w-full border-2 border-gray-900 bg-white p-2 focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow';

/** A GET form: the filters live in the URL, work without JavaScript, and can be bookmarked or shared. */
export function RegistrationFiltersForm({ filters, labels }: { filters: RegistrationFilters; labels: RegistrationLabels }) {
  const t = getMessages().admin.registrations;
  const select = (name: 'group' | 'country' | 'type', label: string, options: { id: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block font-bold">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ''} className={control}>
        <option value="">{t.any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/admin" role="search" aria-label={t.filters} className="mb-6 border-l-4 border-eu-blue bg-gray-50 p-4">
      <h2 className="mb-3 text-xl font-bold">{t.filters}</h2>
      <div className="mb-4">
        <label htmlFor="filter-q" className="mb-1 block font-bold">{t.search}</label>
        <p id="filter-q-hint" className="mb-1 text-gray-700">{t.searchHint}</p>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} aria-describedby="filter-q-hint" className={`${control} max-w-xl`} />
      </div>
      <div className="mb-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {select('group', t.group, labels.groups)}
        {select('country', t.country, labels.countries)}
        {select('type', t.type, labels.types)}
        <div>
          <label htmlFor="filter-status" className="mb-1 block font-bold">{t.status}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={control}>
            <option value="">{t.any}</option>
            <option value="unconfirmed">{t.unconfirmed}</option>
            <option value="confirmed">{t.confirmed}</option>
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="bg-eu-blue px-4 py-2 font-bold text-white focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow">
          {t.apply}
        </button>
        <a href="/admin" className="text-eu-blue underline focus:bg-eu-yellow focus:text-black focus:outline-none">{t.clear}</a>
      </div>
    </form>
  );
}
