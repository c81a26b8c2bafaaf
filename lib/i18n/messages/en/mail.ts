/** Strings of the emails sent to registrants and to the secretariat. */
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export const mail = {
  registrant: {
    subject: (reference: string) => `Confirm your registration of interest (reference ${reference})`,
    greeting: (name: string) => `Dear ${name},`,
    intro:
      'Thank you for registering your interest in the European Platform of National Initiatives on Digitising Industry. This is what we received:',
    referenceLine: (reference: string) => `Your reference: ${reference}`,
    confirmIntro: 'Confirm your email address: open this link and select the button on the page.',
    confirmBy: (n: number) => `If you do not confirm it within ${days(n)}, your registration is deleted.`,
    notBooked:
      'Registering interest does not book a place at a meeting. The secretariat will write to you about the working groups you chose and their meetings.',
    ignore: (n: number) =>
      `If you did not register, ignore this email: an unconfirmed registration is deleted after ${days(n)}.`,
  },
  change: {
    subject: (reference: string) => `Confirm a change to your registration of interest (reference ${reference})`,
    intro: (reference: string) =>
      `Someone, perhaps you, has filled in the registration form of the European Platform of National Initiatives on Digitising Industry with this email address. You are already registered (your reference: ${reference}), so nothing has been changed.`,
    proposed: (reference: string) => `This is the change that was asked for (reference ${reference}):`,
    was: (value: string) => `(now: ${value})`,
    groupsAdded: '(added to the groups you already have)',
    keptIfEmpty: '(your current answer is kept)',
    applyIntro: 'To apply this change, open this link and select the button on the page.',
    applyBy: (n: number) => `The link works for ${days(n)}.`,
    ignore: 'If you did not ask for this change, ignore this email: your registration stays as it is.',
  },
  manageLink: {
    subject: 'Your link to manage your registration of interest',
    intro: (reference: string) =>
      `You asked for a link to see, change, download or withdraw your registration of interest (reference ${reference}).`,
    ignore: 'If you did not ask for this link, ignore this email: nothing has changed.',
  },
  noRegistration: {
    subject: 'Your request to manage a registration of interest',
    greeting: 'Hello,',
    intro:
      'Someone, perhaps you, asked for a link to manage a registration of interest in the European Platform of National Initiatives on Digitising Industry with this email address. There is no registration with this address, so there is nothing to manage.',
    register: 'To register your interest, fill in the form at:',
    ignore: 'If you did not ask for this, ignore this email.',
  },
  manage: {
    intro: 'To see, change, download or withdraw your registration, use this link:',
    validity: (n: number) => `It works for ${days(n)}. After that, ask for a new link at any time at:`,
  },
  signOff: 'DEI Platform secretariat',
  secretariat: {
    subject: (reference: string) => `New registration of interest (reference ${reference})`,
    updatedSubject: (reference: string) => `Registration of interest updated (reference ${reference})`,
    intro: 'A registration of interest has been stored. Its address is not confirmed yet:',
    updatedIntro: 'A registration of interest has been updated by its owner:',
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
