/**
 * Lists that grow with the base are paged. On the default build the real base fits one page, and
 * every list must be whole there; `npm run test:e2e:layouts` runs this file again on a build of
 * the same base with LIST_PAGE_SIZE=10 and EXPECT_PAGED=1, where the lists must be paged as a
 * large base's would be: a missing pager fails, it is not taken for a list that fits.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getJson, type ApiAward } from './helpers/api';
import { readPagedTable } from './helpers/paging';

type Award = ApiAward & { condition: string; kind: string };

/** Whether the build under test must page its lists (set by `npm run test:e2e:layouts`). */
const PAGED = process.env['EXPECT_PAGED'] === '1';

/** The page size of a paged list: every page but the last is full. */
function pageSizeOf(pages: { rows: string[] }[]): number {
  return pages[0]?.rows.length ?? 0;
}

test.describe('paged lists', () => {
  test('the /awards/ pages list every award once, in order, and each page holds at most one page of rows', async ({
    page,
    request,
  }) => {
    const awards = await getJson<Award[]>(request, 'awards.json');
    const pages = await readPagedTable(page, '/awards/', /^全部 \d+ 项奖励与支持/);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(awards.length);
    for (const [i, a] of awards.entries()) expect(rows[i], `row ${String(i + 1)}`).toContain(a.condition);
    expect(pages.length > 1, `${String(pages.length)} page(s) of awards`).toBe(PAGED);
    const size = pageSizeOf(pages);
    expect(pages.slice(0, -1).every((p) => p.rows.length === size)).toBe(true);
    expect(pages.at(-1)?.rows.length).toBeGreaterThan(0);
    expect(pages.at(-1)?.rows.length).toBeLessThanOrEqual(size);
  });

  test('只看现行有效 on a paged list goes to the pages of its rows in force, which list each of them once', async ({
    page,
    request,
  }) => {
    if (!PAGED) {
      // A list of one page has no pages of its own for the rows in force: its switch hides rows in place (site-validity).
      expect((await page.goto('/awards/in-force/'))?.status()).toBe(404);
      return;
    }
    const awards = await getJson<(Award & { status: { state: string } })[]>(request, 'awards.json');
    const inForce = awards.filter((a) => a.status.state === 'in-force');
    expect(inForce.length, 'some awards in force').toBeGreaterThan(0);
    expect(inForce.length, 'some awards not in force').toBeLessThan(awards.length);
    await page.goto('/awards/2/');
    await expect(
      page.getByText(`全部列表中有 ${String(awards.length - inForce.length)} 项出自已失效或非现行有效的政策`),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: '只看现行有效' }).check();
    await expect(page).toHaveURL(/\/awards\/in-force\/$/u);
    await expect(page.getByRole('checkbox', { name: '只看现行有效' })).toBeChecked();
    await expect(page.getByText(`已隐藏全部列表中 ${String(awards.length - inForce.length)} 项`)).toBeVisible();
    // Across its pages, every award in force once and in order, and nothing else.
    const pages = await readPagedTable(page, '/awards/in-force/', /^全部 \d+ 项奖励与支持（只看现行有效）/);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(inForce.length);
    for (const [i, a] of inForce.entries()) expect(rows[i], `row ${String(i + 1)}`).toContain(a.condition);
    expect(pages.every((p) => p.url.startsWith('/awards/in-force/'))).toBe(true);
    // Off again: back to every award; a link to the list with ?status=现行有效 lands on the rows in force.
    await page.getByRole('checkbox', { name: '只看现行有效' }).uncheck();
    await expect(page).toHaveURL(/\/awards\/$/u);
    await page.goto('/targets/?status=现行有效');
    await expect(page).toHaveURL(/\/targets\/in-force\/$/u);
  });

  test('a page with a pager has no accessibility violations, on a phone too', async ({ page }) => {
    // Axe runs twice over the whole /awards/ page, which the 2024 policy's curated awards brought to
    // 107 rows (about 125 KB, still one page at the default page size): 7 to 15 s on its own, past
    // the default 30 s beside the other workers of a full run (it timed out, with no violation).
    test.slow();
    for (const width of [1200, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/awards/');
      expect((await page.getByRole('navigation', { name: '奖励一览的分页' }).count()) > 0, 'a pager').toBe(PAGED);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // Nothing overflows the phone's width: the pager wraps.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });

  test('a single page filters in place; a paged list sends sorting and filtering to the search page', async ({
    page,
  }) => {
    await page.goto('/awards/');
    const pager = page.getByRole('navigation', { name: '奖励一览的分页' });
    if (!PAGED) {
      await expect(pager).toHaveCount(0);
      await expect(page.getByRole('form', { name: '筛选奖励' })).toBeVisible();
      return;
    }
    await expect(pager.first()).toBeVisible();
    await expect(page.getByRole('form', { name: '筛选奖励' })).toHaveCount(0);
    await page.getByRole('link', { name: '搜索页的奖励列表' }).click();
    await expect(page).toHaveURL(/\/search\/\?sort=award$/);
    await expect(page.locator('[data-search-status]')).toContainText('找到');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
  });

  test('the pager goes to any page, back and forth, and names its pages', async ({ page, request }) => {
    await page.goto('/awards/');
    const pager = page.getByRole('navigation', { name: '奖励一览的分页' }).first();
    if (!PAGED) {
      // One page lists every award, with no pager.
      await expect(pager).toHaveCount(0);
      const awards = await getJson<Award[]>(request, 'awards.json');
      await expect(page.getByRole('table', { name: /^全部 \d+ 项奖励与支持/ }).locator('tbody tr')).toHaveCount(
        awards.length,
      );
      return;
    }
    await expect(pager).toBeVisible();
    const numbers = await pager.getByRole('link', { name: /^第 \d+ 页$/ }).allTextContents();
    const last = Math.max(...numbers.map(Number));
    await expect(pager.getByText('上一页')).not.toHaveAttribute('href');
    await pager.getByRole('link', { name: `第 ${String(last)} 页` }).click();
    await expect(page).toHaveURL(new RegExp(`/awards/${String(last)}/$`));
    await expect(page).toHaveTitle(new RegExp(`^奖励一览（第 ${String(last)} 页）`));
    const here = page.getByRole('navigation', { name: '奖励一览的分页' }).first();
    await expect(here.getByText('下一页')).not.toHaveAttribute('href');
    await here.getByRole('link', { name: '上一页' }).click();
    await expect(page).toHaveURL(new RegExp(`/awards/${last - 1 > 1 ? `${String(last - 1)}/` : ''}$`));
    // Budgets are on the first page only.
    await expect(page.getByRole('heading', { name: '专项资金与基金' })).toHaveCount(last - 1 === 1 ? 1 : 0);
  });

  test('budgets are listed whole, on /awards/ or on their own pages', async ({ page }) => {
    await page.goto('/awards/');
    const link = page.getByRole('link', { name: /^查看全部 \d+ 项专项资金与基金/ });
    if ((await link.count()) === 0) {
      await expect(page.getByRole('table', { name: /项专项资金与基金$/ })).toContainText('100亿元');
      return;
    }
    const n = Number(/(\d+)/.exec((await link.textContent()) ?? '')?.[1]);
    const pages = await readPagedTable(page, '/awards/budgets/', /^专项资金与基金，共 \d+ 项/);
    expect(pages.flatMap((p) => p.rows)).toHaveLength(n);
    expect(pages.flatMap((p) => p.rows).join(' ')).toContain('100亿元');
  });

  test('each support type lists every award of its kind across its pages', async ({ page, request }) => {
    const awards = await getJson<Award[]>(request, 'awards.json');
    await page.goto('/support-types/');
    const types = await page
      .locator('main a[href^="/support-types/"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.textContent.trim() })));
    const checked = types.filter((t) => awards.some((a) => t.name === a.kind));
    expect(checked.length).toBeGreaterThan(1);
    let pagedTypes = 0;
    for (const type of checked) {
      const kind = type.name;
      const pages = await readPagedTable(page, type.href, new RegExp(`^以“${kind}”方式给予的`));
      if (pages.length > 1) pagedTypes++;
      const rows = pages.flatMap((p) => p.rows);
      const own = awards.filter((a) => a.kind === kind);
      expect(rows, type.href).toHaveLength(own.length);
      for (const [i, a] of own.entries()) expect(rows[i]).toContain(a.condition);
    }
    // The largest support types outgrow a page of 10 rows.
    expect(pagedTypes > 0, `${String(pagedTypes)} support type(s) on more than one page`).toBe(PAGED);
  });

  test('every target is listed once across the /targets/ pages', async ({ page }) => {
    await page.goto('/targets/');
    const n = Number(/提出的 (\d+) 项量化目标/.exec((await page.locator('.lead').textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    const pages = await readPagedTable(page, '/targets/', /^全部 \d+ 项量化目标/);
    expect(pages.length > 1, `${String(pages.length)} page(s) of targets`).toBe(PAGED);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(n);
    expect(new Set(rows).size).toBe(rows.length);
  });

  test('an industry page lists awards open to every industry, or their largest beside a link to all', async ({
    page,
  }) => {
    await page.goto('/industries/biomedicine/');
    const heading = page.getByRole('heading', { name: /^不限产业的奖励与支持（\d+ 项）$/ });
    const n = Number(/（(\d+) 项）/.exec((await heading.textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    const all = page.getByRole('link', { name: `查看全部 ${String(n)} 项不限产业的奖励与支持 →` });
    expect((await all.count()) > 0, 'a link to every award open to all industries').toBe(PAGED);
    // They are the same on every industry page: collapsed after what names the industry.
    await page.getByText(/^展开不限产业的 \d+ 项奖励与支持$/u).click();
    if (!PAGED) {
      await expect(page.getByRole('table', { name: '不限产业的奖励与支持' }).locator('tbody tr')).toHaveCount(n);
      return;
    }
    const preview = page.getByRole('table', { name: /^不限产业的奖励与支持中金额最高的 \d+ 项$/ });
    const amounts = await preview
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset['amount'] ?? -1)));
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.length).toBeLessThan(n);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const top = ((await preview.locator('tbody tr').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await page.getByRole('link', { name: `查看全部 ${String(n)} 项不限产业的奖励与支持 →` }).click();
    await expect(page).toHaveURL(/\/awards\/general\/$/);
    const pages = await readPagedTable(page, '/awards/general/', /^不限产业的奖励与支持，共 \d+ 项/);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(n);
    // The preview's largest award is among them, as the same row.
    expect(rows).toContain(top);
  });

  test('the industry with the most clauses lists every clause naming it, on its page or on pages of their own', async ({
    page,
    request,
  }) => {
    const industries = await getJson<{ id: string; name: string; provisions: { url: string }[] }[]>(
      request,
      'industries.json',
    );
    const most = [...industries].sort((a, b) => b.provisions.length - a.provisions.length)[0];
    expect(most).toBeDefined();
    if (!most) return;
    await page.goto(`/industries/${most.id}/`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: /^提到“.+”的条款/ }) });
    await expect(section.getByRole('heading')).toHaveText(
      `提到“${most.name}”的条款（${String(most.provisions.length)} 条）`,
    );
    const more = section.getByRole('link', { name: /^查看全部 \d+ 条/ });
    expect((await more.count()) > 0, 'a link to every clause').toBe(PAGED);
    const hrefsOn = async () =>
      page
        .locator('ul.clause-list a[href^="/policies/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const expected = most.provisions.map((p) => p.url).sort();
    if (!PAGED) {
      const shown = await section
        .locator('ul.clause-list a[href^="/policies/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect([...new Set(shown)].sort()).toEqual(expected);
      return;
    }
    // Each page is opened by its address (not by a click), so that no page is read before it loaded.
    let url: string | null = await more.first().getAttribute('href');
    const seen: string[] = [];
    for (let pages = 0; url !== null; pages++) {
      expect(pages, 'the pager ends').toBeLessThan(500);
      await page.goto(url);
      seen.push(...(await hrefsOn()));
      const next = page
        .getByRole('navigation', { name: /的分页/ })
        .first()
        .locator('a[rel="next"]');
      url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
    }
    expect([...new Set(seen)].sort()).toEqual(expected);
  });
});

test.describe('calculator by policy', () => {
  test('/calculator/ holds every policy with awards, or lists their calculators', async ({ page, request }) => {
    const awards = await getJson<Award[]>(request, 'awards.json');
    const policies = [...new Set(awards.map((a) => a.policy))];
    await page.goto('/calculator/');
    const form = page.getByRole('form', { name: '申报项目' });
    // Past 3 list pages of awards (30 on the layouts build), each policy has its own calculator.
    await expect(form).toHaveCount(PAGED ? 0 : 1);
    if (!PAGED) {
      await expect(form.locator('section.calc-policy')).toHaveCount(policies.length);
      return;
    }
    for (const id of policies) await expect(page.locator(`main a[href="/calculator/${id}/"]`)).toHaveCount(1);
  });

  test("a policy's own calculator computes that policy's awards only", async ({ page, request }) => {
    const awards = await getJson<Award[]>(request, 'awards.json');
    const green = awards.find((a) => a.condition.startsWith('获评国家级绿色工厂'));
    expect(green).toBeDefined();
    await page.goto(`/calculator/${green?.policy ?? ''}/`);
    await expect(page.locator('section.calc-policy')).toHaveCount(1);
    const others = awards.filter((a) => a.policy !== green?.policy);
    for (const a of others.slice(0, 3))
      await expect(page.locator('#calc-form')).not.toContainText(a.condition.slice(0, 12));
    await page.getByRole('radio', { name: /^获评国家级绿色工厂/ }).check();
    await expect(page.getByRole('status')).toContainText('200万元');
    await expect(page).toHaveURL(new RegExp(`/calculator/${green?.policy ?? ''}/\\?`));
  });
});
