/**
 * Email addresses, internationalised ones included (RFC 6531: a Unicode local part; an IDN domain).
 * The check is deliberately practical: one @, a sensible local part, and a domain that converts to a
 * valid ASCII host name with a dot and an alphabetic (or punycode) top-level label.
 */
const LOCAL_PART_MAX = 64;
const DOMAIN_MAX = 253;
// Printable, not whitespace, not the specials that need quoting; dots checked apart.
const LOCAL_FORBIDDEN = /[\s"(),:;<>@[\\\]]/u;
const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The domain in ASCII (punycode, lower case), or null when it is not a valid host name. */
export function asciiDomain(domain: string): string | null {
  if (!domain || domain.length > DOMAIN_MAX || /[\s/?#%@:\\[\]]/u.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  if (host.length > DOMAIN_MAX) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const top = labels[labels.length - 1] ?? '';
  if (!TOP_LABEL.test(top)) return null;
  return labels.every((l) => ASCII_LABEL.test(l)) ? host : null;
}

export function splitEmail(email: string): { local: string; domain: string } | null {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  return { local: email.slice(0, at), domain: email.slice(at + 1) };
}

export function isValidEmail(email: string): boolean {
  const parts = splitEmail(email);
  if (!parts) return false;
  const { local, domain } = parts;
  if (local.length > LOCAL_PART_MAX || LOCAL_FORBIDDEN.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return asciiDomain(domain) !== null;
}

/**
 * The key two registrations are compared by: the local part lower-cased (addresses are treated as
 * case-insensitive, as S-FORM-4 asks) and the domain in lower-case ASCII, so `Anna@Bücher.de` and
 * `anna@xn--bcher-kva.de` are one person.
 */
export function emailKey(email: string): string {
  const parts = splitEmail(email);
  if (!parts) return email.toLowerCase();
  return `${parts.local.toLowerCase()}@${asciiDomain(parts.domain) ?? parts.domain.toLowerCase()}`;
}
