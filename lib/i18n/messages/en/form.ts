import { plural } from '../../plural';

/** Every string of the interest-registration form, its confirmation page and its errors. */
export const form = {
  pageTitle: 'Register interest in a working group',
  pageDescription:
    'Register your interest in taking part in the working groups of the European Platform of National Initiatives on Digitising Industry.',
  breadcrumb: 'Register interest',
  /** Shown above the form when a meeting's page led here (`?meeting=`). */
  preselectedMeeting: (meeting: string) => `You are registering interest in the meeting “${meeting}”.`,
  errorTitlePrefix: 'Error: ',
  intro:
    'Tell the secretariat which working groups you would like to take part in. We use these details only to contact you about the Platform’s work.',
  fields: {
    fullName: { label: 'Full name' },
    email: { label: 'Email address', hint: 'We will only use this to contact you about the working groups.' },
    organisation: { label: 'Organisation' },
    country: { label: 'Country', choose: 'Select a country', groupEu: 'European Union', groupEea: 'European Economic Area', groupOther: 'Elsewhere' },
    organisationType: { label: 'Type of organisation' },
    groups: { legend: 'Working groups', hint: 'Select all that apply.' },
    meeting: { label: 'Meeting', hint: 'Optional. If you would like to attend a particular meeting, select it.', none: 'No particular meeting' },
    contribution: {
      label: 'How would you like to contribute?',
      hint: 'Optional. You can enter up to 2,000 characters.',
    },
    consent: {
      legend: 'Privacy',
      before: 'I agree to the processing of my data as described in the ',
      link: 'privacy statement',
      after: '.',
    },
    honeypot: 'Leave this field empty',
  },
  groupLabel: (n: number, title: string) => `Working Group ${n}: ${title}`,
  submit: 'Register interest',
  pending: 'Sending…',
  errorSummaryTitle: 'There is a problem',
  errors: {
    fullNameRequired: 'Enter your full name',
    fullNameTooLong: (max: number) => `Full name must be ${max} characters or less`,
    fullNameControl: 'Full name must not include line breaks, control characters or hidden direction marks',
    emailRequired: 'Enter your email address',
    emailFormat: 'Enter an email address in the correct format, like name@example.com',
    emailTooLong: (max: number) => `Email address must be ${max} characters or less`,
    emailControl: 'Email address must not include spaces, line breaks or control characters',
    organisationRequired: 'Enter your organisation',
    organisationTooLong: (max: number) => `Organisation must be ${max} characters or less`,
    organisationControl: 'Organisation must not include line breaks, control characters or hidden direction marks',
    countryRequired: 'Select your country',
    organisationTypeRequired: 'Select the type of organisation',
    groupsRequired: 'Select at least one working group',
    groupsUnknown: 'Select working groups from the list',
    meetingUnknown: 'Select a meeting from the list',
    meetingPast: 'The meeting you selected has already taken place; select an upcoming meeting or no particular meeting',
    contributionTooLong: (max: number) => `How you would like to contribute must be ${max.toLocaleString('en-GB')} characters or less`,
    contributionControl: 'How you would like to contribute must not include control characters or hidden direction marks',
    consentRequired: 'You must agree to the privacy statement to register',
    couldNotSave: 'We could not save your registration. Try again later.',
    rateLimited: (minutes: number) =>
      `You have sent too many registrations. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`,
    tooLarge: 'Your registration was too large to send. Shorten what you wrote and try again.',
    tooLargeTitle: 'Your registration was too large to send',
    backToForm: 'Go back to the form',
  },
  confirmation: {
    title: 'Registration received',
    breadcrumb: 'Registration received',
    description: 'What happens after you register your interest in the working groups.',
    referenceLabel: 'Your reference is',
    chosenTitle: 'What you chose',
    groupsLabel: 'Working groups',
    meetingLabel: 'Meeting',
    noReference:
      'This page shows a reference only just after you send the form. If you have just registered, check your email: it has your reference.',
    nextTitle: 'What happens next',
    confirmBy: (days: number) =>
      `We have sent an email to the address you gave. Open it and select the button in it within ${plural('en-GB', days, { one: '1 day', other: '# days' })}. Until then nothing is confirmed, and if you do not, what you sent is deleted.`,
    notBooked: 'Registering interest does not book a place at a meeting.',
    meetingNotBooked: (meeting: string) =>
      `Registering interest does not book a place at a meeting. The secretariat will tell you by email whether and how you can attend ${meeting}.`,
    /** The panel's line for a chosen meeting: what was sent, named, so nobody reads it as a booking. */
    interestIn: (meeting: string) => `Your interest in ${meeting} has been received.`,
    secretariat:
      'The secretariat reads every registration and will write to you about the working groups you chose and their meetings.',
    manage: 'You can see, change, download or withdraw your registration at any time: <link>manage your registration</link>.',
    noEmail: 'If the email does not arrive within a few minutes, check your spam folder.',
    another: 'Register another person',
  },
  countries: {
    AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', HR: 'Croatia', CY: 'Cyprus', CZ: 'Czechia', DK: 'Denmark',
    EE: 'Estonia', FI: 'Finland', FR: 'France', DE: 'Germany', GR: 'Greece', HU: 'Hungary', IE: 'Ireland',
    IT: 'Italy', LV: 'Latvia', LT: 'Lithuania', LU: 'Luxembourg', MT: 'Malta', NL: 'Netherlands', PL: 'Poland',
    PT: 'Portugal', RO: 'Romania', SK: 'Slovakia', SI: 'Slovenia', ES: 'Spain', SE: 'Sweden',
    IS: 'Iceland', LI: 'Liechtenstein', NO: 'Norway',
    other: 'Other country',
  },
  organisationTypes: {
    'member-state-authority': 'Member State authority',
    'national-initiative': 'National initiative for digitising industry',
    'european-ppp': 'European Public-Private Partnership',
    'european-association': 'European association',
    'digital-innovation-hub': 'Digital Innovation Hub',
    sme: 'SME',
    'large-company': 'Large company',
    'research-academia': 'Research or academia',
    other: 'Other',
  },
  health: { ok: 'ok', unavailable: 'unavailable' },
} as const;
