/** Paths of the pages the registrant's links open (app/registration/...). */
export const CONFIRM_PATH = '/registration/confirm';
export const WITHDRAW_PATH = '/registration/withdraw';
/** Links in the registrant's email work this long. */
export const LINK_VALID_DAYS = 30;

/** An absolute link from SITE_URL, with the token as a query parameter. */
export function tokenLink(siteUrl: string, path: string, token: string): string {
  const url = new URL(path, `${siteUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}
