/**
 * Pages for requests the site cannot serve (proxy.ts) and for the unexpected (app/error.tsx,
 * app/global-error.tsx). Their own file so that the error pages, which are client components, ship these
 * strings and nothing else of the catalogue.
 */
export const errors = {
  homeLink: 'Go to the home page',
  unexpected: {
    title: 'Sorry, there is a problem with the service',
    lead: 'Something went wrong on our side. Nothing you did caused it.',
    tryAgain: 'Try again',
    later: 'If it happens again, try later: we are told about it and will fix it.',
  },
  methodNotAllowed: {
    title: 'This page cannot be changed',
    body: 'This address only shows a page or takes a form. Open it in a web browser instead.',
  },
  foreignOrigin: {
    title: 'Your form could not be sent',
    body: 'The form was sent from another website. Open the form on this site and send it again from there.',
  },
  tooLarge: {
    title: 'What you sent was too large',
    body: 'Shorten what you entered and try again.',
  },
  lengthRequired: {
    title: 'Your form could not be sent',
    body: 'Your browser sent the form in a way this site does not accept. Try again with another browser.',
  },
} as const;
