/** Pure date functions: every one that depends on the clock takes `now`; none reads it. */
export {
  compareMeetings,
  datePeriod,
  isUpcoming,
  meetingInterval,
  meetingSortKey,
  CALLED_OFF_STATUSES,
  meetingSections,
  nextMeeting,
  sortMeetings,
  splitMeetings,
  upcomingUntil,
  type DatedMeeting,
  type MeetingInterval,
} from './meeting';
export { createDateFormat, type DateFormat } from './format';
export {
  parseWallTime,
  resolveZonedTime,
  startOfDayInZone,
  wallTimeAt,
  zonedTimeToUtc,
  zoneOffsetMs,
  type WallTime,
  type ZonedResolution,
} from './zone';
