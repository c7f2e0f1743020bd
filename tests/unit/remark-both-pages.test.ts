import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type ClauseView } from '../../src/lib/kb/index';
import { bodyIdPrefix } from '../../src/lib/site/anchors';
import { clauseHtml } from '../../src/remark/body-html';
import { pinpointSpans } from '../../src/lib/citations/targets';
import { syncContent, type Stores } from './helpers/loader-sync';

// A provision's body on its own page (rendered by the clauses' loader, src/loaders/content.ts,
// into the content store) and on the policy's full-text page (body-html.ts) must be the same
// markup: only the full text's ids carry the provision's prefix.

const kb = getKnowledgeBase();
const references = kb.references;

/** The content store as a build fills it. */
const stores: Stores = new Map();
await syncContent(process.cwd(), stores);

/** The body as the provision's page renders it: the HTML the loader stored for its entry. */
function provisionPageHtml(clause: ClauseView): string {
  const entry = [...(stores.get('clauses')?.values() ?? [])].find(
    (e) => e.data['policy'] === clause.policy && e.data['number'] === clause.number,
  );
  if (!entry?.rendered) throw new Error(`no stored body for ${clause.url}`);
  return entry.rendered.html;
}

/** The body as the full-text page renders it, with its ids' prefix taken off. */
function fullTextHtml(clause: ClauseView): string {
  const prefix = bodyIdPrefix(clause.number);
  const html = clauseHtml(clause.body, clause.citations, references, prefix, pinpointSpans(kb.citationTargets, clause));
  // Every id of the body has the prefix, so that taking it off leaves the provision page's ids.
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) expect(id?.startsWith(prefix)).toBe(true);
  return html.replaceAll(` id="${prefix}`, ' id="');
}

describe('a provision on its own page and in the full text', () => {
  it('renders 第（九）条 of the 2018 manufacturing policy with the same anchors, citation links and number spans', () => {
    const clause = kb.clauses.find((c) => c.policy === 'hz-2018-manufacturing' && c.number === 9);
    if (!clause) throw new Error('provision 9 of hz-2018-manufacturing is missing');
    const page = provisionPageHtml(clause);
    // What both pages must show, so that the comparison below is not of two empty strings.
    expect(page).toContain('<p id="para-1" class="para"');
    expect(page).toContain('<span id="s1" class="sentence">');
    expect(page).toMatch(/<a href="[^"]+" title="[^"]+" class="citation">杭政办函〔2018〕64号<\/a>/);
    expect(page).toMatch(/<span class="nowrap">\d/);
    expect(fullTextHtml(clause)).toBe(page);
  });

  it('links 本条例第十六条第二款 of 浙江省数字经济促进条例 第六十条 to its paragraph on both pages', () => {
    const clause = kb.clauses.find((c) => c.policy === 'zj-2020-digital-economy' && c.number === 60);
    if (!clause) throw new Error('provision 60 of zj-2020-digital-economy is missing');
    const page = provisionPageHtml(clause);
    expect(page).toContain('本条例<a href="/policies/zj-2020-digital-economy/16/#para-2"');
    expect(fullTextHtml(clause)).toBe(page);
  });

  it('renders every provision of every policy the same on both pages, with ids unique on the full text', () => {
    expect(new Set(kb.clauses.map((c) => c.policy)).size).toBeGreaterThanOrEqual(2);
    for (const clause of kb.clauses) expect(fullTextHtml(clause), clause.url).toBe(provisionPageHtml(clause));
    for (const policy of kb.policies) {
      const ids = policy.clauses.flatMap((c) =>
        [...clauseHtml(c.body, c.citations, references, bodyIdPrefix(c.number)).matchAll(/\sid="([^"]*)"/g)].map(
          (m) => m[1],
        ),
      );
      expect(new Set(ids).size, policy.id).toBe(ids.length);
    }
  });
});
