/**
 * Drives the interest form's Server Action with wrk (C, one Lua state per thread) rather than Node's
 * fetch: building a multipart body with fetch and FormData costs the client about 8 ms of CPU per post,
 * which on two cores is taken from the server being measured. The body carries the fields of
 * `registrationFields` (as the cluster test's `registrationBody` does), with a unique address per
 * request; every acknowledged reference is collected so that the caller can check each one is stored.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { registrationFields, type FormTemplate } from './form-client';
import { execFileAsync } from './util';

export type WrkFormResult = {
  /** Acknowledged (303 to the confirmation page) per second of the run. */
  perSecond: number;
  p50: number;
  p99: number;
  acked: number;
  /** Answers that were not a 303 to the confirmation page, plus socket errors. */
  failed: number;
  /** The reference of every acknowledged registration. */
  references: string[];
};

const BOUNDARY = '----dei-bench-boundary';

function part(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

/** The multipart body around the address's unique part, as two Lua string literals. */
function bodyParts(t: FormTemplate, runId: string): { before: string; after: string } {
  const fields = registrationFields(t, 'Bench Applicant', `bench-${runId}-UNIQUE@example.test`);
  const body = fields.map(([k, v]) => part(k, v)).join('') + `--${BOUNDARY}--\r\n`;
  const [before, after] = body.split('UNIQUE') as [string, string];
  return { before, after };
}

// Lua's long strings would drop a leading newline; escape everything instead.
const lua = (s: string) => `"${[...Buffer.from(s, 'utf8')].map((b) => `\\${b}`).join('')}"`;

function script(t: FormTemplate, runId: string, origin: string): string {
  const { before, after } = bodyParts(t, runId);
  return `
local before = ${lua(before)}
local after = ${lua(after)}
local headers = { ["Content-Type"] = "multipart/form-data; boundary=${BOUNDARY}", ["Origin"] = ${lua(origin)} }
local threads = {}
local next_id = 1
function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end
local n = 0
ok = 0
bad = 0
refs = ""
function request()
  n = n + 1
  return wrk.format("POST", "/participate", headers, before .. "t" .. tid .. "n" .. n .. after)
end
function response(status, hdrs, body)
  local loc = hdrs["location"] or hdrs["Location"]
  local ref = loc and string.match(loc, "/participate/confirmation%?ref=(%w+)")
  if status == 303 and ref then
    ok = ok + 1
    refs = refs .. ref .. ","
  else
    bad = bad + 1
  end
end
function done(summary, latency, requests)
  local e = summary.errors
  local total_ok, total_bad, all = 0, e.connect + e.read + e.write + e.timeout, ""
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_bad = total_bad + t:get("bad")
    all = all .. t:get("refs")
  end
  io.write(string.format('\\nRESULT {"seconds":%f,"ok":%d,"bad":%d,"p50":%f,"p99":%f,"refs":"%s"}\\n',
    summary.duration / 1e6, total_ok, total_bad, latency:percentile(50) / 1000, latency:percentile(99) / 1000, all))
end
`;
}

/** One timed run of `connections` clients posting registrations to `baseUrl`/participate. */
export async function wrkRegistrations(
  baseUrl: string,
  template: FormTemplate,
  opts: { runId: string; seconds: number; connections: number; workDir: string },
): Promise<WrkFormResult> {
  const file = path.join(opts.workDir, `wrk-form-${opts.runId}.lua`);
  await writeFile(file, script(template, opts.runId, baseUrl));
  const { stdout } = await execFileAsync(
    '/usr/bin/wrk',
    ['-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '--timeout', '10s', '-s', file, `${baseUrl}/participate`],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const line = /^RESULT (.*)$/m.exec(stdout)?.[1];
  if (!line) throw new Error(`could not read wrk output:\n${stdout}`);
  const r = JSON.parse(line) as { seconds: number; ok: number; bad: number; p50: number; p99: number; refs: string };
  return {
    perSecond: r.ok / r.seconds,
    p50: r.p50,
    p99: r.p99,
    acked: r.ok,
    failed: r.bad,
    references: r.refs.split(',').filter(Boolean),
  };
}
