/**
 * Search across several policies: regulation articles found by what people type, results named
 * by their policy and provision with the policy's status, the policy / kind / status filters
 * (on the page and in the URL), and provisions asked for by number in every policy or in one.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  allResultPaths,
  clause,
  POLICY,
  provision,
  REGULATIONS,
  resultCount,
  resultPaths,
  resultsFor,
  search,
} from './search-helpers';
import { apiPolicies } from './helpers/api';

/** The policy a result path belongs to. */
const policyOf = (path: string) => path.split('/')[2] ?? '';

/** The search page with a query and filters in the URL, once its results are in. */
async function open(page: Page, q: string, filters: Record<string, string> = {}): Promise<void> {
  await page.goto(`/search/?${new URLSearchParams({ q, ...filters }).toString()}`);
  await resultsFor(page, q);
}

test.describe('regulation articles by natural queries', () => {
  const cases: [string, string][] = [
    ['知识产权质押', provision(REGULATIONS.highTech, 20)],
    ['小微企业园', provision(REGULATIONS.privateEnterprises, 19)],
    ['数据安全', provision(REGULATIONS.digitalEconomy, 22)],
    ['跨境电商综试区', provision(REGULATIONS.crossBorder, 2)],
  ];
  for (const [q, expected] of cases) {
    test(`“${q}” finds ${expected} first`, async ({ page }) => {
      expect((await search(page, q))[0]).toBe(expected);
    });
  }

  test('a result names its policy and its article; a policy in force shows no status', async ({ page }) => {
    await search(page, '知识产权质押');
    const first = page.getByTestId('search-result').first();
    await expect(first.getByRole('link').first()).toHaveText('浙江省高新技术促进条例 第二十条');
    await expect(first.locator('.search-result-status')).toHaveCount(0);
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('a result of an expired policy names it and says 已失效', async ({ page }) => {
    await search(page, '单项冠军');
    const first = page.getByTestId('search-result').first();
    await expect(first.getByRole('link').first()).toContainText('杭州市推动制造业高质量发展的若干意见');
    await expect(first.getByRole('link').first()).toContainText('（九）培育壮大成长型中小企业');
    await expect(first.locator('.search-result-status')).toHaveText('已失效');
  });
});

test('the provision whose award is for 首台（套） ranks above an article that names it in passing', async ({
  page,
}) => {
  // （六） grants 100万元 for 首台（套） equipment; the digital economy regulation's 第五十条 lets
  // buyers procure 首台（套） equipment without public tender: both are found, the award first.
  const paths = await search(page, '首台套');
  expect(paths[0]).toBe(clause(6));
  expect(paths).toContain(provision(REGULATIONS.digitalEconomy, 50));
});

test.describe('provisions by number', () => {
  test('第十二条 finds the 12th provision of every policy, each named by its policy', async ({ page }) => {
    const policies = (await apiPolicies(page.request)).map((p) => p.id);
    const paths = await search(page, '第十二条');
    expect([...paths].sort()).toEqual(policies.map((p) => provision(p, 12)).sort());
    const names = await page.getByTestId('search-result').locator('.search-result-policy').allTextContents();
    expect(new Set(names).size).toBe(policies.length);
  });

  test('with a policy filter, 第十二条 finds that policy’s article only', async ({ page }) => {
    await search(page, '第十二条');
    await page.getByLabel('政策', { exact: true }).selectOption('浙江省民营企业发展促进条例');
    await expect(page).toHaveURL(/policy=/);
    await expect.poll(() => resultPaths(page)).toEqual([provision(REGULATIONS.privateEnterprises, 12)]);
    await expect(page.getByTestId('search-result').first().getByRole('link').first()).toHaveText(
      '浙江省民营企业发展促进条例 第十二条',
    );
  });
});

test.describe('filters by policy, kind of document and status', () => {
  test('the policy filter narrows to one policy and lives in the URL', async ({ page }) => {
    await search(page, '知识产权');
    const all = await allResultPaths(page);
    expect(new Set(all.map(policyOf)).size).toBeGreaterThan(1);
    await page.getByLabel('政策', { exact: true }).selectOption('浙江省高新技术促进条例');
    await expect(page).toHaveURL(/policy=zj-2009-high-tech/);
    await expect.poll(() => resultCount(page)).toBeLessThan(all.length);
    const narrowed = await allResultPaths(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((p) => policyOf(p) === REGULATIONS.highTech)).toBe(true);
    await page.reload();
    await resultsFor(page, '知识产权');
    await expect(page.getByLabel('政策', { exact: true })).toHaveValue(REGULATIONS.highTech);
    expect(await allResultPaths(page)).toEqual(narrowed);
  });

  test('the part filter waits for a policy, then offers that policy’s parts only, and lives in the URL', async ({
    page,
  }) => {
    await search(page, '知识产权');
    const part = page.getByLabel('部分或章', { exact: true });
    await expect(part).toBeDisabled();
    await expect(part.locator('option')).toHaveText(['全部（先选择政策）']);
    await page.getByLabel('政策', { exact: true }).selectOption('浙江省民营企业发展促进条例');
    await expect(part).toBeEnabled();
    // Its options are the policy's own chapters, in order, and nothing of another policy.
    const policies = await apiPolicies(page.request);
    const chapters = (policies.find((p) => p.id === REGULATIONS.privateEnterprises)?.divisions ?? [])
      .filter((d) => !d.id.includes('.'))
      .map((d) => d.name);
    await expect(part.locator('option')).toHaveText(['全部', ...chapters]);
    // The part of the policy's first result for the query: choosing it keeps that result.
    const inPolicy = await allResultPaths(page);
    const top = (policies.find((p) => p.id === REGULATIONS.privateEnterprises)?.divisions ?? []).filter(
      (d) => !d.id.includes('.'),
    );
    const first = Number(inPolicy[0]?.split('/')[3]);
    const holding = top.find((d) => d.clauses.includes(first));
    if (!holding) throw new Error(`no chapter holds provision ${String(first)}`);
    const chosen = holding.name;
    await part.selectOption(chosen);
    await expect(page).toHaveURL(/part=/u);
    const inChapter = (p: string) =>
      policyOf(p) === REGULATIONS.privateEnterprises && holding.clauses.includes(Number(p.split('/')[3]));
    // The results follow the filter: every one stands in the chapter, the policy's first among them.
    await expect.poll(async () => (await resultPaths(page)).every(inChapter)).toBe(true);
    const inPart = await allResultPaths(page);
    expect(inPart).toContain(inPolicy[0]);
    expect(inPart.every(inChapter)).toBe(true);
    expect(inPart.length).toBeLessThanOrEqual(inPolicy.length);
    // Opened from its address, the filter is restored with the policy's parts.
    await page.reload();
    await resultsFor(page, '知识产权');
    await expect(part).toHaveValue(chosen);
    // Another policy: the part is reset, never carried into a document that lacks it.
    await page.getByLabel('政策', { exact: true }).selectOption('');
    await expect(part).toBeDisabled();
    await expect(page).not.toHaveURL(/part=/);
  });

  // Which policies are of a kind or a status comes from /api/policies.json (the opinions of 2018
  // and 2024 are both 规范性文件, both expired), so the tests follow the base as it grows.
  test('the kind filter tells regulations (地方性法规) from the opinions (规范性文件)', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    const ofKind = (kind: string) => new Set(policies.filter((p) => p.kind === kind).map((p) => p.id));
    const opinionIds = ofKind('规范性文件');
    const regulationIds = ofKind('地方性法规');
    expect([...opinionIds]).toContain(POLICY);
    await open(page, '人才', { kind: '规范性文件' });
    await expect(page.getByLabel('文件类别', { exact: true })).toHaveValue('规范性文件');
    const opinions = await allResultPaths(page);
    expect(opinions.length).toBeGreaterThan(0);
    expect(opinions.filter((p) => !opinionIds.has(policyOf(p)))).toEqual([]);
    await page.getByLabel('文件类别', { exact: true }).selectOption('地方性法规');
    await expect(page).toHaveURL(/kind=%E5%9C%B0%E6%96%B9/);
    await expect.poll(async () => (await resultPaths(page)).some((p) => opinionIds.has(policyOf(p)))).toBe(false);
    const regulations = await allResultPaths(page);
    expect(regulations.length).toBeGreaterThan(0);
    expect(regulations.filter((p) => !regulationIds.has(policyOf(p)))).toEqual([]);
  });

  test('the status filter keeps the policies in force or the expired ones', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    const withStatus = (label: string) => new Set(policies.filter((p) => p.status.label === label).map((p) => p.id));
    const expiredIds = withStatus('已失效');
    const inForceIds = withStatus('现行有效');
    expect([...expiredIds]).toContain(POLICY);
    await open(page, '资助', { status: '已失效' });
    await expect(page.getByLabel('时效', { exact: true })).toHaveValue('已失效');
    const expired = await allResultPaths(page);
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.filter((p) => !expiredIds.has(policyOf(p)))).toEqual([]);
    await page.getByLabel('时效', { exact: true }).selectOption('现行有效');
    await expect(page).toHaveURL(/status=%E7%8E%B0%E8%A1%8C/);
    await expect.poll(async () => (await resultPaths(page)).some((p) => expiredIds.has(policyOf(p)))).toBe(false);
    const inForce = await allResultPaths(page);
    expect(inForce.length).toBeGreaterThan(0);
    expect(inForce.filter((p) => !inForceIds.has(policyOf(p)))).toEqual([]);
  });

  test('a filter without a query lists what it keeps', async ({ page }) => {
    await open(page, '', { policy: REGULATIONS.crossBorder });
    await expect.poll(() => resultCount(page)).toBeGreaterThan(40);
    expect((await resultPaths(page)).every((p) => policyOf(p) === REGULATIONS.crossBorder)).toBe(true);
  });
});
