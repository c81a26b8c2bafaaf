import { afterEach, describe, expect, test } from 'vitest';
import { createDb } from '@/lib/db/client';
import { claimDueMail, claimNextMail, enqueueMail, listMail } from '@/lib/db/mail-queue';
import { BATCH_SIZE, deliverDueMail, SEND_CONCURRENCY } from '@/lib/mail/sender';
import { createSendMail } from '@/lib/mail/worker';
import { dbTargets } from '../admin/test-db';
import { startSmtpSink as startSmtp } from '../../support/smtp-sink';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const MESSAGES = 40;

describe.each(dbTargets)('$name', (target) => {
  test('two instances sending one queue to a slow mail server send every message exactly once', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const first = await freshDbAt(url);
    const second = createDb(url);
    cleanups.push(() => second.destroy());
    const queuedAt = new Date();
    for (let i = 0; i < MESSAGES; i++) {
      await enqueueMail(first, { registrationId: null, kind: 'test', toName: `Person ${i}`, toAddress: `person-${i}@example.eu`, subject: `message ${i}`, bodyText: `body ${i}`, now: queuedAt });
    }
    // 400 ms to accept each message: sending all of them one by one takes 16 seconds.
    const smtp = await startSmtp({ delayMs: 400 });
    cleanups.push(smtp.close);

    // Each instance polls the queue as the worker does; a lease of ten seconds is far longer than one
    // message takes (a send is cancelled at half of it), and shorter than the whole queue takes.
    const leaseMs = 10_000;
    const deadline = Date.now() + 60_000;
    const instance = async (db: typeof first) => {
      const send = createSendMail(smtp.url)!;
      cleanups.push(async () => send.close?.());
      while ((await listMail(db, { limit: 1, offset: 0 })).pending > 0 && Date.now() < deadline) {
        await deliverDueMail(db, { send, from: 'DEI <no-reply@example.eu>', clock: () => new Date(), leaseMs });
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await Promise.all([instance(first), instance(second)]);

    const subjects = smtp.received.map((m) => m.parsed.subject).sort();
    expect(subjects).toEqual(Array.from({ length: MESSAGES }, (_, i) => `message ${i}`).sort());
    const queue = await listMail(first, { limit: 100, offset: 0 });
    expect(queue.mail.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
  });
});

describe.each(dbTargets)('$name', (target) => {
  test('a batch that would outlive its lease releases what it has not sent; two instances still send each message once', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const first = await freshDbAt(url);
    const second = createDb(url);
    cleanups.push(() => second.destroy());
    const queuedAt = new Date();
    for (let i = 0; i < MESSAGES; i++) {
      await enqueueMail(first, { registrationId: null, kind: 'test', toName: `Person ${i}`, toAddress: `person-${i}@example.eu`, subject: `message ${i}`, bodyText: `body ${i}`, now: queuedAt });
    }
    // A batch of 32 over 4 connections at 300 ms a message takes 2.4 s: longer than the 2 s lease. Sent
    // regardless, its last messages would go out after the lease ended, when the other instance may have
    // claimed and sent them too.
    const smtp = await startSmtp({ delayMs: 300 });
    cleanups.push(smtp.close);
    const leaseMs = 2_000;
    const deadline = Date.now() + 60_000;
    const instance = async (db: typeof first) => {
      const send = createSendMail(smtp.url)!;
      cleanups.push(async () => send.close?.());
      while ((await listMail(db, { limit: 1, offset: 0 })).pending > 0 && Date.now() < deadline) {
        await deliverDueMail(db, { send, from: 'DEI <no-reply@example.eu>', clock: () => new Date(), leaseMs, batchSize: BATCH_SIZE });
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await Promise.all([instance(first), instance(second)]);

    const subjects = smtp.received.map((m) => m.parsed.subject).sort();
    expect(subjects).toEqual(Array.from({ length: MESSAGES }, (_, i) => `message ${i}`).sort());
    const queue = await listMail(first, { limit: 100, offset: 0 });
    expect(queue.mail.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
  });

  test('mail a person waits for is claimed before notifications and bulk mail queued earlier', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const db = await freshDbAt(url);
    const t0 = new Date('2026-11-28T10:00:00Z');
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    for (let i = 0; i < 5; i++) {
      await enqueueMail(db, { registrationId: null, kind: 'test', priority: 'bulk', toName: 'X', toAddress: `bulk${i}@example.eu`, subject: `bulk ${i}`, bodyText: 'b', now: new Date(at(0).getTime() + i) });
    }
    await enqueueMail(db, { registrationId: null, kind: 'secretariat', priority: 'notification', toName: 'S', toAddress: 's@example.eu', subject: 'notification', bodyText: 'b', now: at(1) });
    await enqueueMail(db, { registrationId: null, kind: 'registrant', priority: 'waiting', toName: 'W', toAddress: 'w@example.eu', subject: 'confirm', bodyText: 'b', now: at(2) });
    const { mail } = await claimDueMail(db, { now: at(3), leaseMs: 60_000, limit: 3 });
    expect(mail.map((m) => m.subject)).toEqual(['confirm', 'notification', 'bulk 0']);
    const rest = await claimDueMail(db, { now: at(3), leaseMs: 60_000, limit: 10 });
    expect(rest.mail.map((m) => m.subject)).toEqual(['bulk 1', 'bulk 2', 'bulk 3', 'bulk 4']);
  });

  test('a confirmation queued behind a burst of bulk mail leaves in the next batch', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const db = await freshDbAt(url);
    const now = new Date();
    for (let i = 0; i < 4 * BATCH_SIZE; i++) {
      await enqueueMail(db, { registrationId: null, kind: 'test', toName: 'X', toAddress: `x${i}@example.eu`, subject: `bulk ${i}`, bodyText: 'b', now });
    }
    const smtp = await startSmtp();
    cleanups.push(smtp.close);
    const send = createSendMail(smtp.url)!;
    cleanups.push(async () => send.close?.());
    // Queued once the first batch is on its way (the registration arrives during the burst).
    let queued = false;
    const sending = deliverDueMail(db, {
      send: Object.assign(async (mail: Parameters<typeof send>[0]) => {
        if (!queued) {
          queued = true;
          await enqueueMail(db, { registrationId: null, kind: 'registrant', priority: 'waiting', toName: 'W', toAddress: 'w@example.eu', subject: 'confirm', bodyText: 'b', now: new Date() });
        }
        return send(mail);
      }),
      from: 'DEI <no-reply@example.eu>',
      clock: () => new Date(),
    });
    expect(await sending).toEqual({ sent: 4 * BATCH_SIZE + 1, retried: 0, gaveUp: 0 });
    const position = smtp.received.findIndex((m) => m.subject === 'confirm');
    expect(position).toBeGreaterThanOrEqual(BATCH_SIZE);
    expect(position).toBeLessThan(BATCH_SIZE + SEND_CONCURRENCY);
  });
});

describe.each(dbTargets)('$name', (target) => {
  test('a claim leases one message; the next claim gets another; the lease ends at its time', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const db = await freshDbAt(url);
    const t0 = new Date('2026-11-28T10:00:00Z');
    for (const i of [1, 2]) {
      await enqueueMail(db, { registrationId: null, kind: 'test', toName: 'X', toAddress: `x${i}@example.eu`, subject: `s${i}`, bodyText: 'b', now: t0 });
    }
    const first = await claimNextMail(db, { now: t0, leaseMs: 60_000 });
    const second = await claimNextMail(db, { now: t0, leaseMs: 60_000 });
    expect(first && second && first.id !== second.id).toBe(true);
    expect(await claimNextMail(db, { now: new Date(t0.getTime() + 59_999), leaseMs: 60_000 })).toBeNull();
    const again = await claimNextMail(db, { now: new Date(t0.getTime() + 60_000), leaseMs: 60_000 });
    expect([first!.id, second!.id]).toContain(again?.id);
  });

  test('a burst of mail goes out over a few pooled connections, not one connection per message', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const db = await freshDbAt(url);
    const now = new Date();
    for (let i = 0; i < 50; i++) {
      await enqueueMail(db, { registrationId: null, kind: 'test', toName: 'X', toAddress: `x${i}@example.eu`, subject: `burst ${i}`, bodyText: 'b', now });
    }
    const smtp = await startSmtp();
    cleanups.push(smtp.close);
    const send = createSendMail(smtp.url)!;
    cleanups.push(async () => send.close?.());
    expect(await deliverDueMail(db, { send, from: 'DEI <no-reply@example.eu>', clock: () => new Date() })).toEqual({ sent: 50, retried: 0, gaveUp: 0 });
    expect(smtp.received).toHaveLength(50);
    expect(smtp.connections()).toBeLessThanOrEqual(SEND_CONCURRENCY);
  });
});

async function freshDbAt(url: string) {
  const { migrateToLatest } = await import('@/lib/db/client');
  const db = createDb(url);
  await migrateToLatest(db);
  cleanups.push(() => db.destroy());
  return db;
}

