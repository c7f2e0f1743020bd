/**
 * An Atom feed (RFC 4287) of changes: feed id, title, updated, self and alternate links, and one
 * entry per change with its id, title, updated, link and summary. Links are absolute when the
 * site's address is known; else site paths, which Atom allows (relative IRIs, RFC 4287 §2).
 */
import { CHANGE_LABELS, type Change } from './changes';

/** The feed's own facts. */
export interface FeedMeta {
  /** The feed's path on the site (/feed.xml), its self link. */
  path: string;
  title: string;
  /** The page the feed mirrors (/changes/). */
  alternate: string;
  /** The site's address (https://example.org/), or undefined. */
  site: string | undefined;
  /** The day to give as the feed's updated when it has no entry (the build day). */
  fallbackDay: string;
}

/** Text escaped for XML content and attributes. */
function xml(text: string): string {
  return text.replace(
    /[<>&'"]/gu,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c] ?? ''};`,
  );
}

/** A day as an Atom date (RFC 3339), midnight in Beijing, where the policies' days are counted. */
export function atomDate(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** A stable, unique id of a change: the same change keeps its id from build to build. */
export function changeId(c: Pick<Change, 'policy' | 'kind' | 'date'>): string {
  return `urn:policy-kb:change:${c.policy}:${c.kind}:${c.date}`;
}

/** The feed as XML. */
export function atomFeed(meta: FeedMeta, changes: readonly Change[]): string {
  const href = (path: string) => xml(meta.site ? new URL(path, meta.site).href : path);
  const updated = atomDate(changes[0]?.date ?? meta.fallbackDay);
  const entries = changes.map(
    (c) => `  <entry>
    <id>${changeId(c)}</id>
    <title>${xml(`${CHANGE_LABELS[c.kind]}：${c.title}`)}</title>
    <updated>${atomDate(c.date)}</updated>
    <link rel="alternate" type="text/html" href="${href(c.url)}"/>
    <category term="${c.kind}" label="${CHANGE_LABELS[c.kind]}"/>
    <summary>${xml(c.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>urn:policy-kb:feed:${xml(meta.path)}</id>
  <title>${xml(meta.title)}</title>
  <updated>${updated}</updated>
  <author><name>政策库</name></author>
  <link rel="self" type="application/atom+xml" href="${href(meta.path)}"/>
  <link rel="alternate" type="text/html" href="${href(meta.alternate)}"/>
${entries.join('\n')}
</feed>
`;
}
