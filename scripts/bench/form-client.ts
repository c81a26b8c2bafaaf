/**
 * A client of the real interest form, without a browser: it reads /participate like a browser without
 * JavaScript would; `registrationBody` fills it in as that browser would post it (multipart, with React's
 * hidden Server Action fields).
 */
const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
}

export type FormTemplate = {
  hidden: [string, string][];
  choices: Record<string, string>;
};

/** Reads the hidden action fields and the first choice of every radio, checkbox and select of the form. */
export function parseForm(html: string): FormTemplate {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((f) => f[1]!.includes('name="fullName"'));
  if (!form) throw new Error('no <form> with a fullName field found on /participate');
  const hidden: [string, string][] = [];
  const choices: Record<string, string> = {};
  for (const [tag] of form[1]!.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name) continue;
    if (type === 'hidden') hidden.push([name, attr(tag, 'value') ?? '']);
    else if ((type === 'radio' || type === 'checkbox') && !(name in choices)) choices[name] = attr(tag, 'value') ?? 'on';
  }
  for (const m of form[1]!.matchAll(/<select\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const option = [...m[2]!.matchAll(/<option\b[^>]*value="([^"]+)"/g)][0];
    if (option && !(m[1]! in choices)) choices[m[1]!] = decode(option[1]!);
  }
  if (!hidden.some(([n]) => n.startsWith('$ACTION'))) throw new Error('the form on /participate carries no Server Action fields');
  return { hidden, choices };
}

/**
 * The fields of one registration as the bench posts it, in form order: React's hidden fields, a name, an
 * address, an organisation, and the first choice of every question but the (optional) meeting.
 */
export function registrationFields(t: FormTemplate, fullName: string, email: string): [string, string][] {
  return [
    ...t.hidden,
    ['fullName', fullName],
    ['email', email],
    ['organisation', 'Benchmark organisation'],
    ...Object.entries(t.choices).filter(([k]) => k !== 'meeting'),
  ];
}

export function registrationBody(t: FormTemplate, n: number, runId: string): FormData {
  const fd = new FormData();
  for (const [k, v] of registrationFields(t, `Bench Applicant ${n}`, `bench-${runId}-${n}@example.test`)) fd.append(k, v);
  return fd;
}
