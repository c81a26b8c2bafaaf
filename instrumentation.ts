import type { Instrumentation } from 'next';

/**
 * Next's start-up hook. The environment is parsed first (next.config.ts has already done so; this keeps
 * the rule where `next start` is run by hand): a bad value ends the process, naming the variable. Then
 * every console line becomes a structured log line, and the database schema is brought up to date before
 * the first request, so a bad DATABASE_URL or a failed migration shows in the log at once. If the
 * database is down the server still starts (/api/health answers 503) and the next use of the database
 * tries the migrations again.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { scopedLogger, routeConsoleToLogger } = await import('./lib/log');
  const { getEnv } = await import('./lib/env');
  try {
    getEnv();
  } catch (error) {
    scopedLogger('env').fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  routeConsoleToLogger();
  // Imported, not inlined: this file is also compiled for the edge runtime, which has no process.version.
  const { logRuntime } = await import('./lib/ops/runtime');
  logRuntime();
  const { getDb } = await import('./lib/db/client');
  try {
    await getDb();
  } catch (error) {
    scopedLogger('db').error({ err: error }, 'migrations did not run at start-up; they will be retried on the next request');
  }
  // Secretariat side: first account, mail sender, daily retention.
  const { startAdminServices } = await import('./lib/admin/start');
  await startAdminServices();
  // Site search: every language's index built now, in the background, rather than on a visitor's query.
  const { warmSearchIndexes } = await import('./lib/search');
  warmSearchIndexes().catch((error: unknown) =>
    scopedLogger('search').error({ err: error }, 'indexes not built at start-up; the first query builds them'),
  );
}

/** Every error Next catches while answering a request, with the request id server.mjs gave it. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { scopedLogger } = await import('./lib/log');
  const requestId = request.headers['x-request-id'];
  scopedLogger('request').error(
    {
      err: error,
      ...(typeof requestId === 'string' ? { requestId } : {}),
      method: request.method,
      path: request.path.split('?', 1)[0],
      route: context.routePath,
      routeType: context.routeType,
      digest: (error as { digest?: string }).digest,
    },
    'a request failed',
  );
};
