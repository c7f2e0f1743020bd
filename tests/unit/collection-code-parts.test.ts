import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinLawRefBookParts } from '../../src/lib/ingest/formats/lawrefbook-parts';
import { ingestBatch } from '../../src/lib/ingest/batch';
import { sourcePolicyText } from '../../src/lib/validate/lossless';
import { divisionName } from '../../src/lib/text/headings';
import { project } from '../fixtures/ingest/support';

/** One part file as the collection writes the 民法典's: title, the part's heading, passage, marker, body. */
function part(
  heading: string,
  body: string,
  passage = '2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行',
): string {
  return `# 中华人民共和国民法典\n\n# ${heading}\n\n${passage}\n\n<!-- INFO END -->\n\n${body}\n`;
}

// Excerpts of the real parts, in the layout of the collection's files.
const PARTS = {
  '人格权编.md': part(
    '人格权编',
    '## 第一章  一般规定\n\n第九百八十九条 本编调整因人格权的享有和保护产生的民事关系。\n\n第九百九十条 人格权是民事主体享有的生命权、身体权、健康权等权利。',
  ),
  '总则.md': part(
    '总则',
    '## 第一章  基本规定\n\n第一条 为了保护民事主体的合法权益，根据宪法，制定本法。\n\n第二条 民法调整平等主体的自然人、法人和非法人组织之间的人身关系和财产关系。',
  ),
  '附则.md': part(
    '附则',
    '##\n\n第一千二百五十九条 民法所称的“以上”、“以下”，包括本数。\n\n第一千二百六十条 本法自2021年1月1日起施行。《中华人民共和国合同法》同时废止。',
  ),
  '合同编.md': part(
    '合同编',
    '## 第一分编  通则\n\n### 第一章  一般规定\n\n第四百六十三条 本编调整因合同产生的民事关系。',
    '2020年5月28日 第十三届全国人民代表大会第三次会议通过',
  ),
};

describe('a code the collection keeps in parts', () => {
  const parts = Object.entries(PARTS).map(([path, text]) => ({ path, text }));

  it('joins the parts in the order of their first articles, not of their file names', () => {
    const joined = joinLawRefBookParts(parts);
    const headings = joined.books.map((n) => joined.text.split('\n')[n - 1]);
    expect(headings).toEqual(['总则', '合同编', '人格权编', '附则']);
    expect(joined.text.indexOf('第一条')).toBeLessThan(joined.text.indexOf('第四百六十三条'));
    expect(joined.text.indexOf('第九百九十条')).toBeLessThan(joined.text.indexOf('第一千二百五十九条'));
  });

  it('keeps every line of every file, the repeats excluded with their file, the title and passage once', () => {
    const joined = joinLawRefBookParts(parts);
    for (const text of Object.values(PARTS))
      for (const line of text
        .split('\n')
        .map((l) => l.replace(/^#{1,6}\s+/u, '').trim())
        .filter(Boolean))
        expect(joined.text).toContain(line);
    expect(joined.excluded.filter((e) => e.text === '中华人民共和国民法典')).toHaveLength(3);
    expect(joined.excluded.find((e) => e.text === '##')?.reason).toBe('没有文字的标题标记');
    expect(joined.excluded.some((e) => e.reason.includes('人格权编.md'))).toBe(true);
    const policyText = sourcePolicyText(
      joined.text,
      joined.excluded.map((e) => e.text),
    );
    expect(policyText.startsWith('中华人民共和国民法典2020年5月28日')).toBe(true);
    expect(policyText.match(/民法典/gu)).toHaveLength(1);
  });

  it('says which file is not a part of a code, and what a part needs', () => {
    expect(() => joinLawRefBookParts([...parts, { path: '说明.md', text: '没有标题\n' }])).toThrow(
      /说明\.md: line 1 is not a "# " title; a code kept in parts needs/u,
    );
    expect(() =>
      joinLawRefBookParts([
        ...parts,
        { path: '别的法.md', text: part('总则', '第一条 别的法。').replace('民法典', '别的法') },
      ]),
    ).toThrow(/别的法\.md: its title 中华人民共和国别的法 is not the code's/u);
  });

  it('ingests as one policy: each part a 编 named as written, with no numeral made up', async () => {
    const root = mkdtempSync(join(tmpdir(), 'code-parts-'));
    mkdirSync(join(root, '民法典'));
    for (const [name, text] of Object.entries(PARTS)) writeFileSync(join(root, '民法典', name), text);
    const files = Object.keys(PARTS).map((name) => join(root, '民法典', name));
    const result = await ingestBatch(
      [
        {
          input: files[0] ?? '',
          parts: files,
          policyId: 'cn-2020-minfadian',
          source: {
            portal: 'LawRefBook/Laws 法律法规数据库',
            collection: {
              repository: 'LawRefBook/Laws',
              commit: '2f4c5c2',
              path: '民法典',
              parts: [],
              otherVersions: [],
            },
          },
        },
      ],
      project,
    );
    const outcome = result.outcomes[0];
    if (outcome?.status !== 'planned') throw new Error(outcome?.status === 'refused' ? outcome.reason : 'no outcome');
    const policy = outcome.result.policy;
    const books = policy.divisions.filter((d) => d.kind === 'book');
    expect(books.map((d) => [d.id, d.numeral, divisionName(d.kind, d)])).toEqual([
      ['1', null, '总则'],
      ['2', null, '合同编'],
      ['3', null, '人格权编'],
      ['4', null, '附则'],
    ]);
    expect(policy.divisions.find((d) => d.id === '2.1')).toMatchObject({
      kind: 'subbook',
      numeral: '一',
      title: '通则',
    });
    expect(outcome.result.clauses.map((c) => c.data.numeral).slice(0, 3)).toEqual(['一', '二', '四百六十三']);
    // The excerpts skip articles: the gaps are the only defects, no heading is reported missing.
    expect(policy.defects.map((d) => d.place)).toEqual(['第四百六十三条', '第九百八十九条', '第一千二百五十九条']);
    expect(policy.passed?.date).toBe('2020-05-28');
    const paths = result.planned.map((f) => f.path);
    expect(paths).toContain('content/sources/cn-2020-minfadian/人格权编.md');
    expect(paths).toContain('content/sources/cn-2020-minfadian.txt');
  });
});
