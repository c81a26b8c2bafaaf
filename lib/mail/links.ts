/** Paths of the pages the registrant's links open (app/registration/...). */
export const CONFIRM_PATH = '/registration/confirm';
export const CHANGE_PATH = '/registration/change';
export const MANAGE_PATH = '/registration/manage';
/** Withdrawal: opened from the manage page, and by links mailed before the manage page existed. */
export const WITHDRAW_PATH = '/registration/withdraw';
/**
 * A manage link works this long; after that its owner asks for a new one on the manage page, which they
 * can do for as long as their data is kept (S-FORM-8).
 */
export const MANAGE_LINK_VALID_DAYS = 7;

/** An absolute link from SITE_URL, with the token as a query parameter. */
export function tokenLink(siteUrl: string, path: string, token: string): string {
  const url = new URL(path, `${siteUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}

/** A site-relative link with the token, for links between the registrant's own pages. */
export function tokenPath(path: string, token: string): string {
  return `${path}?${new URLSearchParams({ token }).toString()}`;
}

/** An absolute link from SITE_URL to a page that needs no token. */
export function siteLink(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}
