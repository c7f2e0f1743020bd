/**
 * The feed of changes: /feed.xml is Atom (RFC 4287: the required elements once each, ids unique,
 * dates RFC 3339, links that resolve), linked from the head of every page; its entries are dated
 * by the content's records (amendments, expiry) or the repository's history; /changes/ lists the
 * same; each policy and each industry has its own feed.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiPolicies, getJson } from './helpers/api';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u;

/** What the structure check reads of a feed. */
interface Parsed {
  error: string | null;
  root: string;
  ns: string;
  counts: Record<string, number>;
  self: string | null;
  updated: string;
  entries: { id: string; title: string; updated: string; href: string; kind: string; missing: string[] }[];
}

/** Parses a feed in the browser's XML parser and reads its structure. */
async function parseFeed(page: Page, request: APIRequestContext, path: string): Promise<Parsed> {
  const res = await request.get(path);
  expect(res.ok(), path).toBe(true);
  expect(res.headers()['content-type'] ?? '').toMatch(/xml/u);
  const text = await res.text();
  return page.evaluate(
    ({ text, ns }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const err = doc.querySelector('parsererror');
      const feed = doc.documentElement;
      const kids = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      const counts: Record<string, number> = {};
      for (const n of ['id', 'title', 'updated', 'author']) counts[n] = kids(feed, n).length;
      return {
        error: err ? err.textContent : null,
        root: feed.localName,
        ns: feed.namespaceURI ?? '',
        counts,
        self:
          kids(feed, 'link')
            .find((l) => l.getAttribute('rel') === 'self')
            ?.getAttribute('href') ?? null,
        updated: kids(feed, 'updated')[0]?.textContent ?? '',
        entries: kids(feed, 'entry').map((e) => ({
          id: kids(e, 'id')[0]?.textContent ?? '',
          title: kids(e, 'title')[0]?.textContent ?? '',
          updated: kids(e, 'updated')[0]?.textContent ?? '',
          href:
            kids(e, 'link')
              .find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')
              ?.getAttribute('href') ?? '',
          kind: kids(e, 'category')[0]?.getAttribute('term') ?? '',
          missing: ['id', 'title', 'updated'].filter((n) => kids(e, n).length !== 1),
        })),
      };
    },
    { text, ns: ATOM },
  );
}

/** Checks what RFC 4287 requires of a feed and its entries. */
function expectAtom(feed: Parsed, path: string): void {
  expect(feed.error, path).toBeNull();
  expect([feed.root, feed.ns]).toEqual(['feed', ATOM]);
  // atom:feed has exactly one id, title and updated; an author, since the entries carry none.
  expect(feed.counts).toEqual({ id: 1, title: 1, updated: 1, author: 1 });
  expect(feed.self).toBe(path);
  expect(feed.updated).toMatch(RFC3339);
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  for (const e of feed.entries) {
    expect(e.missing, e.id).toEqual([]);
    expect(e.id).toMatch(/^urn:/u);
    expect(e.updated).toMatch(RFC3339);
    expect(e.href).toMatch(/^\/policies\/[^/]+\/$/u);
  }
  // Newest first, and the feed's updated is its newest entry's.
  const days = feed.entries.map((e) => e.updated);
  expect(days).toEqual([...days].sort().reverse());
  if (days[0]) expect(feed.updated).toBe(days[0]);
}

test('/feed.xml is Atom, its entries dated by the records, and every page’s head links it', async ({
  page,
  request,
}) => {
  const feed = await parseFeed(page, request, '/feed.xml');
  expectAtom(feed, '/feed.xml');
  expect(feed.entries.length).toBeGreaterThan(0);
  const policies = await apiPolicies(request);
  const byUrl = new Map(policies.map((p) => [p.url, p]));
  const kinds = new Set(feed.entries.map((e) => e.kind));
  expect(kinds.has('expired')).toBe(true);
  expect(kinds.has('amended')).toBe(true);
  for (const e of feed.entries) {
    const p = byUrl.get(e.href);
    expect(p, e.href).toBeDefined();
    const day = e.updated.slice(0, 10);
    // Dated by the record: an amendment its text states; an expiry the day after the stated last day.
    if (e.kind === 'amended') expect(p?.amendments.map((a) => a.date)).toContain(day);
    if (e.kind === 'expired' && p?.expiresOn) {
      const after = new Date(Date.parse(`${p.expiresOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(day).toBe(after);
    }
    if (e.kind === 'expiring' && p?.expiresOn) {
      const warned = new Date(Date.parse(`${p.expiresOn}T00:00:00Z`) - 90 * 86_400_000).toISOString().slice(0, 10);
      expect(day).toBe(warned);
    }
    if (e.kind === 'repealed') expect(p?.repealedBy).not.toBeNull();
    // Nothing from the future.
    expect(day <= (p?.status.asOf ?? '')).toBe(true);
  }
  for (const path of [
    '/',
    '/policies/zj-2020-digital-economy/',
    '/policies/zj-2020-digital-economy/61/',
    '/awards/',
    '/search/',
  ]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/feed.xml',
    );
  }
});

test('/changes/ lists what the feed says, and each policy and industry has its feed', async ({ page, request }) => {
  const feed = await parseFeed(page, request, '/feed.xml');
  await page.goto('/changes/');
  await expect(page.getByRole('heading', { level: 1, name: '最近变化' })).toBeVisible();
  const rows = page.locator('ol.changes > li');
  await expect(rows).toHaveCount(Math.min(feed.entries.length, 300));
  await expect(rows.first().locator('a')).toHaveAttribute('href', feed.entries[0]?.href ?? '');
  await expect(page.getByRole('link', { name: /全部变化（Atom）/u })).toHaveAttribute('href', '/feed.xml');

  for (const p of await apiPolicies(request)) {
    const own = await parseFeed(page, request, `/feeds/policies/${p.id}.xml`);
    expectAtom(own, `/feeds/policies/${p.id}.xml`);
    expect(own.entries.map((e) => e.id)).toEqual(feed.entries.filter((e) => e.href === p.url).map((e) => e.id));
  }
  const industries = await getJson<{ id: string; provisions: { policy: string }[] }[]>(request, 'industries.json');
  const named = industries.find((i) => i.provisions.length > 0);
  expect(named).toBeDefined();
  if (!named) return;
  const ind = await parseFeed(page, request, `/feeds/industries/${named.id}.xml`);
  expectAtom(ind, `/feeds/industries/${named.id}.xml`);
  const policies = new Set(named.provisions.map((x) => `/policies/${x.policy}/`));
  expect(ind.entries.map((e) => e.id)).toEqual(feed.entries.filter((e) => policies.has(e.href)).map((e) => e.id));
});
