import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  decodeLink,
  encodeProfile,
  ladderKey,
  LINK_HEAD_CHARS,
  MAX_BASE_YUAN,
  MAX_LINK_CHARS,
  policyCatalog,
  repairLink,
  type Catalog,
  type CatalogAward,
  type Claim,
} from '../../src/lib/eligibility/index';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const kb = getKnowledgeBase();
const catalog = buildCatalog(kb);

/**
 * The longest link a calculator's form can write: every award it can hold at once (one rung per
 * ladder, the highest), each base at its maximum, the longest lower tier of a step-up.
 */
function longestLink(cat: Catalog): string {
  const ladders = new Map<string, CatalogAward[]>();
  const tops: CatalogAward[] = [];
  for (const a of cat.awards) {
    const key = ladderKey(a);
    if (key === null) tops.push(a);
    else ladders.set(key, [...(ladders.get(key) ?? []), a]);
  }
  const claims: Claim[] = [];
  const needsBase = (a: CatalogAward) => a.amount.type === 'rate' || a.amount.type === 'matching';
  for (const a of tops) claims.push({ award: a.id, ...(needsBase(a) ? { baseYuan: MAX_BASE_YUAN } : {}) });
  for (const rungs of ladders.values()) {
    const [top, ...lower] = [...rungs].sort((x, y) => (y.ladder?.rank ?? 0) - (x.ladder?.rank ?? 0));
    if (!top) continue;
    const prev = top.ladderInfo?.stepUp ? lower.sort((x, y) => y.id.length - x.id.length)[0] : undefined;
    claims.push({
      award: top.id,
      ...(needsBase(top) ? { baseYuan: MAX_BASE_YUAN } : {}),
      ...(prev ? { previousAward: prev.id } : {}),
    });
  }
  return encodeProfile({ claims });
}

describe('a shared calculator link is bounded', () => {
  it('leaves the longest link of every real calculator far below the bound', () => {
    const pages = [catalog, ...kb.policies.map((p) => policyCatalog(catalog, p.id))];
    const longest = Math.max(...pages.map((c) => longestLink(c).length));
    // 2,491 characters with the 2024 policy's awards in the base. The bound is the 8 KB request
    // line nginx and Apache accept by default, so it cannot simply grow: half of it is the warning
    // line, past which the link format itself must get shorter.
    expect(longest).toBeGreaterThan(1_000);
    expect(longest).toBeLessThan(MAX_LINK_CHARS / 2);
    // And it is read back whole.
    const link = longestLink(catalog);
    expect(repairLink(decodeLink(`?${link}`), catalog).messages).toEqual([]);
  });

  it('reads a link of exactly the bound, and refuses one character more, keeping nothing of it', () => {
    const claim = 'c=green-park-national&';
    const atBound = `${claim}${'x'.repeat(MAX_LINK_CHARS - claim.length)}`;
    expect(decodeLink(atBound).tooLong).toBeUndefined();
    expect(decodeLink(`?${atBound}`).profile.claims[0]).toEqual({ award: 'green-park-national' });

    const over = `?${atBound}x`;
    const decoded = decodeLink(over);
    expect(decoded.profile.claims).toEqual([]);
    expect(decoded.tooLong).toEqual({
      length: MAX_LINK_CHARS + 1,
      head: `${atBound.slice(0, LINK_HEAD_CHARS)}…`,
    });
    const repaired = repairLink(decoded, catalog);
    expect(repaired.profile).toEqual({ claims: [] });
    expect(repaired.messages).toEqual([
      `网址过长：网址中“?”之后的部分有 8,193 个字符，超过上限 8,192 个字符，其中的申报项一项也未读取。网址开头为：“${atBound.slice(0, 80)}…”。请在表单中重新勾选；正常分享的网址远短于上限`,
    ]);
  });

  it('answers a 2 MB link at once, and repeats at most the first 80 characters of it, escaped', () => {
    const huge = `?c=${'green-park-national\u202e'.repeat(100_000)}`;
    const started = performance.now();
    const { messages } = repairLink(decodeLink(huge), catalog);
    expect(performance.now() - started).toBeLessThan(500);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.length).toBeLessThan(300);
    // The bidi override is written as an escape, never as itself.
    expect(messages[0]).not.toContain('\u202e');
    expect(messages[0]).toContain('\\u202e');
  });
});
