import { headers } from 'next/headers';
import { exportCsvChunks, exportFileName } from '@/lib/admin/export';
import { auditFilters, parseFilters } from '@/lib/admin/filters';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { clientKeyFrom } from '@/lib/registration/client-address';

/** GET /admin/export?…filters: the filtered registrations as CSV (UTF-8 with BOM), for signed-in members only. */
export async function GET(request: Request): Promise<Response> {
  const session = await requireAdmin();
  const filters = parseFilters(new URL(request.url).searchParams);
  const db = await getDb();
  const now = new Date();
  const labels = await getRegistrationLabels(now);
  await appendAudit(db, {
    actor: { accountId: session.accountId },
    action: 'export',
    target: { filters: auditFilters(filters) },
    clientKey: clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER),
    now,
  });
  const encoder = new TextEncoder();
  const chunks = exportCsvChunks(db, filters, labels);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    // A download stopped half-way ends the export's read snapshot at once.
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(now)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
