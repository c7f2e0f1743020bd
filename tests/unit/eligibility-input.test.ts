import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  calculate,
  echo,
  formatError,
  MAX_BASE_YUAN,
  MAX_CLAIMS,
  parseProfileJson,
  type Catalog,
  type CatalogAward,
} from '../../src/lib/eligibility/index';
import { shareOf } from '../../src/lib/eligibility/compute';
import { closeIds } from '../../src/lib/eligibility/suggest';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const catalog = buildCatalog(getKnowledgeBase());
const ids = catalog.awards.map((a) => a.id);

/** The errors of a profile as the CLI prints them. */
function errorsOf(profile: unknown): string[] {
  return calculate(profile, catalog).errors.map(formatError);
}

/** Milliseconds taken by `f`. */
function timed(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

/** `[` nested `depth` times around a value, as a parsed value (no JSON text involved). */
function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe('eligibility input: nesting depth', () => {
  it('refuses JSON nested 4,500 arrays deep with a position, not a stack overflow', () => {
    const text = `{"claims":[{"award":${'['.repeat(4500)}${']'.repeat(4500)}}]}`;
    expect(parseProfileJson(text)).toEqual({
      ok: false,
      message: '第 1 行第 50 列：嵌套超过 32 层；档案只需要 3 层：{ "claims": [ { … } ] }',
    });
  });

  it('refuses an already parsed value nested too deep before the schema recurses into it', () => {
    expect(errorsOf({ claims: [{ award: nested(4500) }] })).toEqual([
      '档案：嵌套超过 32 层；档案只需要 3 层：{ "claims": [ { … } ] }',
    ]);
    // A shallow wrong shape still reaches the schema and gets its own message.
    expect(errorsOf({ claims: [{ award: nested(3) }] })).toEqual([
      'claims[0]：award 应为奖励 id 字符串，例如 "green-factory-national"；收到 [[["x"]]]',
    ]);
  });
});

describe('eligibility input: close-id suggestions are bounded', () => {
  it('still suggests for typos of real ids, up to 64 characters', () => {
    expect(closeIds('green-factry', ids)).toEqual(['green-factory-national', 'green-factory-provincial']);
    expect(closeIds(`${'x'.repeat(60)}abcd`, ids)).toEqual([]);
  });

  it('answers at once for a 1 MB id, with no suggestion, and echoes only its start', () => {
    const huge = `green-factory${'a'.repeat(1024 * 1024)}`;
    let errors: string[] = [];
    expect(timed(() => (errors = errorsOf({ claims: [{ award: huge }] })))).toBeLessThan(2000);
    expect(errors).toEqual([
      'claims[0]（award "green-factoryaaaaaaaaaaaaaaaaaaaaaaaaaaa"…）：没有这个奖励 id。全部奖励 id 见 /calculator/ 页面或 npm run calc -- --list',
    ]);
    expect(timed(() => closeIds('q'.repeat(50 * 1024 * 1024), ids))).toBeLessThan(2000);
  });

  it('stays fast for the most claims a profile may have, each an unknown 64-character id', () => {
    const claims = Array.from({ length: MAX_CLAIMS }, (_, i) => ({
      award: `${String(i)}-green-factory-national`.padEnd(64, 'z'),
      previousAward: 'y'.repeat(64),
    }));
    let errors: string[] = [];
    expect(timed(() => (errors = errorsOf({ claims })))).toBeLessThan(2000);
    expect(errors).toHaveLength(MAX_CLAIMS);
  });

  it('refuses more claims than MAX_CLAIMS with one message, not one per claim', () => {
    const claims = Array.from({ length: 500_000 }, () => 0);
    expect(errorsOf({ claims })).toEqual([
      `档案：claims 有 500000 项，超过上限 ${String(MAX_CLAIMS)} 项；每个奖励只能申报一次，请删去重复或无关的项`,
    ]);
  });
});

describe('eligibility input: money stays exact', () => {
  const base = (baseYuan: unknown) =>
    errorsOf({ claims: [{ award: 'industrial-design-institute-national', baseYuan }] });
  const tooLarge =
    'claims[0]（award "industrial-design-institute-national"）：baseYuan 过大：超过上限 1000000000000（10000亿元），无法精确计算；请检查单位：baseYuan 以元为单位，例如 30000000 表示3000万元';

  it('refuses a base above 1万亿元 as too large, whatever its form, and not as "not whole yuan"', () => {
    expect(MAX_BASE_YUAN).toBe(1_000_000_000_000);
    expect(base(2 ** 53 + 1)).toEqual([tooLarge]);
    expect(base(MAX_BASE_YUAN + 1)).toEqual([tooLarge]);
    expect(base(1e20 + 0.5)).toEqual([tooLarge]);
    expect(base(MAX_BASE_YUAN)).toEqual([]);
  });

  it('says a number out of range (1e309 in JSON) is too large or below 0, never "收到 null"', () => {
    const parsed = parseProfileJson('{"claims":[{"award":"industrial-design-institute-national","baseYuan":1e309}]}');
    expect(parsed.ok && errorsOf(parsed.value)).toEqual([
      'claims[0]（award "industrial-design-institute-national"）：baseYuan 过大：数字超出了数值范围，超过上限 1000000000000（10000亿元），无法精确计算；请检查单位：baseYuan 以元为单位，例如 30000000 表示3000万元',
    ]);
    expect(base(-Infinity)).toEqual([
      'claims[0]（award "industrial-design-institute-national"）：baseYuan 应大于0；收到一个超出数值范围的负数。没有基数时请删去 baseYuan',
    ]);
    expect(base(Number.NaN)).toEqual([
      'claims[0]（award "industrial-design-institute-national"）：baseYuan 应为数字（单位：元，例如 30000000 表示3000万元）；收到 NaN（不是数字）',
    ]);
  });

  it('computes every base award at the largest base exactly, the total included', () => {
    const claims = catalog.awards
      .filter((a) => a.amount.type === 'rate' || a.amount.type === 'matching')
      .filter((a) => !a.ladder || a.ladder.rank === 2 || a.ladder.rank === 1);
    const { result, errors } = calculate(
      { claims: claims.map((a) => ({ award: a.id, baseYuan: MAX_BASE_YUAN - 1 })) },
      catalog,
    );
    expect(errors).toEqual([]);
    expect(result.items.length).toBeGreaterThan(3);
    for (const item of result.items) expect(Number.isSafeInteger(item.amountYuan)).toBe(true);
    expect(BigInt(result.totalYuan)).toBe(result.items.reduce((s, i) => s + BigInt(i.amountYuan), 0n));
  });

  it('rounds a share exactly, halves up, where binary floating point would not', () => {
    // 0.15 × 999,999,999,999 = 149,999,999,999.85; 0.3 × 5 = 1.5 → 2; 0.01 × 50 = 0.5 → 1.
    expect(shareOf(999_999_999_999, 0.15)).toBe(150_000_000_000);
    expect(shareOf(5, 0.3)).toBe(2);
    expect(shareOf(50, 0.01)).toBe(1);
    expect(shareOf(12_345_677, 0.3)).toBe(3_703_703);
    // 29% of 1000亿零50元 is …14.5 exactly; floating point computes 29000000014.499996 and
    // Math.round gives one yuan less (no rate of today's content hits this; a new one might).
    expect(shareOf(100_000_000_050, 0.29)).toBe(29_000_000_015);
    expect(Math.round(100_000_000_050 * 0.29)).toBe(29_000_000_014);
    // A rate String() writes with an exponent (1e-7) is read exactly too.
    expect(shareOf(15_000_000, 1e-7)).toBe(2);
  });

  it('refuses a total a JavaScript number cannot hold exactly instead of showing it wrong by one', () => {
    // Bases are bounded, so only a made-up catalog gets there: 200 fixed awards of 100万亿元 each.
    const template = catalog.awards.find((a) => a.id === 'green-park-national') as CatalogAward;
    const huge: Catalog = {
      awards: Array.from({ length: MAX_CLAIMS }, (_, i) => ({
        ...template,
        id: `f-${String(i)}`,
        ladder: undefined,
        ladderInfo: null,
        amount: { type: 'fixed', yuan: 1e14 },
      })),
      budgets: [],
    };
    const { result, errors } = calculate({ claims: huge.awards.map((a) => ({ award: a.id })) }, huge);
    expect(errors.map(formatError)).toEqual([
      '档案：合计超过 9007199254740991 元，无法精确计算；请检查各项基数的单位（元）',
    ]);
    expect(result).toEqual({
      items: [],
      totalYuan: 0,
      cumulativeYuan: 0,
      ceilings: [],
      ceilingYuan: 0,
      notComputed: [],
    });
    // 90 of them (9×10^15) still fit: the guard refuses only what would be wrong.
    expect(calculate({ claims: huge.awards.slice(0, 90).map((a) => ({ award: a.id })) }, huge).result.totalYuan).toBe(
      9e15,
    );
  });
});

describe('eligibility input: JSON as written', () => {
  it('accepts a byte-order mark', () => {
    expect(parseProfileJson('\uFEFF{"claims":[]}')).toEqual({ ok: true, value: { claims: [] } });
  });

  it('refuses a key written twice at any depth, naming the key and where', () => {
    expect(parseProfileJson('{"claims":[],\n"claims":[{"award":"green-park-national"}]}')).toEqual({
      ok: false,
      message: '第 2 行第 1 列：键 "claims" 在档案顶层出现了两次；同一对象中每个键只能写一次，请删去其中一个',
    });
    expect(parseProfileJson('{"claims":[{"award":"a"},{"award":"b","baseYuan":1,"baseYuan":2}]}')).toEqual({
      ok: false,
      message: '第 1 行第 52 列：键 "baseYuan" 在 claims[1] 中出现了两次；同一对象中每个键只能写一次，请删去其中一个',
    });
    // Escapes do not hide a duplicate: "\u0061ward" is "award".
    expect(parseProfileJson('{"claims":[{"award":"a","\\u0061ward":"b"}]}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('键 "award" 在 claims[0] 中出现了两次') as unknown,
    });
    expect(parseProfileJson('{"a":{"x":{"y":1,"y":2}}}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('键 "y" 在 a.x 中出现了两次') as unknown,
    });
  });

  it('reads what JSON.parse reads, __proto__ included', () => {
    const text = '{"a":[1,-2.5e3,true,false,null,"\\n\\u00e9"],"__proto__":{"b":{}}}';
    expect(parseProfileJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('says where JSON is broken, without repeating the input', () => {
    expect(parseProfileJson('{"claims": [ ')).toEqual({
      ok: false,
      message: '第 1 行第 14 列：JSON 不完整，在此处意外结束',
    });
    expect(parseProfileJson('   ')).toEqual({
      ok: false,
      message: '文件是空的（没有任何内容）；档案应为 { "claims": [ … ] }',
    });
    expect(parseProfileJson(`{"claims":[]} ${'x'.repeat(100_000)}`)).toEqual({
      ok: false,
      message: '第 1 行第 15 列：完整的 JSON 值之后还有多余的内容',
    });
  });
});

describe('eligibility input: echoed values are short and inert', () => {
  it('shortens to 40 characters and escapes control characters, fast for 50 MB', () => {
    let shown = '';
    expect(timed(() => (shown = echo(`\u001b[31m${'a'.repeat(50 * 1024 * 1024)}`)))).toBeLessThan(500);
    expect(shown).toBe(`"\\u001b[31m${'a'.repeat(35)}"…`);
    expect(echo('a\u2028b\u202ec\u0000')).toBe('"a\\u2028b\\u202ec\\u0000"');
  });

  it('never prints a raw control character or a long value in an error', () => {
    const errors = errorsOf({ claims: [{ award: `\u001b]0;x\u0007${'b'.repeat(1000)}`, ['k\u001b'.repeat(100)]: 1 }] });
    expect(errors).toEqual([
      `claims[0]（award "\\u001b]0;x\\u0007bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"…）：不认识的字段 "${'k\\u001b'.repeat(20)}…"；每项申报只能有 award、baseYuan、previousAward`,
    ]);
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${String(i)}`, i]));
    expect(errorsOf({ claims: [{ award: 'green-park-national', ...many }] })).toEqual([
      'claims[0]（award "green-park-national"）：不认识的字段 "f0"、"f1"、"f2"、"f3"、"f4" 等 1000 个；每项申报只能有 award、baseYuan、previousAward',
    ]);
  });
});
