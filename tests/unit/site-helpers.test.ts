import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { bodyIdPrefix, clauseAnchor, fragmentOf, industryGroupAnchor } from '../../src/lib/site/anchors';
import { buildDate } from '../../src/lib/site/build-date';
import { clauseCitation, clauseCitationWithUrl } from '../../src/lib/site/citation';
import { clauseHtml } from '../../src/remark/body-html';
import { BOM, csvCell, toCsv } from '../../src/lib/site/csv';
import { crossCuttingClauses, groupClauses } from '../../src/lib/site/industries';

describe('csv', () => {
  it('leaves plain cells alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('200万元')).toBe('200万元');
    expect(csvCell(2000000)).toBe('2000000');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
  });
});

describe('clauseCitation', () => {
  it('cites a clause the way Chinese documents do', () => {
    expect(clauseCitation('某某若干意见', '第（十六）条')).toBe('《某某若干意见》第（十六）条');
    expect(clauseCitation('某某条例', '第十二条', '已失效，有效期至2021年12月31日')).toBe(
      '《某某条例》第十二条（已失效，有效期至2021年12月31日）',
    );
    expect(clauseCitationWithUrl('某某若干意见', '第（十六）条', 'https://x.cn/p/16/')).toBe(
      '《某某若干意见》第（十六）条 https://x.cn/p/16/',
    );
  });
});

describe('buildDate', () => {
  it('uses SOURCE_DATE_EPOCH when set, so that a rebuild shows the status of its day', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1640995200' }).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
  it('falls back to now', () => {
    expect(Math.abs(buildDate({}).getTime() - Date.now())).toBeLessThan(5000);
  });
});

describe('anchors', () => {
  it('names industry groups and clauses stably', () => {
    expect(industryGroupAnchor('战略性新兴产业')).toBe('group-1');
    expect(clauseAnchor(16)).toBe('clause-16');
    expect(fragmentOf('/p/9/#s3')).toBe('#s3');
    expect(fragmentOf('/p/9/')).toBe('/p/9/');
  });
});

describe('industries', () => {
  const kb = getKnowledgeBase();

  it('counts a clause that names no industry or group as applying to all manufacturing', () => {
    const general = crossCuttingClauses(kb.clauses.filter((c) => c.policy === 'hz-2018-manufacturing')).map(
      (c) => c.number,
    );
    expect(general).toContain(16);
    expect(general).not.toContain(1);
    // （十二） names 历史经典产业 as a whole: it is not for all manufacturing.
    expect(general).not.toContain(12);
  });

  it('finds clauses that name an industry group as a whole', () => {
    expect(groupClauses(kb.clauses, { name: '丝绸', group: '历史经典产业' }).map((c) => c.number)).toContain(12);
  });
});

describe('clauseHtml', () => {
  it('links the declared citations, with the sentence anchors prefixed to stay unique on the full text', () => {
    const kb = getKnowledgeBase();
    const c9 = kb.clauses.find((c) => c.policy === 'hz-2018-manufacturing' && c.number === 9);
    if (!c9) throw new Error('clause 9 missing');
    const html = clauseHtml(c9.body, c9.citations, kb.references, bodyIdPrefix(9));
    expect(html).toContain('<a href="/references/hangzhengbanhan-2018-64/"');
    expect(html).toContain('id="clause-9-s1"');
    expect(html).not.toContain('id="s1"');
  });
});
