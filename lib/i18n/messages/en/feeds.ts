/** Strings written into calendars, the Atom feed, structured data and the sitemap's neighbours. */
export const feeds = {
  allMeetingsCalendarName: 'DEI Platform meetings',
  allMeetingsCalendarDescription: 'Meetings of the European Platform of National Initiatives on Digitising Industry and its working groups',
  groupCalendarName: (groupTitle: string) => `DEI Platform: ${groupTitle}`,
  groupCalendarDescription: (groupTitle: string) => `Meetings of ${groupTitle}`,
  cancelledPrefix: 'Cancelled: ',
  joinOnline: 'Join online:',
  moreInformation: 'More information:',
  feedTitle: 'DEI Platform: meetings and outcomes',
  feedSubtitle: 'New and changed meetings, and the outcomes of meetings once they are published',
  outcomesEntryTitle: (outcomesTitle: string, meetingTitle: string) => `${outcomesTitle}: ${meetingTitle}`,
  feedLinkTitle: 'Meetings and outcomes (Atom feed)',
  openGraphImageAlt: 'DEI Platform: European Platform of National Initiatives on Digitising Industry',
} as const;
