import { expect, test } from '@playwright/test';
import type { AwardJson, ClauseJson } from '../../src/lib/site/api-types';

/** The 2024 policy (杭政函〔2024〕16号) and one of its ceilings: （十八） 对首次认定的新雏鹰企业，给予最高50万元奖励. */
const POLICY = 'hz-2024-economy-policies';
const AWARD = 'hz2024-new-young-eagle';

test.describe('the 2024 policy’s ceilings (最高…) and departments', () => {
  test('its provision page shows the award with 最高 and the item’s 责任单位', async ({ page }) => {
    await page.goto(`/policies/${POLICY}/18/`);
    const row = page.locator(`#award-${AWARD}`);
    await expect(row).toContainText('首次认定的新雏鹰企业');
    await expect(row).toContainText('最高50万元');
    const facets = page.locator('dl.facets');
    await expect(facets.getByText('责任单位', { exact: true })).toBeVisible();
    await expect(facets).toContainText('市科技局');
  });

  test('its policy page lists each department with its items', async ({ page }) => {
    await page.goto(`/policies/${POLICY}/`);
    const departments = page.locator('details.departments');
    await departments.locator('summary').click();
    const tech = departments.locator('li').filter({ hasText: /^市科技局：/ });
    await expect(tech.getByRole('link', { name: '第（十八）条' })).toHaveAttribute('href', `/policies/${POLICY}/18/`);
  });

  test('/api/awards.json gives it as a ceiling, never a sure sum, and /api/clauses.json the departments', async ({
    request,
  }) => {
    const awards = (await (await request.get('/api/awards.json')).json()) as AwardJson[];
    expect(awards.find((a) => a.id === AWARD)).toMatchObject({
      policy: POLICY,
      amountType: 'upTo',
      amountText: '最高50万元',
      amountYuan: null,
      maxYuan: 500_000,
      departments: ['市科技局'],
    });
    const clauses = (await (await request.get('/api/clauses.json')).json()) as ClauseJson[];
    expect(clauses.find((c) => c.policy === POLICY && c.number === 3)?.departments).toEqual([
      '市发改委',
      '市财政局',
      '中国人民银行浙江省分行',
    ]);
  });

  test('the calculator says 最高, keeps it out of the total, and shows the policy expired', async ({ page }) => {
    await page.goto('/calculator/');
    await page.getByRole('checkbox', { name: /^首次认定的新雏鹰企业/ }).check();
    const total = page.getByRole('status');
    await expect(total).toContainText('按原政策测算（已失效）：0元（所选奖励只规定上限，没有确定金额）');
    await expect(total).toContainText('另有1项只规定上限：最高共50万元（实际金额以核定为准，不计入合计）');
    const item = page.locator(`#calc-items [data-award="${AWARD}"]`);
    await expect(item).toContainText('最高50万元（上限）');
    await expect(item).not.toContainText(/定额/);
    await expect(page.locator(`#calc-statuses [data-policy="${POLICY}"]`)).toContainText('已失效');
    await expect(page.locator(`#calc-statuses [data-policy="${POLICY}"]`)).toContainText('2024年12月31日');
    // Beside a sure sum of the 2018 opinion, the total is that sum alone.
    await page.getByRole('checkbox', { name: /^国家级制造业“单项冠军”示范企业/ }).check();
    await expect(total).toContainText('按原政策测算（已失效）：200万元（1项可计算）');
    await expect(page.locator('#calc-bar-total')).toHaveText(
      '按原政策测算（已失效）：200万元 · 另有最高50万元（上限）',
    );
  });
});
