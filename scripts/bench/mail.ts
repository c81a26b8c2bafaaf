import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { startInstance, type Instance } from '../../deploy/cluster/cluster';
import { startSmtpSink, type SmtpSink } from '../../tests/support/smtp-sink';
import { parseForm, registrationBody, type FormTemplate } from './form-client';
import type { BenchRow } from './report';
import { percentile, sleep } from './util';

export type MailBenchOptions = {
  distDir: string;
  env: Record<string, string>;
  /** Registrations posted as fast as `concurrency` clients can (S-PERF: 400). */
  burst: number;
  /** Steady arrival rate of registrations and how long it lasts (S-PERF: 50/s). */
  steadyPerSecond: number;
  steadySeconds: number;
  concurrency: number;
  serverArgs: string[];
  log: (line: string) => void;
};

const SEND_CONNECTIONS = 4;

/** One registration through the real form; resolves with the time (Date.now()) it was acknowledged. */
async function register(base: string, t: FormTemplate, n: number, runId: string): Promise<{ email: string; ackedAt: number }> {
  const res = await fetch(`${base}/participate`, { method: 'POST', body: registrationBody(t, n, runId), headers: { Origin: base }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 303 || !res.headers.get('location')?.includes('ref=')) throw new Error(`registration ${n} answered ${res.status}`);
  return { email: `bench-${runId}-${n}@example.test`, ackedAt: Date.now() };
}

/** Resolves once `sink` holds a message to each of `emails`; rejects after `timeoutMs`. */
async function allDelivered(sink: SmtpSink, emails: readonly string[], timeoutMs: number): Promise<Map<string, number>> {
  const want = new Set(emails);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = new Map<string, number>();
    for (const m of sink.received) for (const to of m.envelopeTo) if (want.has(to) && !at.has(to)) at.set(to, m.receivedAt);
    if (at.size === want.size) return at;
    if (Date.now() > deadline) throw new Error(`${want.size - at.size} of ${want.size} confirmations not delivered within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/**
 * Mail (S-PERF): one `next start` on SQLite whose sender (the real queue, worker and pooled nodemailer
 * transport) delivers to an SMTP server on loopback (smtp-server, mail parsed as a mail server would).
 * 1. A burst of `burst` registrations (each queues a confirmation and a notification to the
 *    secretariat): messages per second at the SMTP server from the first to the last, against the same
 *    number of messages sent by a nodemailer pool of the same size straight to the same server (no queue,
 *    no database, no Next: the anchor).
 * 2. Just after the burst's posts are acknowledged, one more registration: the time from its
 *    acknowledgement to its confirmation at the SMTP server (S-PERF: within 5 s).
 * 3. Registrations arriving at `steadyPerSecond` for `steadySeconds`: each confirmation's time from
 *    acknowledgement to the SMTP server, p50, p99 and the longest.
 */
export async function benchMail(o: MailBenchOptions): Promise<BenchRow[]> {
  const sink = await startSmtpSink();
  let instance: Instance | undefined;
  try {
    // The anchor: a nodemailer pool of the sender's size, straight to the sink.
    const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: SEND_CONNECTIONS, maxMessages: 1000 });
    const anchorCount = o.burst * 2;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: anchorCount }, (_, i) =>
        transport.sendMail({ from: 'DEI <no-reply@example.eu>', to: `anchor-${i}@example.test`, subject: `Anchor ${i}`, text: 'x'.repeat(1200) }),
      ),
    );
    const anchorRate = anchorCount / ((performance.now() - t0) / 1000);
    transport.close();
    sink.received.length = 0;
    o.log(`mail anchor: nodemailer pool (${SEND_CONNECTIONS} connections) alone ${anchorRate.toFixed(0)} msg/s`);

    const dir = await mkdtemp(path.join(os.tmpdir(), 'dei-bench-mail-'));
    const env = { ...o.env, DATABASE_URL: `file:${path.join(dir, 'mail.sqlite')}`, RATE_LIMIT_MAX: '0', SMTP_URL: sink.url, SECRETARIAT_EMAIL: 'secretariat@example.test' };
    instance = await startInstance({ name: 'bench-mail', port: 0, distDir: o.distDir, env, logDir: dir, readyPath: '/participate', args: o.serverArgs });
    const base = `http://127.0.0.1:${instance.port}`;
    const template = parseForm(await (await fetch(`${base}/participate`)).text());
    // Warm-up: the action's modules load, the sender's pool opens.
    const warm = await register(base, template, 0, `mw${Date.now().toString(36)}`);
    await allDelivered(sink, [warm.email], 30_000);
    sink.received.length = 0;

    // 1 and 2: the burst, then one more.
    const burstId = `mb${Date.now().toString(36)}`;
    let next = 0;
    const acked: { email: string; ackedAt: number }[] = [];
    const burstStart = Date.now();
    await Promise.all(
      Array.from({ length: o.concurrency }, async () => {
        while (next < o.burst) acked.push(await register(base, template, next++, burstId));
      }),
    );
    const burstEnd = Date.now();
    const postSeconds = (burstEnd - burstStart) / 1000;
    const late = await register(base, template, 0, `ml${Date.now().toString(36)}`);
    const lateAt = (await allDelivered(sink, [late.email], 120_000)).get(late.email)!;
    const lateSeconds = (lateAt - late.ackedAt) / 1000;
    await allDelivered(sink, acked.map((a) => a.email), 300_000);
    // Every message of the burst: its confirmations and the secretariat's notifications.
    for (const deadline = Date.now() + 60_000; sink.received.length < 2 * (o.burst + 1) && Date.now() < deadline; ) await sleep(20);
    const times = sink.received.map((m) => m.receivedAt).sort((a, b) => a - b);
    const overallRate = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    // While posts arrive, mail can leave no faster than it is queued; the backlog left when they end is
    // sent as fast as the sender can: that is its rate.
    const backlog = times.filter((t) => t > burstEnd);
    const drainRate = backlog.length / ((times.at(-1)! - burstEnd) / 1000);
    o.log(
      `mail burst: ${o.burst} registrations posted in ${postSeconds.toFixed(1)} s; ${times.length} messages, ${overallRate.toFixed(0)} msg/s from first to last; ` +
        `backlog of ${backlog.length} at the end of the posts sent at ${drainRate.toFixed(0)} msg/s; ` +
        `the one after it delivered ${lateSeconds.toFixed(2)} s after its acknowledgement; all in ${((times.at(-1)! - burstStart) / 1000).toFixed(1)} s`,
    );

    // 3: steady arrivals.
    sink.received.length = 0;
    const steadyId = `ms${Date.now().toString(36)}`;
    const steady: Promise<{ email: string; ackedAt: number }>[] = [];
    const total = o.steadyPerSecond * o.steadySeconds;
    const startedAt = Date.now();
    for (let n = 0; n < total; n += 1) {
      const due = startedAt + (n * 1000) / o.steadyPerSecond;
      if (due > Date.now()) await sleep(due - Date.now());
      steady.push(register(base, template, n, steadyId));
    }
    const steadyAcked = await Promise.all(steady);
    const delivered = await allDelivered(sink, steadyAcked.map((a) => a.email), 120_000);
    const waits = steadyAcked.map((a) => (delivered.get(a.email)! - a.ackedAt) / 1000);
    const arrivalRate = total / ((Date.now() - startedAt) / 1000);
    o.log(`mail steady: ${total} registrations; confirmation after p50 ${percentile(waits, 50).toFixed(2)} s, p99 ${percentile(waits, 99).toFixed(2)} s, max ${Math.max(...waits).toFixed(2)} s`);

    return [
      {
        part: 'mail',
        measure: `after a burst of ${o.burst} registrations (${o.concurrency} clients), the backlog of ${backlog.length} messages to loopback SMTP`,
        value: drainRate,
        unit: 'msg/s',
        anchor: { label: `nodemailer pool alone, ${anchorCount} msgs`, value: anchorRate },
        ratio: drainRate / anchorRate,
        target: '>= 100 msg/s',
        pass: drainRate >= 100,
        note: `posts took ${postSeconds.toFixed(1)} s; ${times.length} messages at ${overallRate.toFixed(0)} msg/s from first to last`,
      },
      { part: 'mail', measure: `new confirmation right after the burst: acknowledged → at the SMTP server`, value: lateSeconds, unit: 's', target: '<= 5 s', pass: lateSeconds <= 5 },
      {
        part: 'mail',
        measure: `confirmations while ${o.steadyPerSecond} registrations/s arrive (${total}), longest wait`,
        value: Math.max(...waits),
        unit: 's',
        target: '<= 5 s',
        pass: Math.max(...waits) <= 5,
        note: `p50 ${percentile(waits, 50).toFixed(2)} s, p99 ${percentile(waits, 99).toFixed(2)} s; arrivals at ${arrivalRate.toFixed(0)}/s`,
      },
    ];
  } finally {
    if (instance) {
      instance.kill('SIGTERM');
      await instance.exited;
    }
    await sink.close();
  }
}
