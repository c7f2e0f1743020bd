import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { urls } from '../../src/lib/kb/urls';
import { BODY_MARK, bodyFromContent, recordHtml, WEIGHTS } from '../../src/lib/search/record-html';
import { amountForms, buildSearchRecords, filterOptions } from '../../src/lib/search/records';
import { AWARD_FILTER, AWARD_VALUES, FILTER_KEYS } from '../../src/lib/search/filters';

const kb = getKnowledgeBase();
const POLICY = 'hz-2018-manufacturing';
const records = buildSearchRecords(kb, new Date('2026-01-01'));
const byUrl = (u: string) => {
  const r = records.find((x) => x.url === u);
  if (!r) throw new Error(`no record ${u}`);
  return r;
};

describe('buildSearchRecords', () => {
  it('makes one record per provision of every policy, plus its preamble and closing, at their page URLs', () => {
    expect(kb.policies.length).toBeGreaterThan(1);
    const expected = kb.policies.flatMap((p) => [
      ...(p.preamble ? [urls.preamble(p.id)] : []),
      ...p.clauses.map((c) => urls.clause(c.policy, c.number)),
      ...(p.closing ? [urls.closing(p.id)] : []),
    ]);
    expect(records.map((r) => r.url)).toEqual(expected);
    expect(records.filter((r) => r.numeral !== '')).toHaveLength(kb.clauses.length);
  });

  it('names a regulation article by its number and its policy, with the policy’s kind and status', () => {
    const article = byUrl(urls.clause('zj-2009-high-tech', 20));
    expect(article.title).toBe('第二十条');
    expect(article.policy).toBe('浙江省高新技术促进条例');
    expect(article.status).toBe('现行有效');
    expect(article.filters['kind']).toEqual(['地方性法规']);
    expect(article.filters['policy']).toEqual(['zj-2009-high-tech']);
    expect(byUrl(urls.clause(POLICY, 16)).status).toBe('已失效');
  });

  it('gives every policy’s 12th provision the same number token, which the query side writes for 第十二条', () => {
    const twelfth = records.filter((r) => r.synonyms.includes('c12c')).map((r) => r.url);
    expect(twelfth.sort()).toEqual(kb.policies.map((p) => urls.clause(p.id, 12)).sort());
  });

  it('keeps the award lines, the recipients and the defined terms for re-ranking', () => {
    const six = byUrl(urls.clause(POLICY, 6));
    expect(six.awardLines.some((l) => l.includes('首台（套）'))).toBe(true);
    expect(six.recipients).toContain('中介服务机构');
    expect(new Set(six.recipients).size).toBe(six.recipients.length);
    expect(byUrl(urls.clause('hz-2016-cross-border-ecommerce', 2)).defines).toEqual(['杭州跨境电商综试区']);
    expect(byUrl(urls.clause('zj-2020-digital-economy', 50)).awardLines).toEqual([]);
  });

  it('indexes a clause under the words people use for its support type', () => {
    const green = byUrl(urls.clause(POLICY, 16));
    expect(green.title).toBe('（十六）实施绿色制造工程');
    expect(green.synonyms).toEqual(expect.arrayContaining(['补贴', '扶持']));
    expect(green.badges).toEqual(['400万元', '200万元', '100万元']);
    expect(green.awards).toEqual(expect.arrayContaining(['200万', '400万']));
    expect(green.maxYuan).toBe(4_000_000);
  });

  it('indexes cited numbers in the token form the query side writes', () => {
    expect(byUrl(urls.clause(POLICY, 9)).citations).toEqual(
      expect.arrayContaining(['杭政办函〔2018〕64号', '杭政办函 2018 64号']),
    );
    expect(byUrl(urls.clause(POLICY, 15)).citations).toContain('杭政办函 2018 64号');
    expect(byUrl(urls.clause(POLICY, 10)).citations).toContain('杭政办函 2018 94号');
  });

  it('indexes 首台（套） as 首台套 too', () => {
    expect(byUrl(urls.clause(POLICY, 6)).synonyms).toContain('首台套');
  });

  it('gives filters one value per entry', () => {
    const f = byUrl(urls.clause(POLICY, 16)).filters;
    expect(f['level']).toEqual(['国家级', '省级']);
    expect(f['type']).toEqual(['资助']);
    expect(f['part']).toEqual(['四、构建高效率升级体系，激发高质量发展活力']);
    expect(f['status']).toEqual(['已失效']);
  });

  it('marks the records that grant awards, and those stating a sum, in a filter the form does not offer', () => {
    expect(byUrl(urls.clause(POLICY, 16)).filters[AWARD_FILTER]).toEqual([AWARD_VALUES.any, AWARD_VALUES.sum]);
    expect(byUrl(urls.clause('zj-2020-digital-economy', 50)).filters[AWARD_FILTER] ?? []).toEqual([]);
    expect(byUrl(urls.closing(POLICY)).filters[AWARD_FILTER] ?? []).toEqual([]);
    const holds = (value: string) => (r: (typeof records)[number]) => (r.filters[AWARD_FILTER] ?? []).includes(value);
    expect(records.filter(holds(AWARD_VALUES.sum))).toEqual(records.filter((r) => r.badges.length > 0));
    expect(records.filter(holds(AWARD_VALUES.any))).toEqual(records.filter((r) => r.awardLines.length > 0));
    expect(Object.keys(filterOptions(records))).toEqual([...FILTER_KEYS]);
  });

  it('gives the status the build date decides', () => {
    const before = buildSearchRecords(kb, new Date('2020-06-01'));
    expect(before[0]?.filters['status']).toEqual(['现行有效']);
  });

  it('makes the closing paragraph findable by 有效期', () => {
    expect(byUrl(urls.closing(POLICY)).body).toContain('有效期至2021年12月31日');
  });
});

