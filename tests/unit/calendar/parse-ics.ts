import ICAL from 'ical.js';

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs so TZID times resolve through them. */
export function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtz);
  }
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { root, events };
}

export function utcIso(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}
