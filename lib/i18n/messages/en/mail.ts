/** Strings of the emails sent to registrants and to the secretariat. */
export const mail = {
  registrant: {
    subject: (reference: string) => `Your registration of interest (reference ${reference})`,
    greeting: (name: string) => `Dear ${name},`,
    intro:
      'Thank you for registering your interest in the European Platform of National Initiatives on Digitising Industry. This is what we received:',
    referenceLine: (reference: string) => `Your reference: ${reference}`,
    confirmIntro: 'Confirm your email address by opening this link:',
    withdrawIntro:
      'To withdraw your registration and have your personal data erased, open this link and select the button on the page:',
    expiry: (days: number) => `These links work for ${days} days.`,
    ignore: 'If you did not register, you can ignore this email: unconfirmed registrations are erased automatically.',
    signOff: 'DEI Platform secretariat',
  },
  secretariat: {
    subject: (reference: string) => `New registration of interest (reference ${reference})`,
    intro: 'A registration of interest has been stored:',
    updatedIntro: 'A registration of interest has been updated:',
    adminLink: (url: string) => `Read it in the secretariat area: ${url}`,
  },
  fields: {
    name: 'Full name',
    email: 'Email address',
    organisation: 'Organisation',
    country: 'Country',
    organisationType: 'Type of organisation',
    groups: 'Working groups',
    meeting: 'Meeting',
    contribution: 'How would you like to contribute?',
    none: 'None',
  },
} as const;
