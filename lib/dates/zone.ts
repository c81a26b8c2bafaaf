/**
 * Wall-clock time in an IANA time zone ↔ UTC instants, with Intl only (no date library, no Date.now()).
 *
 * Daylight-saving rule (docs/decisions/0012-dates-and-time-zones.md), the same as RFC 5545 and
 * Temporal's 'compatible' disambiguation:
 * - a wall time that happens twice (clocks go back) resolves to the earlier instant;
 * - a wall time that never happens (clocks go forward) resolves by moving forward by the length of the
 *   gap (02:30 on the spring switch in Brussels becomes 03:30 CEST). The content loader refuses such
 *   times in meeting files, so this case only matters to callers with their own input.
 */

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time at an instant in a zone. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (CET = +3,600,000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  return asUtc - seconds;
}

const HOUR = 3_600_000;

export type ZonedResolution = {
  instant: Date;
  /** 'gap': the wall time does not exist that day (clocks went forward); 'overlap': it happens twice */
  kind: 'exact' | 'gap' | 'overlap';
};

// Resolving takes up to five Intl formatToParts calls, and every page render and form post resolves each
// meeting's times again; the answer depends only on its inputs (the zone rules are fixed for the life of
// the process), so it is kept. Bounded: past the limit it starts again rather than growing.
const RESOLVED_MAX = 10_000;
const resolved = new Map<string, { instant: number; kind: ZonedResolution['kind'] }>();

/** Resolves a wall time in a zone to a UTC instant, saying whether a DST switch was involved. */
export function resolveZonedTime(wall: WallTime, timeZone: string): ZonedResolution {
  const key = `${timeZone} ${wall.year}-${wall.month}-${wall.day} ${wall.hour}:${wall.minute}`;
  let hit = resolved.get(key);
  if (!hit) {
    const { instant, kind } = resolveUncached(wall, timeZone);
    if (resolved.size >= RESOLVED_MAX) resolved.clear();
    hit = { instant: instant.getTime(), kind };
    resolved.set(key, hit);
  }
  // A new Date each time: callers own what they are given.
  return { instant: new Date(hit.instant), kind: hit.kind };
}

function resolveUncached(wall: WallTime, timeZone: string): ZonedResolution {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Offsets a day either side cover any single switch near this wall time.
  const before = zoneOffsetMs(new Date(naive - 24 * HOUR), timeZone);
  const after = zoneOffsetMs(new Date(naive + 24 * HOUR), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset)
    .filter((t) => zoneOffsetMs(new Date(t), timeZone) === naive - t)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return { instant: new Date(first), kind: candidates.length > 1 ? 'overlap' : 'exact' };
  }
  // In the gap: read the wall time with the offset in force before the switch, which moves it forward.
  return { instant: new Date(naive - before), kind: 'gap' };
}

/** A wall time in a zone as a UTC instant (earlier instant on overlaps, moved forward in gaps). */
export function zonedTimeToUtc(wall: WallTime, timeZone: string): Date {
  return resolveZonedTime(wall, timeZone).instant;
}

/** Parses 'YYYY-MM-DD' (and optional 'HH:MM') into a wall time. */
export function parseWallTime(day: string, time = '00:00'): WallTime {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day: date, hour, minute };
}

/** Midnight at the start of a calendar day in a zone (not always 00:00 UTC+offset: some zones skip it). */
export function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  const normalised = new Date(Date.UTC(year, month - 1, day));
  return zonedTimeToUtc(
    {
      year: normalised.getUTCFullYear(),
      month: normalised.getUTCMonth() + 1,
      day: normalised.getUTCDate(),
      hour: 0,
      minute: 0,
    },
    timeZone,
  );
}
