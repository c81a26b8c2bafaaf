import { expect, test } from '@playwright/test';
import { rawRequest } from './support';

/** Feeds, calendars and the sitemap carry validators, and a poller with a current copy gets 304. */
const URLS = ['/feed.xml', '/meetings.ics', '/meetings/2086-10-27-example-group-2-autumn-meeting/calendar.ics', '/working-groups/wg1/calendar.ics', '/sitemap.xml'];

test('the feed, the calendars and the sitemap send ETag and Last-Modified and answer 304 to a current copy', async ({ baseURL }) => {
  for (const path of URLS) {
    const first = await rawRequest(baseURL!, { path });
    expect(first.status, path).toBe(200);
    const etag = first.headers.etag;
    const lastModified = first.headers['last-modified'];
    expect(etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(Date.parse(lastModified ?? ''), path).toBeGreaterThan(Date.parse('2015-01-01'));
    // The same bytes and validators again (nothing depends on the time of the request).
    const second = await rawRequest(baseURL!, { path });
    expect(second.body, path).toBe(first.body);
    expect(second.headers.etag, path).toBe(etag);

    const byTag = await rawRequest(baseURL!, { path, headers: { 'If-None-Match': `W/"other", ${etag}` } });
    expect(byTag.status, path).toBe(304);
    expect(byTag.body, path).toBe('');
    expect(byTag.headers.etag, path).toBe(etag);
    const byDate = await rawRequest(baseURL!, { path, headers: { 'If-Modified-Since': lastModified! } });
    expect(byDate.status, path).toBe(304);
    const stale = await rawRequest(baseURL!, { path, headers: { 'If-None-Match': '"something-else"', 'If-Modified-Since': lastModified! } });
    expect(stale.status, `${path}: If-None-Match decides when both are sent`).toBe(200);
    const older = await rawRequest(baseURL!, { path, headers: { 'If-Modified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' } });
    expect(older.status, path).toBe(200);
  }
});
