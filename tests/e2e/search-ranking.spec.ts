/**
 * Ranking and Chinese queries (issue 4), each through the real search page: the user's words
 * for the policy's, traditional characters, document numbers in every form, spaces,
 * full-width characters, amounts with and without 元, and titles ranking first.
 */
import { expect, test } from '@playwright/test';
import { urls } from '../../src/lib/kb/urls';
import { apiPolicies } from './helpers/api';
import { clause, POLICY, provision, search } from './search-helpers';

/** The city's 2024 policy, whose clauses also grant 200万元. */
const NEW_POLICY = 'hz-2024-economy-policies';

test.describe('examples of the issue', () => {
  const cases: [string, string][] = [
    ['绿色工厂 资助', clause(16)],
    ['单项冠军', clause(9)],
    ['首台套', clause(6)],
    ['补贴 绿色工厂', clause(16)],
    ['綠色工廠', clause(16)],
    ['杭政办函[2018]94号', clause(10)],
  ];
  for (const [q, expected] of cases) {
    test(`“${q}” finds ${expected} first`, async ({ page }) => {
      const paths = await search(page, q);
      expect(paths[0]).toBe(expected);
    });
  }
  // The issue's example: 有效期 finds the closing that states the 2018 opinions' validity
  // (有效期至2021年12月31日). The closings' records are headed 结语 (issue 22): the site's heading
  // 结语：施行日期与有效期, weighted as a title, made the 2024 policy's closing (均为2024年全年有效, no
  // 有效期) a first result too.
  test('“有效期” finds the closing that states a validity period first', async ({ page }) => {
    const dated = (await apiPolicies(page.request)).filter((p) => p.expiresOn !== null).map((p) => p.id);
    expect(dated).toContain(POLICY);
    const paths = await search(page, '有效期');
    expect(paths[0]).toBe(urls.closing(POLICY));
  });
  test('“64号” finds （九） and （十五）', async ({ page }) => {
    const paths = await search(page, '64号');
    expect(paths.slice(0, 2).sort()).toEqual([clause(9), clause(15)].sort());
  });
});

test.describe('the words people use for the policy’s words', () => {
  for (const word of ['补贴', '补助', '资助', '奖励', '扶持', '支持']) {
    test(`“${word} 绿色工厂” finds （十六）`, async ({ page }) => {
      expect((await search(page, `${word} 绿色工厂`))[0]).toBe(clause(16));
    });
  }
  test('首台套 and 首台（套） find the same clause', async ({ page }) => {
    expect((await search(page, '首台（套）'))[0]).toBe(clause(6));
    expect((await search(page, '首台套'))[0]).toBe(clause(6));
  });
  test('上云 and 企业上云 find the same clause', async ({ page }) => {
    expect((await search(page, '上云'))[0]).toBe(clause(14));
    expect((await search(page, '企业上云'))[0]).toBe(clause(14));
  });
  test('an abbreviation the policy never writes (技改) finds the policy’s word', async ({ page }) => {
    expect((await search(page, '技改 补贴'))[0]).toBe(clause(10));
  });
});

test('traditional characters find the simplified text', async ({ page }) => {
  expect((await search(page, '綠色工廠'))[0]).toBe(clause(16));
  expect((await search(page, '單項冠軍 獎勵'))[0]).toBe(clause(9));
});

test.describe('document numbers in any form', () => {
  const forms = [
    '杭政办函〔2018〕64号',
    '杭政办函[2018]64号',
    '杭政办函(2018)64号',
    '杭政办函【2018】64号',
    '杭政办函（2018）64号',
    '64号',
    '2018 64号',
  ];
  for (const q of forms) {
    test(`“${q}” finds （九） and （十五）`, async ({ page }) => {
      const paths = await search(page, q);
      expect(paths.slice(0, 2).sort()).toEqual([clause(9), clause(15)].sort());
      expect(paths).toHaveLength(2);
    });
  }
});

test.describe('spaces, widths and amounts', () => {
  test('with and without a space', async ({ page }) => {
    expect((await search(page, '绿色工厂资助'))[0]).toBe(clause(16));
    expect((await search(page, '绿色工厂 资助'))[0]).toBe(clause(16));
  });
  test('full-width and half-width characters give the same results', async ({ page }) => {
    const half = await search(page, '杭政办函[2018]94号');
    const full = await search(page, '杭政办函［２０１８］９４号');
    expect(full).toEqual(half);
    expect(full[0]).toBe(clause(10));
    expect(await search(page, '３００万 工业互联网平台')).toEqual(await search(page, '300万 工业互联网平台'));
  });
  test('200万 and 200万元 give the same results, with the clauses granting 200万元 first', async ({ page }) => {
    const short = await search(page, '200万');
    const long = await search(page, '200万元');
    expect(long).toEqual(short);
    // Of the 2018 opinions, the four clauses granting 200万元 come first. The 2024 policy's clauses
    // granting 200万元 (（十四）, （十六）, （三十六）) rightly rank among them, and its （四十八）, where
    // 200万元 is an old cap raised to 500万元, after them.
    const granting = [clause(7), clause(9), clause(16), clause(18)];
    const granting2024 = [14, 16, 36].map((n) => provision(NEW_POLICY, n));
    expect(
      short
        .filter((p) => p.startsWith(urls.policy(POLICY)))
        .slice(0, 4)
        .sort(),
    ).toEqual(granting.sort());
    expect(short.slice(0, 7).sort()).toEqual([...granting, ...granting2024].sort());
    expect((await search(page, '单项冠军 200万元'))[0]).toBe(clause(9));
  });
});

test.describe('titles count', () => {
  // （七） is titled 做强做优大企业大集团; （二十） mentions 大企业大集团 in passing.
  test('a title match ranks above a passing mention', async ({ page }) => {
    const paths = await search(page, '大企业大集团');
    expect(paths[0]).toBe(clause(7));
    expect(paths).toContain(clause(20));
  });
  // （十三） is titled …工业互联网平台体系; （十四）, （三） and （五） mention 工业互联网.
  test('工业互联网 ranks the clause titled with it first', async ({ page }) => {
    const paths = await search(page, '工业互联网');
    expect(paths[0]).toBe(clause(13));
    expect(paths.length).toBeGreaterThan(2);
  });
});

test.describe('numbers people type', () => {
  // Every policy has a 10th and a 16th provision: the number alone finds them all, for every
  // policy of /api/policies.json (see search-policies.spec.ts for the policy filter that narrows to one).
  test('a clause by its number, in Chinese or Arabic numerals', async ({ page }) => {
    const policies = (await apiPolicies(page.request)).map((p) => p.id);
    expect((await search(page, '第十条')).sort()).toEqual(policies.map((p) => provision(p, 10)).sort());
    expect((await search(page, '第16条')).sort()).toEqual(policies.map((p) => provision(p, 16)).sort());
    expect(await search(page, '第10条 集成电路')).toEqual([clause(10)]);
  });
  test('a sum matches that sum only, not longer numbers that start alike', async ({ page }) => {
    // 20亿元 is in （二十二）; 200万元 and 2000万元 elsewhere must not match.
    expect(await search(page, '20亿元')).toEqual([clause(22)]);
  });
});
