import { expect, test } from '@playwright/test';
import { getJson, type ApiAward } from './helpers/api';

test.describe('awards table', () => {
  test('lists every award of /api/awards.json, and sorts by amount from the header', async ({ page, request }) => {
    const awards = await getJson<ApiAward[]>(request, 'awards.json');
    const largest = Math.max(...awards.map((a) => a.maxYuan ?? 0));
    expect(largest).toBe(100_000_000);

    await page.goto('/awards/');
    const table = page.getByRole('table', { name: /全部 \d+ 项奖励与支持/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(awards.length);

    const header = table.getByRole('columnheader', { name: '金额' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.first()).toContainText('1亿元');
    const amounts = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['amount'] ?? ''));
    const known = amounts.filter((a) => a !== '').map(Number);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // Awards without a stated sum come after every stated one.
    expect(amounts.slice(known.length).every((a) => a === '')).toBe(true);

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows.first()).toHaveAttribute('data-amount', String(Math.min(...known)));
  });

  test('filters by level, kind and industry', async ({ page, request }) => {
    const awards = await getJson<(ApiAward & { level: string | null; kind: string; industries: string[] })[]>(
      request,
      'awards.json',
    );
    await page.goto('/awards/');
    const rows = page.getByRole('table', { name: /全部/ }).locator('tbody tr:visible');
    await page.getByLabel('级别', { exact: true }).selectOption('国家级');
    await expect(rows).toHaveCount(awards.filter((a) => a.level === '国家级').length);
    await page.getByLabel('方式', { exact: true }).selectOption('奖励');
    await expect(rows).toHaveCount(awards.filter((a) => a.level === '国家级' && a.kind === '奖励').length);
    await page.getByLabel('级别', { exact: true }).selectOption('');
    await page.getByLabel('方式', { exact: true }).selectOption('');
    // An industry some award's sentence names (awards carry only the industries their own sentence names).
    const industry = awards.find((a) => a.industries.length > 0)?.industries[0] ?? '';
    await page.getByLabel('产业', { exact: true }).selectOption(industry);
    const tagged = awards.filter((a) => a.industries.includes(industry));
    expect(tagged.length).toBeGreaterThan(0);
    await expect(rows).toHaveCount(tagged.length);
    await expect(page.getByText(`显示 ${String(tagged.length)} 项，共 ${String(awards.length)} 项`)).toBeVisible();
  });

  test('keeps budgets and funds in a table of their own', async ({ page }) => {
    await page.goto('/awards/');
    const budgets = page.getByRole('table', { name: /专项资金与基金/ });
    await expect(budgets).toContainText('100亿元');
    await expect(page.getByRole('table', { name: /全部/ })).not.toContainText('天使投资引导基金');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is a plain full table with no dead controls', async ({ page, request }) => {
      const awards = await getJson<ApiAward[]>(request, 'awards.json');
      await page.goto('/awards/');
      await expect(page.getByRole('table', { name: /全部/ }).locator('tbody tr')).toHaveCount(awards.length);
      await expect(page.getByLabel('级别', { exact: true })).toBeHidden();
    });
  });
});

test.describe('downloads', () => {
  test('the CSV has a BOM, the header columns and one row per award', async ({ request, page }) => {
    const awards = await getJson<ApiAward[]>(request, 'awards.json');
    const res = await request.get('/api/awards.csv');
    expect(res.ok()).toBe(true);
    const bytes = await res.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    const header = (lines[0] ?? '').split(',');
    // Headers in Chinese for office users; every row says its policy's status.
    expect(header).toEqual(
      expect.arrayContaining([
        '政策',
        '时效',
        '有效期至',
        '条款',
        '条件',
        '级别',
        '支持方式',
        '金额',
        '定额（元）',
        '比例',
        '上限（元）',
        '档次',
        '原文',
        // Built without SITE_URL: the links are site paths, and the header says so.
        '链接（站内路径，请在本站网址后打开）',
      ]),
    );
    expect(lines).toHaveLength(awards.length + 1);
    // The 2018 policy keeps its 45 awards; the regulations add theirs.
    expect(awards.filter((a) => a.policy === 'hz-2018-manufacturing')).toHaveLength(45);
    expect(
      lines.some(
        (l) =>
          l.startsWith('杭州市推动制造业高质量发展的若干意见,已失效,2021-12-31,第（十六）条,') &&
          l.includes(',200万元,定额,2000000,'),
      ),
    ).toBe(true);

    await page.goto('/awards/');
    await expect(page.getByRole('link', { name: 'awards.csv' })).toHaveAttribute('href', '/api/awards.csv');
  });

  test('the JSON files follow the contract', async ({ request }) => {
    const all = await getJson<
      { policy: string; number: number; url: string; citations: { docNumber: string | null; url: string }[] }[]
    >(request, 'clauses.json');
    const clauses = all.filter((c) => c.policy === 'hz-2018-manufacturing');
    expect(clauses.map((c) => c.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const c9 = clauses.find((c) => c.number === 9);
    expect(c9?.citations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ docNumber: '杭政办函〔2018〕64号', url: '/references/hangzhengbanhan-2018-64/' }),
      ]),
    );
    const refs = await getJson<{ docNumber: string | null; citedBy: number[] }[]>(request, 'references.json');
    expect(refs.find((r) => r.docNumber === '杭政办函〔2018〕64号')?.citedBy).toEqual([9, 15]);
    const industries = await getJson<{ name: string; group: string; url: string; clauses: number[] }[]>(
      request,
      'industries.json',
    );
    expect(industries.find((i) => i.name === '生物医药')?.clauses).toContain(1);
    const policies = await getJson<{ id: string; kind: string; status: { label: string }; provisionCount: number }[]>(
      request,
      'policies.json',
    );
    expect(policies.find((p) => p.id === 'hz-2018-manufacturing')?.status.label).toBe('已失效');
    // Each policy's provisions of the lowest numbered level: the opinions' clauses (the 2024
    // policy's 76 （一） clauses under its 8 parts) and the regulations' articles.
    expect(Object.fromEntries(policies.map((p) => [p.id, p.provisionCount]))).toEqual({
      'hz-2018-manufacturing': 22,
      'hz-2024-economy-policies': 76,
      'zj-2020-digital-economy': 62,
      'zj-2009-high-tech': 31,
      'zj-2020-private-enterprises': 50,
      'hz-2016-cross-border-ecommerce': 45,
    });
    // … and clauses.json holds exactly those provisions of every policy, numbered from 1.
    for (const p of policies) {
      const numbers = all.filter((c) => c.policy === p.id).map((c) => c.number);
      expect(numbers, p.id).toEqual(Array.from({ length: p.provisionCount }, (_, i) => i + 1));
    }
    expect(policies.find((p) => p.id === 'zj-2020-digital-economy')?.kind).toBe('地方性法规');
    // Every URL in the API is a page of the site.
    for (const url of [...all.map((c) => c.url), ...industries.map((i) => i.url)]) {
      expect((await request.get(url)).status(), url).toBe(200);
    }
  });
});
