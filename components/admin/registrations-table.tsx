import Link from 'next/link';
import type { RegistrationLabels } from '@/lib/admin/labels';
import { formatUtc } from '@/lib/admin/registrations-view';
import type { AdminRegistration } from '@/lib/db/registration-admin';
import { adminWords } from '@/lib/admin/words';
import { Tag } from '@/components/ui/tag';
import { TableHead } from '@/components/admin/table-head';

const cell = 'border-b border-rule px-2 py-3 align-top';

/**
 * The registrations list: one row per registration, narrow enough for 1280 px without sideways
 * scrolling (person and organisation each in one column, groups by short name), and a list of cards
 * on a phone (globals.css `.stacked-table`). The reference opens the registration's detail page, where
 * everything stored is shown and the registration can be erased.
 */
export function RegistrationsTable({ rows, labels }: { rows: readonly AdminRegistration[]; labels: RegistrationLabels }) {
  return (
    <table className="stacked-table mb-6 w-full border-collapse text-left" aria-describedby="registrations-count">
      <caption className="sr-only">{adminWords('registrations.tableCaption')}</caption>
      <TableHead columns={[adminWords('registrations.columns.reference'), adminWords('registrations.columns.person'), adminWords('registrations.columns.organisationAndCountry'), adminWords('registrations.columns.groups'), adminWords('registrations.columns.status'), adminWords('registrations.columns.registered')]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className={`${cell} font-mono`}>
              <Link href={`/admin/registrations/${r.id}`} prefetch={false} className="inline-block py-0.5 font-bold">
                {r.reference}
                <span className="sr-only">{adminWords('registrations.viewSuffix', { name: r.fullName })}</span>
              </Link>
            </th>
            <td data-label={adminWords('registrations.columns.person')} className={cell}>
              <span className="block font-semibold">{r.fullName}</span>
              <span className="block text-sm break-all">{r.email}</span>
            </td>
            <td data-label={adminWords('registrations.columns.organisationAndCountry')} className={cell}>
              <span className="block">{r.organisation}</span>
              <span className="block text-sm text-ink-muted">
                {labels.country(r.country)} · {labels.type(r.organisationType)}
              </span>
            </td>
            <td data-label={adminWords('registrations.columns.groups')} className={cell}>
              <ul>
                {r.groups.map((g) => (
                  <li key={g} className="whitespace-nowrap">
                    {labels.groupShort(g)}
                  </li>
                ))}
              </ul>
            </td>
            <td data-label={adminWords('registrations.columns.status')} className={cell}>
              <Tag tone={r.confirmedAt ? 'green' : 'grey'}>{r.confirmedAt ? adminWords('registrations.confirmed') : adminWords('registrations.unconfirmed')}</Tag>
            </td>
            <td data-label={adminWords('registrations.columns.registered')} className={`${cell} text-sm`}>
              <time dateTime={r.createdAt}>{formatUtc(r.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
