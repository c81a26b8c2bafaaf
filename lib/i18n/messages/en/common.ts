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
    label: 'Support links',
    privacy: 'Privacy statement',
    accessibility: 'Accessibility statement',
    manage: 'Manage your registration',
    contact: 'Contact',
    feed: 'Meetings feed',
    runBy: (owner: string) => `This site is run by ${owner}.`,
    contactLine: 'Contact:',
    statement: 'This site sets no cookies for visitors and loads nothing from other websites.',
  },
  externalLink: '(external link)',
  opensDocument: 'opens the document',
} as const;
