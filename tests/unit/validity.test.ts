import { describe, expect, it } from 'vitest';
import { policyStatus } from '../../src/lib/kb/status';
import { repealsIn } from '../../src/lib/kb/repeals';
import type { Policy } from '../../src/schemas/policy';
import { isoDateOf, statesDate } from '../../src/lib/text/dates';
import { periodEnd, readValidity } from '../../src/lib/text/validity';
import { ingest } from '../fixtures/ingest/support';

describe('validity periods are read into expiresOn, with the rule stated', () => {
  it.each([
    ['本意见自2018年1月1日起施行，有效期5年。', '2018-01-01', '2022-12-31'],
    ['有效期三年。', '2021-03-01', '2024-02-29'],
    ['试行期2年。', '2020-02-29', '2022-02-28'],
    ['有效期两年。', '2019-07-01', '2021-06-30'],
    ['本意见自印发之日起施行，有效期至2020年底。', null, '2020-12-31'],
    ['本办法自2019年1月1日起施行，2020年12月31日废止。', '2019-01-01', '2020-12-30'],
    ['本文件明确的各项政策除标明具体实施期限外，均为2024年全年有效。', null, '2024-12-31'],
    ['本意见自印发之日起施行，有效期至2021年12月31日。', null, '2021-12-31'],
  ])('%s', (text, effective, expires) => {
    const v = readValidity(text, effective);
    expect(v?.expiresOn).toBe(expires);
    expect(v?.reading).toContain(expires.slice(0, 4));
  });
  it('a period without a known effective date, or a phrase no form reads, is unread: 时效未知, never in force', () => {
    expect(readValidity('有效期5年。', null)).toEqual({ rule: '有效期5年', expiresOn: null, reading: null });
    const odd = readValidity('有效期以市政府另行通知为准。', '2020-01-01');
    expect(odd?.reading).toBeNull();
    const status = policyStatus(
      {
        expiresOn: null,
        effectiveFrom: { rule: '自2020年1月1日起施行', date: '2020-01-01' },
        validity: odd && { rule: odd.rule, reading: null },
      },
      new Date('2026-12-07T00:00:00Z'),
    );
    expect(status.label).toBe('时效未知');
    expect(status.message).toContain('有效期以市政府另行通知为准');
  });
  it('a period ends the day before its anniversary, 29 February included', () => {
    expect(periodEnd('2018-01-01', 5)).toBe('2022-12-31');
    expect(periodEnd('2020-02-29', 1)).toBe('2021-02-28');
  });
  it('the ingest writes the expiry and the rule, and an expired policy is not shown in force', () => {
    const raw =
      '示例市人民政府关于测试的若干意见\n为测试，现提出如下意见。\n（一）甲条款。支持甲。\n本意见自2018年1月1日起施行，有效期5年。';
    const p = ingest(raw, 'sample-validity').policy;
    expect(p.expiresOn).toBe('2022-12-31');
    expect(p.validity).toEqual({ rule: '有效期5年', reading: '5年，自2018年1月1日起，至2022年12月31日止' });
    expect(policyStatus(p, new Date('2026-12-07T00:00:00Z')).label).toBe('已失效');
  });
  it("a licence's 有效期 in a regulation's article is not the regulation's validity", () => {
    const raw = '示例省测试条例\n\n第一条 许可证有效期三年。\n\n第二条 本条例自2020年1月1日起施行。';
    expect(ingest(raw, 'sample-licence').policy.expiresOn).toBeNull();
  });
  it("nor when the licence's sentence names the regulation elsewhere (道路交通安全法实施条例第二十八条)", () => {
    const raw =
      '示例省测试条例\n\n第一条 机动车驾驶证的有效期为6年，本条例另有规定的除外。\n\n第二条 本条例自2004年5月1日起施行。';
    const p = ingest(raw, 'sample-licence-named').policy;
    expect(p.expiresOn).toBeNull();
    expect(p.validity).toBeNull();
  });
  it("a provision that states the document's own validity is read", () => {
    const raw = '示例省测试办法\n\n第一条 甲。\n\n第二条 本办法自2020年1月1日起施行，有效期至2022年12月31日。';
    expect(ingest(raw, 'sample-own-validity').policy.expiresOn).toBe('2022-12-31');
  });
});

