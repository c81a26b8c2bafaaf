import { expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';

pointAtFixtureSite();
const { getFormChoices } = await import('@/lib/registration/choices');
const { getMeetings } = await import('@/lib/content');
const { isUpcoming, upcomingUntil } = await import('@/lib/dates/meeting');

/** What the choices must say at `now`, computed directly from the content. */
async function openSlugsAt(now: Date): Promise<string[]> {
  return (await getMeetings()).filter((m) => m.status !== 'cancelled' && m.status !== 'held' && isUpcoming(m, now)).map((m) => m.slug);
}

test('the form choices are kept until the next meeting ends, then follow the clock', async () => {
  const start = new Date('2026-01-01T00:00:00Z');
  const first = await getFormChoices(start);
  expect(first.meetings.map((m) => m.slug)).toEqual(await openSlugsAt(start));
  expect(first.meetings.length).toBeGreaterThan(1);
  expect(await getFormChoices(new Date(start.getTime() + 60_000))).toBe(first);

  // The moment the soonest-ending open meeting ends, it is no longer offered.
  const meetings = await getMeetings();
  const ends = first.meetings.map((c) => upcomingUntil(meetings.find((m) => m.slug === c.slug)!).getTime());
  const nextChange = new Date(Math.min(...ends));
  const before = await getFormChoices(new Date(nextChange.getTime() - 1));
  expect(before).toBe(first);
  const after = await getFormChoices(nextChange);
  expect(after).not.toBe(first);
  expect(after.meetings.map((m) => m.slug)).toEqual(await openSlugsAt(nextChange));
  expect(after.meetings.length).toBeLessThan(first.meetings.length);

  // A clock earlier than what was kept is answered for that time, not from the later choices.
  expect((await getFormChoices(start)).meetings.map((m) => m.slug)).toEqual(first.meetings.map((m) => m.slug));
});
