import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import en from '@/messages/en.json';

/**
 * S-I18N / issue 13 item 1: the browser receives only the strings it renders. The catalogue a client
 * component gets travels in the page's RSC payload (the `self.__next_f.push` scripts of the served HTML), as
 * the `messages` prop of next-intl's provider; this reads it from there, as a browser gets it.
 */

/** The RSC payload of a served page: the strings its inline scripts push, joined. */
function flightPayload(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)];
  return chunks.map((m) => JSON.parse(m[1]!) as string).join('');
}

/** Every JSON object that follows `"messages":` in the payload (balanced braces, strings respected). */
function messageObjects(payload: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (let at = payload.indexOf('"messages":{'); at !== -1; at = payload.indexOf('"messages":{', at + 1)) {
    const start = at + '"messages":'.length;
    let depth = 0;
    let inString = false;
    for (let i = start; i < payload.length; i += 1) {
      const c = payload[i];
      if (inString) {
        if (c === '\\') i += 1;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth += 1;
      else if (c === '}' && --depth === 0) {
        found.push(JSON.parse(payload.slice(start, i + 1)) as Record<string, unknown>);
        break;
      }
    }
  }
  return found;
}

/** Dotted paths of an object's leaves' parents down to `depth` levels: `{form: {fields: {...}}}` → `form.fields`. */
function namespaces(messages: Record<string, unknown>, depth = 2, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    depth > 1 && value && typeof value === 'object' ? namespaces(value as Record<string, unknown>, depth - 1, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

async function clientMessages(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const payload = flightPayload(html);
  expect(payload.length, `${path} has an RSC payload`).toBeGreaterThan(1000);
  return { payload, objects: messageObjects(payload) };
}

/** Strings no form renders: every mail subject (a mail template shipped to the browser was the example). */
const MAIL_SUBJECTS = Object.values(en.mail as Record<string, unknown>)
  .map((m) => (m && typeof m === 'object' ? (m as Record<string, unknown>).subject : undefined))
  .filter((s): s is string => typeof s === 'string');

for (const path of ['/participate', '/pl/participate', '/registration/manage', '/pl/registration/manage', '/admin/sign-in']) {
  test(`${path} gives its client component only the parts of the catalogue it renders`, async ({ request }) => {
    const { payload, objects } = await clientMessages(request, path);
    expect(objects.length, 'one catalogue handed to the browser').toBe(1);
    const expected = path.includes('sign-in')
      ? ['admin.errorPrefix', 'admin.signIn']
      : path.includes('manage')
        ? ['form.controls', 'registrant.manage']
        : ['form.controls', 'form.edit', 'form.fields', 'form.organisationTypes'];
    expect(namespaces(objects[0]!).sort()).toEqual(expected);
    expect(MAIL_SUBJECTS.length).toBeGreaterThan(2);
    for (const subject of MAIL_SUBJECTS) expect(payload, `a mail subject in ${path}'s payload`).not.toContain(subject.split('{')[0]!.trim());
    const bytes = gzipSync(JSON.stringify(objects[0])).length;
    const whole = gzipSync(JSON.stringify(en)).length;
    test.info().annotations.push({ type: 'client messages', description: `${path}: ${bytes} bytes gzipped (the whole English catalogue: ${whole})` });
  });
}

test('a content page hands the browser no catalogue at all', async ({ request }) => {
  for (const path of ['/meetings/2086-03-31-example-group-1-spring-meeting', '/pl/meetings/2086-03-31-example-group-1-spring-meeting', '/', '/fr']) {
    const { objects } = await clientMessages(request, path);
    expect(objects, path).toEqual([]);
  }
});
