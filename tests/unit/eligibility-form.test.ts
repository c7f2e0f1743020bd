import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  calculate,
  decodeLink,
  FORM_WORDING,
  formErrorMessages,
  formItemAmount,
  formTotals,
  formTotalText,
  MAX_CLAIMS,
  repairLink,
  type Calculation,
} from '../../src/lib/eligibility/index';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const catalog = buildCatalog(getKnowledgeBase());

/**
 * What the page shows for a shared link, as the client does: the link repaired into what the
 * form can hold, then computed; the link's messages, then those of the form's own checks.
 */
function page(query: string): { messages: string[]; computed: string[]; calc: Calculation } {
  const link = repairLink(decodeLink(query), catalog);
  const calc = calculate(link.profile, catalog, FORM_WORDING);
  return {
    messages: [...link.messages, ...formErrorMessages(calc.errors, catalog)],
    computed: calc.result.items.map((i) => i.award),
    calc,
  };
}

/** An award's name as the form shows it, read from the content (conditions may be reworded there). */
function name(id: string): string {
  const award = catalog.awards.find((a) => a.id === id);
  if (!award) throw new Error(`no award ${id}`);
  return `“${award.condition}”`;
}

/** Words of the CLI and the JSON profile that the page must never show. */
const CLI_WORDS = /claims\[|baseYuan|previousAward|npm run|--list|award "/;

describe('calculator page: a bad shared link says which part is wrong and keeps the rest', () => {
  it('an unknown id, by its place in the link, with close awards by name', () => {
    const { messages, computed } = page('?c=green-factry&c=green-park-national');
    expect(messages).toEqual([
      `网址中的第 1 项 "green-factry" 不是本计算器中的奖励，已忽略，其余各项照常计算。是否指${name('green-factory-national')}、${name('green-factory-provincial')}？`,
    ]);
    expect(computed).toEqual(['green-park-national']);
  });

  it('a base that is not a number, too large, not whole or not positive: in the form terms (万元, the base’s name)', () => {
    const { messages, computed } = page(
      'c=major-sci-tech-project-municipal*abc&c=public-service-platform*1e400&c=industrial-design-institute-national*1.5&c=tech-transfer-intermediary*-3&c=green-park-national',
    );
    expect(messages).toEqual([
      // Bases the form cannot show are left out, the award kept (it then asks for the base)…
      `网址中${name('major-sci-tech-project-municipal')}的项目投入额"abc"不是数字，已忽略；请在表单中填写项目投入额（万元）`,
      `网址中${name('public-service-platform')}的实际投入过大（最多可填 100000000 万元），已忽略；请在表单中填写实际投入（万元）`,
      `网址中${name('industrial-design-institute-national')}的国家、省资助额度为 1.5 元，不是整元，已忽略；请在表单中填写国家、省资助额度（万元）`,
      // …a base it can show stays in its field, where the form's own check speaks.
      `${name('tech-transfer-intermediary')}的技术转让合同实际成交额应大于0万元；没有金额时请清空这一栏`,
    ]);
    expect(computed).toEqual(['green-park-national']);
  });

  it('a budget, a duplicate, a base on a fixed award, and previous rungs that do not fit: the bad part left out, the award kept', () => {
    const { messages, computed } = page(
      'c=historic-classic-industries&c=green-park-national&c=green-park-national&c=single-item-champion-national*100&c=kunpeng-revenue-500-yi~kunpeng-revenue-1000-yi&c=green-factory-national~nope&c=green-factory-provincial~',
    );
    expect(messages).toEqual([
      '网址中的第 1 项 "historic-classic-industries" 是杭州市推动制造业高质量发展的若干意见第（十二）条的财政预算或资金（推进历史经典产业的保护、传承与发展），不是给企业的奖励，已忽略',
      `${name('green-park-national')}在网址中出现了不止一次，只按第一次计算`,
      `${name('single-item-champion-national')}是定额奖励（200万元），不需要填写金额；网址中附带的金额已忽略，按定额计算`,
      `网址中${name('kunpeng-revenue-500-yi')}的“已获得的较低档次”“1000亿元档”不是同一荣誉中较低的一档，已忽略，本项按全额计算；如已获得较低档次，请在表单中选择`,
      `网址中${name('green-factory-national')}的“已获得的较低档次”"nope"不是本计算器中的奖励，已忽略，本项按全额计算；如已获得较低档次，请在表单中选择`,
      `网址中${name('green-factory-provincial')}的“已获得的较低档次”在网址中为空或无法读取，已忽略，本项按全额计算；如已获得较低档次，请在表单中选择`,
      // The form holds one rung per ladder: the lower one of the link is said to be left out.
      `网址中同时有${name('green-factory-provincial')}和${name('green-factory-national')}，同属“绿色工厂评级”，只计最高一档（国家级档），${name('green-factory-provincial')}已忽略；如省级档是此前已获得的，请在“已获得的较低档次”中选择`,
    ]);
    expect(computed).toEqual([
      'kunpeng-revenue-500-yi',
      'single-item-champion-national',
      'green-park-national',
      'green-factory-national',
    ]);
  });

  it('never uses the CLI’s words, for any bad link', () => {
    const links = [
      'c=x',
      'c=',
      'c=green-park-national*0',
      'c=green-factory-national~green-factory-national',
      'c=green-factory-provincial&c=green-factory-national~green-factory-provincial',
      'c=first-set-equipment-domestic~first-set-equipment-in-province',
      'c=single-item-champion-national~hidden-champion-provincial',
      `c=${'z'.repeat(5000)}%1B%0A`,
    ];
    for (const link of links) {
      const { messages } = page(link);
      expect(messages.length, link).toBeGreaterThan(0);
      for (const m of messages) expect(m, link).not.toMatch(CLI_WORDS);
    }
  });

  it('words the reasons of what is not computed for the form too', () => {
    const calc = calculate(
      decodeLink('c=major-sci-tech-project-municipal&c=green-park-provincial&c=green-park-national').profile,
      catalog,
      FORM_WORDING,
    );
    expect(calc.result.notComputed.map((n) => n.reason)).toEqual([
      '需要填写项目投入额（万元）',
      `与${name('green-park-national')}同属“绿色园区评级”，同一荣誉只计最高一档（国家级档），本档不另计`,
    ]);
    for (const n of calc.result.notComputed) expect(n.reason).not.toMatch(CLI_WORDS);
  });

  it('stays fast and short for a link with a long id, refuses a 1 MB link whole, and reads at most MAX_CLAIMS claims', () => {
    // An id of 6.5 KB, within the link's bound (MAX_LINK_CHARS): named shortly, the rest kept.
    const start = performance.now();
    const { messages, computed } = page(`c=${'green-factory'.repeat(500)}&c=green-park-national`);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(messages).toEqual([
      `网址中的第 1 项 "${'green-factory'.repeat(3)}g"… 不是本计算器中的奖励，已忽略，其余各项照常计算。`,
    ]);
    expect(computed).toEqual(['green-park-national']);

    // A 1 MB link is past the bound: nothing of it is read (eligibility-link-bound.test.ts).
    const huge = page(`c=${'green-factory'.repeat(80_000)}&c=green-park-national`);
    expect(huge.messages).toHaveLength(1);
    expect(huge.messages[0]).toMatch(/^网址过长：/);
    expect(huge.computed).toEqual([]);

    const many = page(Array.from({ length: MAX_CLAIMS + 50 }, () => 'c=q').join('&'));
    expect(many.messages).toHaveLength(MAX_CLAIMS + 1);
    expect(many.messages.at(-1)).toBe(`网址中的申报项超过 ${String(MAX_CLAIMS)} 项，其余 50 项已忽略`);
  });

  it('a base typed far too large in the form (1e300 万元) is refused in 万元, not computed wrong', () => {
    const calc = calculate(
      { claims: [{ award: 'industrial-design-institute-national', baseYuan: Math.round(1e300 * 10_000) }] },
      catalog,
      FORM_WORDING,
    );
    expect(formErrorMessages(calc.errors, catalog)).toEqual([
      `国家、省资助额度过大：${name('industrial-design-institute-national')}的国家、省资助额度最多可填 100000000 万元；请检查单位是否为万元`,
    ]);
    expect(calc.result.totalYuan).toBe(0);
  });
});

describe('calculator page: a shared link becomes what the form can hold', () => {
  it('keeps a valid link as it is, without a message', () => {
    const link = repairLink(
      decodeLink('c=green-factory-national~green-factory-provincial&c=major-sci-tech-project-municipal*30000000'),
      catalog,
    );
    expect(link.messages).toEqual([]);
    expect(link.profile.claims).toEqual([
      { award: 'green-factory-national', previousAward: 'green-factory-provincial' },
      { award: 'major-sci-tech-project-municipal', baseYuan: 30_000_000 },
    ]);
  });

  it('always returns a profile without errors but those the form shows under its own field', () => {
    const links = [
      'c=x*1~y',
      'c=green-park-national*abc~zz',
      'c=kunpeng-revenue-100-yi&c=kunpeng-revenue-1000-yi~kunpeng-revenue-100-yi&c=kunpeng-revenue-500-yi',
      'c=green-factory-provincial*-1~green-factory-national',
    ];
    for (const query of links) {
      const { profile } = repairLink(decodeLink(query), catalog);
      expect(calculate(profile, catalog).errors, query).toEqual([]);
    }
  });

  it('a lower tier listed also as a claim counts once, as the tier received', () => {
    const { messages, calc } = page('c=green-factory-provincial&c=green-factory-national~green-factory-provincial');
    expect(messages).toEqual([
      `网址中${name('green-factory-provincial')}已作为${name('green-factory-national')}的“已获得的较低档次”，不再单独计算`,
    ]);
    expect(calc.result.totalYuan).toBe(1_000_000);
  });
});

describe('calculator page: the total line', () => {
  it('says nothing is chosen only when nothing is, and says when choices have problems', () => {
    expect(formTotalText(0, 0, 0, 0)).toBe('合计：0元（尚未选择任何奖励）');
    expect(formTotalText(0, 0, 0, 2)).toBe('合计：0元（所选项目有 2 处问题，见下方“申报有误”）');
    expect(formTotalText(0, 0, 1, 0)).toBe('合计：0元（0项可计算）');
    expect(formTotalText(4_000_000, 1, 0, 1)).toBe('合计：400万元（1项可计算）');
  });

  it('with a step-up, says what is paid now and what the honour comes to in all, each labelled', () => {
    const { calc } = page(
      'c=green-factory-national~green-factory-provincial&c=major-sci-tech-project-municipal*30000000',
    );
    expect(formTotals(calc.result, 0)).toEqual({
      paid: '本次可得：400万元（2项可计算，进档的只计补差）',
      cumulative: '累计：500万元（含此前已获得的较低档次100万元）',
      ceiling: null,
      bar: '本次可得：400万元 · 累计：500万元',
    });
    expect(calc.result.items.map(formItemAmount)).toEqual([
      '300万元',
      '本次可得100万元（累计200万元，含此前已获得的100万元）',
    ]);
  });

  it('without a step-up, says 合计 once, as before', () => {
    const { calc } = page('c=green-park-national');
    expect(formTotals(calc.result, 0)).toEqual({
      paid: '合计：400万元（1项可计算）',
      cumulative: null,
      ceiling: null,
      bar: '合计：400万元',
    });
    expect(formTotals(page('').calc.result, 0).paid).toBe('合计：0元（尚未选择任何奖励）');
  });

  it('a link whose only claim is bad does not say nothing was chosen', () => {
    const { calc, messages } = page('c=major-sci-tech-project-municipal*-1');
    expect(
      formTotalText(calc.result.totalYuan, calc.result.items.length, calc.result.notComputed.length, messages.length),
    ).toBe('合计：0元（所选项目有 1 处问题，见下方“申报有误”）');
  });
});
