import { describe, expect, it } from 'vitest';
import { citationCoverage } from '../../src/lib/citations/coverage';
import { getKnowledgeBase } from '../../src/lib/kb/index';

describe('check:citations measures the citations that land', () => {
  const kb = getKnowledgeBase();
  const refs = new Map(kb.references.map((r) => [r.id, r]));

  it('on the curated documents: 本条例第十六条第二款 lands, and every title of the base is linked', () => {
    const m = citationCoverage(kb.clauses, kb.citationTargets, refs);
    expect(m.pinpoints.withinLanded).toBeGreaterThan(0);
    expect(m.share).toBeGreaterThanOrEqual(0.99);
  });

  it('lists a title of the base that its provision does not link, and a pinpoint the base lacks', () => {
    const digital = kb.clauses.find((c) => c.policy === 'zj-2020-digital-economy' && c.number === 60);
    if (!digital) throw new Error('provision 60 of zj-2020-digital-economy is missing');
    const body = '违反《浙江省高新技术促进条例》第三条和本条例第九十九条规定的，依法处理。';
    const m = citationCoverage([{ ...digital, body, citations: [], citedPlaces: [] }], kb.citationTargets, refs);
    expect(m.inBase).toBe(1);
    expect(m.share).toBe(0);
    expect(m.unlinked.map((x) => x.text)).toEqual(['《浙江省高新技术促进条例》']);
    expect(m.unlanded.map((x) => x.text)).toEqual(['第九十九条']);
    expect(m.pinpoints).toEqual({ afterTitle: 1, afterTitleLanded: 1, within: 1, withinLanded: 0 });
  });
});
