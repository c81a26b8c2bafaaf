/**
 * The largest form submission accepted, in bytes. A full registration at every limit, in 4-byte
 * characters, plus React's hidden fields (which echo the previous state) stays under 40 KB; the margin
 * lets even a thousand repeated fields (~100 KB of multipart) reach the schema and get its answer.
 * Next's own Server Action limit (1 MB) answers a bare 500, so the proxy answers 413 first (decision 0046).
 */
export const FORM_BODY_MAX_BYTES = 128 * 1024;

export type BodyVerdict = 'ok' | 'too-large' | 'length-required';

/** Judges a POST by its declared length; a body without one (chunked) cannot be judged before reading. */
export function judgeBodyLength(contentLength: string | null): BodyVerdict {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return 'length-required';
  return Number(contentLength) > FORM_BODY_MAX_BYTES ? 'too-large' : 'ok';
}
