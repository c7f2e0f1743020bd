import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  calculate,
  FORM_WORDING,
  formErrorMessages,
  readBaseWan,
  type BaseReading,
} from '../../src/lib/eligibility/index';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const catalog = buildCatalog(getKnowledgeBase());
const FIELD = '项目投入额';

/** The yuan a field reads, or its problem's message. */
function read(text: string): number | string | null {
  const r: BaseReading = readBaseWan(text, FIELD);
  return r.kind === 'yuan' ? r.yuan : r.kind === 'problem' ? r.message : null;
}

/** What the page says about a base read from a field, once validated for a rate award. */
function formMessages(yuan: number): string[] {
  const { errors } = calculate(
    { claims: [{ award: 'major-sci-tech-project-municipal', baseYuan: yuan }] },
    catalog,
    FORM_WORDING,
  );
  return formErrorMessages(errors, catalog);
}

describe('the calculator form reads a base in 万元', () => {
  it('reads ASCII and full-width digits, signs and points, in whole yuan', () => {
    expect(read('3000')).toBe(30_000_000);
    expect(read(' ３０００ ')).toBe(30_000_000);
    expect(read('０．５')).toBe(5_000);
    expect(read('.5')).toBe(5_000);
    expect(read('0.0003')).toBe(3);
    expect(read('－5')).toBe(-50_000);
    expect(read('')).toBeNull();
    expect(read(' \u3000 ')).toBeNull();
  });

  it('reads back every base the form writes from a link (String(yuan / 10000))', () => {
    for (const yuan of [1, 5, 12_345, 30_000_000, 1_000_000_000_000, 1e30])
      expect(read(String(yuan / 10_000))).toBe(yuan);
  });

  it('says a positive base below 1 元 is below 1 元, never “应大于0万元”', () => {
    for (const text of ['0.00001', '0.000049', '1e-9', '０．００００１']) {
      const message = read(text);
      expect(message).toBe(`${FIELD}“${text}”万元不足1元：金额按整元计算，这个金额未计算；最少填写 0.0001 万元（1元）`);
    }
    // Half a yuan rounds to 1 元: bases are whole yuan.
    expect(read('0.00005')).toBe(1);
    // 0 and below are validation's: there "应大于0万元" is right.
    expect(read('0')).toBe(0);
    expect(formMessages(0)).toEqual(['“实施市级重大科技创新专项”的项目投入额应大于0万元；没有金额时请清空这一栏']);
    expect(read('-0.00001')).toBe(-0);
  });

  it('refuses digits of other scripts by name rather than dropping them', () => {
    expect(read('٣٠٠٠')).toBe(
      `${FIELD}“٣٠٠٠”中的数字 ٣（U+0663）、٠（U+0660） 无法识别，这个金额未计算；请用 0–9 填写${FIELD}（万元）`,
    );
    // Persian (Extended Arabic-Indic), Devanagari, mixed with ASCII, and a mathematical digit outside the BMP.
    expect(read('۳۰۰۰')).toContain('۳（U+06F3）、۰（U+06F0）');
    expect(read('३०००')).toContain('३（U+0969）');
    expect(read('3٠00')).toContain('٠（U+0660） 无法识别');
    expect(read('𝟑000')).toContain('𝟑（U+1D7D1）');
    // All ten Arabic-Indic digits: five named, the count of the rest said.
    expect(read('٠١٢٣٤٥٦٧٨٩')).toContain('等 10 个 无法识别');
  });

  it('says what is not a number, and shortens what it repeats', () => {
    for (const text of ['abc', '3,000', '3000万', '1.2.3', '--5', 'e5', '0x10', 'Infinity', '3 000'])
      expect(read(text)).toBe(
        `${FIELD}“${text}”不是数字，这个金额未计算；请只填写数字，单位为万元（例如 3000 或 0.5），不加逗号或单位`,
      );
    const long = read(`x${'9'.repeat(5_000)}`);
    expect(typeof long === 'string' && long.length).toBeLessThan(200);
  });
});