describe('amountForms', () => {
  it('writes sums without 元', () => {
    expect(amountForms('分别给予1亿元和1500万元的资助，最高3000万元')).toEqual(['1亿', '1500万', '3000万']);
  });
});

describe('recordHtml', () => {
  const html = recordHtml(byUrl(urls.clause(POLICY, 16)));
  it('weights the title above the body and the synonyms below', () => {
    expect(html).toContain(`<h1 data-pagefind-weight="${String(WEIGHTS.title)}">（十六）实施绿色制造工程</h1>`);
    expect(html).toContain(`<p data-pagefind-weight="${String(WEIGHTS.synonyms)}">`);
    expect(WEIGHTS.title).toBeGreaterThan(WEIGHTS.body);
    expect(WEIGHTS.synonyms).toBeLessThan(WEIGHTS.body);
  });
  it('declares Chinese, metadata, one filter element per value, and the sort key', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta data-pagefind-meta="title[content]" content="（十六）实施绿色制造工程">');
    expect(html).toContain('<meta data-pagefind-filter="level[content]" content="国家级">');
    expect(html).toContain('<meta data-pagefind-filter="level[content]" content="省级">');
    expect(html).toContain('<meta data-pagefind-sort="award[content]" content="4000000">');
    expect(html).toContain('<meta data-pagefind-meta="status[content]" content="已失效">');
    expect(html).toContain('<meta data-pagefind-filter="kind[content]" content="规范性文件">');
  });
  it('escapes markup in text', () => {
    const r = { ...byUrl(urls.clause(POLICY, 16)), body: '<script>"&' };
    expect(recordHtml(r)).toContain('&lt;script&gt;&quot;&amp;');
  });
  it('indexes the body once, between marks, and not as metadata', () => {
    const r = byUrl(urls.clause(POLICY, 16));
    expect(html).not.toContain('data-pagefind-meta="body');
    expect(html).toContain(`${BODY_MARK}${r.body.slice(0, 20)}`);
    expect(html.split(BODY_MARK)).toHaveLength(3);
  });
  it('refuses a body holding the mark, naming the record', () => {
    const r = { ...byUrl(urls.clause(POLICY, 16)), body: `甲${BODY_MARK}乙` };
    expect(() => recordHtml(r)).toThrow(/\/policies\/.*16.*¶/u);
  });
});

describe('bodyFromContent', () => {
  it('cuts the body out of Pagefind content, without its zero-width spaces', () => {
    const content =
      '第一\u200b条\u200b. \u200b¶\u200b对\u200b获评\u200b绿色\u200b工厂\u200b给予\u200b200\u200b万元\u200b资助\u200b, \u200b2018 \u200b年\u200b¶ \u200b补贴\u200b.';
    expect(bodyFromContent(content)).toBe('对获评绿色工厂给予200万元资助, 2018 年');
  });
  it('is null without both marks', () => {
    expect(bodyFromContent('第一条. 正文')).toBeNull();
    expect(bodyFromContent('第一条. ¶正文')).toBeNull();
  });
});

describe('filterOptions', () => {
  it('lists each value once, in clause order', () => {
    const o = filterOptions(records);
    expect(o.level).toEqual(expect.arrayContaining(['国家级', '省级', '市级']));
    expect(new Set(o.industry).size).toBe(o.industry.length);
    expect(o.part).toContain('一、构建高能级产业体系，明确高质量发展目标');
    expect(o.policy).toEqual(kb.policies.map((p) => p.id));
    expect(o.kind.sort()).toEqual(['地方性法规', '规范性文件'].sort());
    expect(o.status.sort()).toEqual(['已失效', '现行有效'].sort());
  });
});

describe('badges and sums', () => {
  it('show only awards with a sum', () => {
    expect(byUrl(urls.clause(POLICY, 9)).badges).toEqual(['200万元', '100万元']);
  });
  it('index each sum as a token', () => {
    expect(byUrl(urls.clause(POLICY, 22)).awards).toContain('y2000000000y');
  });
});
