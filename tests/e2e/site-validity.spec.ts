import { expect, test } from '@playwright/test';
import { getJson, type ApiAward } from './helpers/api';

/** An award of /api/awards.json with its policy's status and expiry. */
type StatusAward = ApiAward & { status: { state: string; label: string; asOf: string }; expiresOn: string | null };

test.describe('validity where people decide', () => {
  test('/api/awards.json gives each award its policy’s status and expiry, as /api/policies.json has them', async ({
    request,
  }) => {
    const awards = await getJson<StatusAward[]>(request, 'awards.json');
    const policies = await getJson<{ id: string; status: { label: string }; expiresOn: string | null }[]>(
      request,
      'policies.json',
    );
    const byId = new Map(policies.map((p) => [p.id, p]));
    expect(awards.length).toBeGreaterThan(0);
    for (const a of awards) {
      expect(a.status.label).toBe(byId.get(a.policy)?.status.label);
      expect(a.expiresOn).toBe(byId.get(a.policy)?.expiresOn);
      expect(a.status.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
  });

  test('every row of the award list shows its policy’s status', async ({ page, request }) => {
    const awards = await getJson<StatusAward[]>(request, 'awards.json');
    await page.goto('/awards/');
    const rows = page.getByRole('table', { name: /全部/ }).locator('tbody tr');
    await expect(rows).toHaveCount(awards.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('.clause-cell .status-pill')?.textContent ?? ''),
    );
    expect(shown).toEqual(awards.map((a) => a.status.label));
  });

  test('lists of provisions of several policies show each one’s status', async ({ page }) => {
    await page.goto('/industries/industrial-design/');
    const items = page.locator('main .clause-list li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const li of await items.all())
      await expect(li.locator('.status-pill')).toHaveText(/现行有效|已失效|已废止|尚未施行|时效未知/u);
    const rows = page.locator('main table.awards-table tbody tr');
    for (const tr of await rows.all()) await expect(tr.locator('.status-pill')).toHaveCount(1);
  });

  test('只看现行有效 hides the rows of policies not in force, says how many, and lives in the URL', async ({
    page,
    request,
  }) => {
    const awards = await getJson<StatusAward[]>(request, 'awards.json');
    const inForce = awards.filter((a) => a.status.state === 'in-force').length;
    // The page lists the budgets and funds after the awards: hidden alike.
    const clauses = await getJson<{ policy: string; budgets: unknown[] }[]>(request, 'clauses.json');
    const stateOf = new Map(awards.map((a) => [a.policy, a.status.state]));
    const budgets = clauses.filter((c) => stateOf.get(c.policy) !== 'in-force').flatMap((c) => c.budgets).length;
    const others = awards.length - inForce + budgets;
    expect(others).toBeGreaterThan(budgets);
    await page.goto('/awards/');
    const rows = page.getByRole('table', { name: /全部/ }).locator('tbody tr:visible');
    await expect(rows).toHaveCount(awards.length);
    const toggle = page.getByRole('checkbox', { name: '只看现行有效' });
    await toggle.check();
    await expect(rows).toHaveCount(inForce);
    await expect(page).toHaveURL(/[?&]status=%E7%8E%B0%E8%A1%8C%E6%9C%89%E6%95%88/u);
    await expect(page.getByText(`已隐藏 ${String(others)} 项非现行有效政策的条目`)).toBeVisible();
    await expect(page.locator('form.awards-controls output')).toHaveText(
      `显示 ${String(inForce)} 项，共 ${String(awards.length)} 项`,
    );
    await toggle.uncheck();
    await expect(rows).toHaveCount(awards.length);
    await expect(page).not.toHaveURL(/status=/u);

    // Opening the address restores it, on another list too.
    await page.goto('/awards/?status=现行有效');
    await expect(page.getByRole('checkbox', { name: '只看现行有效' })).toBeChecked();
    await expect(rows).toHaveCount(inForce);
  });

  test('the home page’s largest awards put policies in force first and say each one’s status', async ({
    page,
    request,
  }) => {
    const awards = await getJson<StatusAward[]>(request, 'awards.json');
    const inForce = awards.filter((a) => a.status.state === 'in-force' && a.maxYuan !== null).length;
    await page.goto('/');
    const items = page.locator('ol.largest li');
    const states = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['state'] ?? ''));
    expect(states.length).toBeGreaterThan(0);
    const firstOther = states.findIndex((s) => s !== 'in-force');
    // Every in-force award with a stated sum comes before any other (up to the list's length).
    expect(firstOther === -1 ? states.length : firstOther).toBe(Math.min(inForce, states.length));
    for (const li of await items.all()) await expect(li.locator('.status-pill')).toHaveCount(1);
  });
});

test.describe('award list filters in the URL', () => {
  test('/awards/?industry=… opens filtered, and each filter enters the URL', async ({ page, request }) => {
    const awards = await getJson<(StatusAward & { industries: string[]; level: string | null })[]>(
      request,
      'awards.json',
    );
    const industry = awards.flatMap((a) => a.industries)[0] ?? '';
    expect(industry).not.toBe('');
    await page.goto(`/awards/?industry=${encodeURIComponent(industry)}`);
    await expect(page.getByLabel('产业', { exact: true })).toHaveValue(industry);
    const rows = page.getByRole('table', { name: /全部/ }).locator('tbody tr:visible');
    await expect(rows).toHaveCount(awards.filter((a) => a.industries.includes(industry)).length);
    await page.getByLabel('产业', { exact: true }).selectOption('');
    await page.getByLabel('级别', { exact: true }).selectOption('国家级');
    await expect(page).toHaveURL(/\?level=%E5%9B%BD%E5%AE%B6%E7%BA%A7$/u);
    await page.reload();
    await expect(page.getByLabel('级别', { exact: true })).toHaveValue('国家级');
    await expect(rows).toHaveCount(awards.filter((a) => a.level === '国家级').length);
  });
});

test.describe('industry pages and the industry filter', () => {
  test('an industry page leads with what names the industry; the awards open to all come last, collapsed', async ({
    page,
  }) => {
    await page.goto('/industries/e-commerce/');
    const headings = await page.locator('main h2').allTextContents();
    const general = headings.findIndex((h) => h.startsWith('不限产业的奖励与支持'));
    const named = headings.findIndex((h) => h.includes('提到') || h.includes('点名'));
    expect(general).toBe(headings.length - 1);
    expect(named).toBeGreaterThanOrEqual(0);
    expect(named).toBeLessThan(general);
    const rows = page.getByRole('region', { name: /不限产业的奖励与支持/u }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first()).toBeHidden();
    await page.getByText(/^展开不限产业的 \d+ 项奖励与支持$/u).click();
    await expect(rows.first()).toBeVisible();
    // Each provision listed names its policy.
    for (const li of await page.locator('main .clause-list li').all())
      await expect(li.locator('.policy-of')).not.toHaveText('');
  });

  test('the award list’s industry filter is grouped by the vocabulary’s groups', async ({ page }) => {
    await page.goto('/awards/');
    const groups = page.getByLabel('产业', { exact: true }).locator('optgroup');
    expect(await groups.count()).toBeGreaterThan(0);
    for (const g of await groups.all()) expect(await g.locator('option').count()).toBeGreaterThan(0);
  });
});
