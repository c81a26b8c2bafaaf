/** Strings shared by every page: the site's chrome, navigation and generic words. */
export const common = {
  siteName: 'European Platform of National Initiatives on Digitising Industry',
  skipToContent: 'Skip to main content',
  home: 'Home',
  titleSeparator: ' – ',
  nav: {
    label: 'Main',
    home: 'Home',
    workingGroups: 'Working groups',
    meetings: 'Meetings',
    documents: 'Documents',
    participate: 'Take part',
  },
  breadcrumbLabel: 'Breadcrumb',
  footer: {
    label: 'Statements',
    managedBy: (owner: string) => `This site is managed by ${owner}.`,
    contact: {
      heading: 'Contact',
      page: 'Contact the secretariat',
    },
    follow: {
      heading: 'Follow the Platform',
      page: 'How to follow the Platform',
      calendars: 'Subscribe to the meetings calendar',
      feed: 'News feed of meetings and outcomes',
    },
    links: {
      privacy: 'Privacy statement',
      accessibility: 'Accessibility statement',
      manage: 'Manage your registration',
    },
    statement: 'This site sets no cookies for visitors and loads nothing from other websites.',
  },
  print: {
    /** The first line of a printed page: "DEI Platform: European Platform of …". */
    siteLine: (shortName: string, siteName: string) => `${shortName}: ${siteName}`,
  },
  externalLink: '(external link)',
  opensDocument: 'opens the document',
} as const;
