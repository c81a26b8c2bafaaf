/**
 * The "Follow the Platform" page: how to get meetings into a calendar and news into a feed reader.
 * Sentences with a link mark it as a tag (`<link>…</link>`), rendered by components/ui/rich-text.tsx.
 */
export const follow = {
  title: 'Follow the Platform',
  description:
    'Subscribe to the meetings of the DEI Platform and its working groups in your calendar program, or follow new meetings and outcomes in a feed reader.',
  lead: 'You can get new meetings, changes and outcomes without coming back to this site: subscribe to a calendar, or follow the news feed.',
  calendars: {
    heading: 'Subscribe to meetings in your calendar',
    intro:
      'A subscription keeps your calendar up to date: new meetings appear by themselves, and a meeting that changes or is cancelled changes in your calendar too.',
    oneOff:
      'Downloading a single meeting (“Add to calendar” on a meeting page) gives you a copy that will never change. Subscribe instead if you want to hear of changes.',
    allName: 'All meetings',
    allHint: 'Meetings of the Platform and of every working group.',
    groupHint: (groupName: string) => `Meetings of ${groupName} only.`,
    subscribe: 'Subscribe',
    /** Visually hidden end of the link text, so that each Subscribe link is unique out of context. */
    subscribeTo: (calendar: string) => ` to ${calendar}`,
    addressLabel: 'Calendar address to copy',
    addressHint:
      'Each calendar below has a Subscribe link, which opens your calendar program, and its address, to copy into a program that the link does not open (as explained further down).',
  },
  howTo: {
    heading: 'How to add a calendar subscription',
    intro: 'Use the calendar address shown above for the meetings you want. Your calendar program checks it for changes on its own schedule, which can take several hours.',
    programs: [
      {
        name: 'Google Calendar (on a computer)',
        steps: [
          'Open Google Calendar.',
          'Next to “Other calendars”, select the plus sign (+), then “From URL”.',
          'Paste the calendar address and select “Add calendar”.',
        ],
      },
      {
        name: 'Microsoft Outlook (Outlook on the web and the new Outlook)',
        steps: ['Open your calendar.', 'Select “Add calendar”, then “Subscribe from web”.', 'Paste the calendar address, give the calendar a name and select “Import”.'],
      },
      {
        name: 'Apple Calendar (Mac, iPhone and iPad)',
        steps: [
          'Select the Subscribe link above; your device asks whether to subscribe.',
          'Or, on a Mac, choose File, then “New Calendar Subscription”, paste the calendar address and select “Subscribe”.',
        ],
      },
      {
        name: 'Thunderbird',
        steps: ['Open the calendar and choose “New Calendar”.', 'Choose “On the Network”, paste the calendar address and follow the steps.'],
      },
    ],
  },
  feed: {
    heading: 'Follow news in a feed reader',
    intro:
      'The news feed lists new and changed meetings, and the outcomes of meetings once they are published. Add its address to a feed reader (an app or website that collects news from the sites you follow) to see each new item there.',
    open: 'Open the news feed (Atom format)',
    addressLabel: 'Feed address to copy',
  },
  /** The link from pages that list meetings. */
  subscribeAll: 'Subscribe to all meetings in your calendar',
  subscribeGroup: 'Subscribe to this group’s meetings in your calendar',
  /** Beside a meeting's "Add to calendar": the download is a one-off copy. */
  oneOffHint: '<link>Subscribe to the calendar</link> instead to get changes too.',
} as const;
