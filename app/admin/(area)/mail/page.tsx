import { PageLayout } from '@/components/layout/page-layout';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { listMail } from '@/lib/db/mail-queue';
import { getEnv } from '@/lib/env';
import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n';

export const metadata: Metadata = { title: getMessages().admin.mail.title };

const cell = 'border-b border-gray-300 px-2 py-2 align-top';

export default async function MailQueuePage() {
  const session = await requireAdmin();
  const t = getMessages().admin.mail;
  const db = await getDb();
  const now = new Date();
  const { mail } = await listMail(db, { limit: 200, offset: 0 });
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-mail', now });
  const c = t.columns;
  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: getMessages().admin.title, href: '/admin' }], current: t.title }}>
      <h1 className="mb-6 text-3xl font-bold">{t.title}</h1>
      <p className="mb-6 border-l-8 border-eu-blue bg-gray-50 p-4">{getEnv().SMTP_URL ? t.configured : t.notConfigured}</p>
      {mail.length === 0 ? (
        <p className="text-lg">{t.none}</p>
      ) : (
        <div role="region" aria-labelledby="mail-caption" tabIndex={0} className="overflow-x-auto focus:outline-4 focus:outline-eu-yellow">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="mail-caption" className="mb-2 text-left text-lg font-bold">{t.caption}</caption>
            <thead>
              <tr>
                {[c.created, c.to, c.subject, c.status, c.attempts, c.next, c.error].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-gray-900 px-2 py-2">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mail.map((m) => (
                <tr key={m.id}>
                  <td className={`${cell} whitespace-nowrap`}>{formatUtc(m.createdAt)}</td>
                  <td className={`${cell} break-all`}>{m.toAddress}</td>
                  <td className={cell}>{m.subject}</td>
                  <td className={cell}>{t.status[m.status]}</td>
                  <td className={cell}>{m.attempts}</td>
                  <td className={`${cell} whitespace-nowrap`}>{m.status === 'pending' ? formatUtc(m.nextAttemptAt) : ''}</td>
                  <td className={cell}>{m.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageLayout>
  );
}
