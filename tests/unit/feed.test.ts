import { describe, expect, it } from 'vitest';
import { atomFeed, changeId } from '../../src/lib/feed/atom';
import { policyChanges } from '../../src/lib/feed/changes';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const kb = getKnowledgeBase();
const manufacturing = kb.policies.filter((p) => p.id === 'hz-2018-manufacturing');

describe('policyChanges: dated by the records, never ahead of the day', () => {
  it('announces an expiry within 90 days, then the expiry the day after the last day', () => {
    const before = policyChanges(manufacturing, new Date('2021-09-01T00:00:00Z'), new Map());
    expect(before.map((c) => c.kind)).toEqual([]);
    const near = policyChanges(manufacturing, new Date('2021-12-01T00:00:00Z'), new Map());
    expect(near).toMatchObject([{ kind: 'expiring', date: '2021-10-02' }]);
    const after = policyChanges(manufacturing, new Date('2022-01-05T00:00:00Z'), new Map());
    expect(after.map((c) => [c.kind, c.date])).toEqual([
      ['expired', '2022-01-01'],
      ['expiring', '2021-10-02'],
    ]);
  });

  it('lists an addition only with a date from the history, and nothing after today', () => {
    const added = new Map([['hz-2018-manufacturing', '2026-01-02']]);
    expect(policyChanges(manufacturing, new Date('2026-01-01T00:00:00Z'), added).some((c) => c.kind === 'added')).toBe(
      false,
    );
    expect(policyChanges(manufacturing, new Date('2026-01-03T00:00:00Z'), added)[0]).toMatchObject({
      kind: 'added',
      date: '2026-01-02',
    });
  });

  it('lists each amendment its text states', () => {
    const amended = kb.policies.filter((p) => p.amendments.length > 0).slice(0, 3);
    const changes = policyChanges(amended, new Date('2030-01-01T00:00:00Z'), new Map());
    for (const p of amended)
      for (const a of p.amendments)
        expect(changes).toContainEqual(expect.objectContaining({ policy: p.id, kind: 'amended', date: a.date }));
  });
});

describe('atomFeed', () => {
  it('escapes text and keeps ids stable', () => {
    const xml = atomFeed(
      {
        path: '/feed.xml',
        title: 'A & <B>',
        alternate: '/changes/',
        site: 'https://example.org/',
        fallbackDay: '2026-01-01',
      },
      [{ policy: 'p', title: '“x” & <y>', kind: 'amended', date: '2025-05-01', summary: 's', url: '/policies/p/' }],
    );
    expect(xml).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(xml).toContain('<title>修改：“x” &amp; &lt;y&gt;</title>');
    expect(xml).toContain('href="https://example.org/policies/p/"');
    expect(xml).toContain('<updated>2025-05-01T00:00:00+08:00</updated>');
    expect(changeId({ policy: 'p', kind: 'amended', date: '2025-05-01' })).toBe(
      'urn:policy-kb:change:p:amended:2025-05-01',
    );
  });
});
