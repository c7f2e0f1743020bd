import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closingStart, partTitleLength } from '../../src/lib/ingest/headings';
import { findPortal } from '../../src/lib/ingest/boilerplate';
import { fixture, ingest } from '../fixtures/ingest/support';

/** The title a heading run yields. */
const title = (run: string, breaks: number[] = []) => run.slice(0, partTitleLength(run, breaks));

describe('part titles that run into the text', () => {
  it.each([
    [
      '构建高能级产业体系，明确高质量发展目标坚持新兴产业培育与传统产业提升并重，制造业发展与服务业发展并举。',
      '构建高能级产业体系，明确高质量发展目标',
    ],
    [
      '构建高效率升级体系，激发高质量发展活力以打造工业互联网平台为抓手，全面推进“两化”深度融合。',
      '构建高效率升级体系，激发高质量发展活力',
    ],
    ['强化创新驱动，提升产业能级围绕重点产业链，加快关键技术攻关。', '强化创新驱动，提升产业能级'],
    [
      '优化营商环境，激发市场活力，增强发展动能以深化改革为抓手，推进放管服改革。',
      '优化营商环境，激发市场活力，增强发展动能',
    ],
    ['总体要求坚持以习近平新时代中国特色社会主义思想为指导，推动高质量发展。', '总体要求'],
    ['主要目标到2025年，全市数字经济核心产业增加值突破1000亿元。', '主要目标'],
    ['完善要素保障，优化发展环境按照市级统筹的要求，形成合力。', '完善要素保障，优化发展环境'],
  ])('%s', (run, expected) => {
    expect(title(run)).toBe(expected);
  });
  it('takes a line break in the first sentence as the end of the title', () => {
    expect(title('加强组织领导各地要建立工作机制。', [6])).toBe('加强组织领导');
  });
});

describe('the closing paragraph', () => {
  it('starts at the sentence where the document speaks of itself', () => {
    const body = '加大财政支持。本意见自印发之日起施行，有效期至2021年12月31日。对特别重大项目一事一议。';
    expect(body.slice(closingStart(body))).toBe(
      '本意见自印发之日起施行，有效期至2021年12月31日。对特别重大项目一事一议。',
    );
    expect(closingStart('支持企业。本办法由市经信局负责解释。')).toBe(5);
    expect(closingStart('支持企业。有效期三年。')).toBe(5);
    expect(closingStart('支持企业上市。对本市企业给予奖励。')).toBe(-1);
  });
});

describe('the structure plugin on a small policy with portal boilerplate', () => {
  const result = ingest(readFileSync(fixture('mini.raw.txt'), 'utf8'), 'sample-digital');
  it('cuts title, preamble, parts, clauses and closing', () => {
    const p = result.policy;
    expect(p.title).toBe('示例市人民政府关于加快数字经济发展的实施意见');
    expect(p.preamble).toBe('为推动数字经济高质量发展，现提出如下意见。');
    expect(p.divisions.map((x) => [x.numeral, x.title, x.intro])).toEqual([
      ['一', '总体要求', '坚持以数字化改革为引领，推动数字产业化和产业数字化。'],
      ['二', '强化创新驱动，提升产业能级', '围绕重点产业链，加快关键技术攻关。'],
    ]);
    expect(result.clauses.map((c) => [c.data.number, c.data.title, c.data.division])).toEqual([
      [1, '明确发展目标', '1'],
      [2, '支持平台建设', '2'],
      [3, '加强政策衔接', '2'],
    ]);
    expect(p.closing).toBe('本意见自2024年4月1日起施行，有效期至2026年12月31日。');
  });
  it('leaves out the portal’s lines and the repeated title, and names the portal', () => {
    expect(result.policy.source.excluded).toEqual([
      '首页 > 政策文件',
      '来源：示例市人民政府网 发布日期：2024-03-01',
      '示例市人民政府关于加快数字经济发展的实施意见',
      '打印本页 关闭窗口',
      '示例市人民政府网 版权所有',
    ]);
    expect(result.policy.source.portal).toBe('示例市人民政府网');
    expect(findPortal(['本消息为产业园区网用户上传并发布'])).toBe('产业园区网');
    expect(findPortal(['热门阅读'])).toBe('unknown');
  });
  it('reads issuers, effect and expiry from the title and the closing', () => {
    expect(result.policy.issuers).toEqual(['示例市人民政府']);
    expect(result.policy.effectiveFrom).toEqual({ rule: '自2024年4月1日起施行', date: '2024-04-01' });
    expect(result.policy.expiresOn).toBe('2026-12-31');
    expect(result.policy.docNumber).toBe('unknown');
  });
  it('finds the 2018 policy’s two issuers and its short title', () => {
    const real = ingest(readFileSync('content/sources/hangzhou-2018-manufacturing-opinions.raw.txt', 'utf8'));
    expect(real.policy.issuers).toEqual(['中共杭州市委', '杭州市人民政府']);
    expect(real.policy.shortTitle).toBe('杭州市推动制造业高质量发展的若干意见');
  });
});

describe('facts stated around the text', () => {
  const body =
    '为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试先行。(一)测试条款。支持测试。本意见自印发之日起施行。';
  it('reads a document number before the title and a date after the closing', () => {
    const r = ingest(
      `示政发〔2024〕5号\n示例市人民政府关于测试的若干意见\n${body}\n示例市人民政府\n2024年3月1日\n打印本页\n`,
      'sample-test',
    );
    expect([r.policy.docNumber, r.policy.issuedOn]).toEqual(['示政发〔2024〕5号', '2024-03-01']);
    expect(r.policy.source.excluded).toEqual(['示政发〔2024〕5号', '打印本页']);
    // The signature keeps its own lines, as paragraphs.
    expect(r.policy.closing).toBe('本意见自印发之日起施行。\n\n示例市人民政府\n\n2024年3月1日');
  });
  it('joins a title that wraps after its issuers', () => {
    const r = ingest(`中共示例市委 示例市人民政府\n关于测试的若干意见\n${body}`, 'sample-test');
    expect(r.policy.title).toBe('中共示例市委 示例市人民政府关于测试的若干意见');
    expect(r.policy.issuers).toEqual(['中共示例市委', '示例市人民政府']);
    expect(r.policy.source.excluded).toEqual([]);
  });
});