describe('impossible dates are never read', () => {
  it.each(['2024年2月30日', '2024年13月1日', '2024年0月0日', '99999年1月1日'])('%s', (text) => {
    expect(isoDateOf(text)).toBeNull();
  });
  it('a stated date is a whole date: 9999年 is not inside 99999年', () => {
    expect(statesDate('99999年1月1日', '9999-01-01')).toBe(false);
    expect(statesDate('于9999年1月1日', '9999-01-01')).toBe(true);
  });
  it('an impossible date in passage lines leaves the fact unknown', () => {
    const raw =
      '示例省测试条例\n\n2024年2月30日 示例省人民代表大会常务委员会通过\n\n第一条 甲。\n\n第二条 本条例自2024年13月1日起施行。';
    const p = ingest(raw, 'sample-dates').policy;
    expect(p.passed).toBeNull();
    expect(p.effectiveFrom.date).toBe('unknown');
  });
});

describe('numbering past 100 and past 9999', () => {
  const articles = (from: number, numerals: string[]) =>
    `示例省测试条例\n\n${numerals.map((n, i) => `第${n}条 第${String(from + i)}条的文字。`).join('\n')}`;
  it('a repeated and a missing number past 100 are recorded', () => {
    const r = ingest(articles(104, ['一百零四', '一百零五', '一百零五', '一百零六', '一百零八']), 'sample-big');
    expect(r.policy.defects.map((d) => [d.kind, d.place])).toEqual([
      ['repeated-number', '第一百零五条'],
      ['missing-number', '第一百零八条'],
      // The sample starts at 第一百零四条: a text that does is flagged too (ingest/start.ts).
      ['missing-start', '第一百零四条'],
    ]);
  });
  it('第一万条, past what the ingest reads, is refused by name, not merged into the article before', () => {
    expect(() => ingest(articles(9998, ['九千九百九十八', '九千九百九十九', '一万']), 'sample-huge')).toThrow(
      '第一万条',
    );
  });
});

describe('repeals stated by a document of the base', () => {
  const policy = (id: string, title: string, passed: string): Policy =>
    ({
      id,
      title,
      issuedOn: 'unknown',
      passed: { date: passed, by: '浙江省人民代表大会常务委员会' },
      amendments: [],
      effectiveFrom: { rule: 'unknown', date: 'unknown' },
      expiresOn: null,
    }) as unknown as Policy;
  const old = policy('zj-old', '浙江省信息化促进条例', '2001-12-29');
  const next = policy('zj-new', '浙江省数字经济促进条例', '2020-12-24');
  const sameName = policy('cn-gonghui', '中华人民共和国工会法', '1992-04-03');
  const text =
    '本条例自2021年3月1日起施行。2001年12月29日浙江省第九届人民代表大会常务委员会第三十次会议通过的《浙江省信息化促进条例》同时废止。';

  it('marks the document a later one repeals, with the sentence', () => {
    const repeals = repealsIn([old, next], [{ policy: 'zj-new', number: 60, text }]);
    expect(repeals.get('zj-old')).toEqual({
      policy: 'zj-new',
      title: '浙江省数字经济促进条例',
      provision: 60,
      quote: '2001年12月29日浙江省第九届人民代表大会常务委员会第三十次会议通过的《浙江省信息化促进条例》同时废止。',
    });
    expect(repeals.has('zj-new')).toBe(false);
    const status = policyStatus({ ...old, repealedBy: repeals.get('zj-old') ?? null }, new Date('2026-12-07'));
    expect(status.label).toBe('已废止');
    expect(status.message).toContain('《浙江省数字经济促进条例》第六十条');
  });

  it('never marks a law repealing its namesake, nor a document dated after the repeal', () => {
    const own = '1950年6月29日中央人民政府公布的《中华人民共和国工会法》同时废止。';
    expect(repealsIn([sameName], [{ policy: 'cn-gonghui', number: 57, text: own }]).size).toBe(0);
    const later = policy('zj-later', '浙江省信息化促进条例', '2022-01-01');
    expect(repealsIn([later, next], [{ policy: 'zj-new', number: 60, text }]).size).toBe(0);
  });
});
