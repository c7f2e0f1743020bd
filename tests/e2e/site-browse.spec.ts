/**
 * Browsing a base of any size: /policies/ by facets (level, kind, status, issuer) with counts, pages
 * and its state in the URL; the home page's sections; a long policy's collapsible table of contents;
 * the policy named beside every provision of lists that gather several policies. Every expectation
 * is read from the API or the page, so that the tests hold on the six-policy base and on hundreds.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiPolicies, getJson, type ApiPolicy } from './helpers/api';
import { TOC_OPEN_MAX } from '../../src/lib/kb/tree';

/** The count an option states, as in 浙江省（6）. */
function countOf(text: string): number {
  const m = /（(\d+)）$/u.exec(text.trim());
  if (!m) throw new Error(`no count in option "${text}"`);
  return Number(m[1]);
}

/** The options of a facet select with their value and stated count, 全部 left out. */
async function options(select: Locator): Promise<{ value: string; n: number; disabled: boolean }[]> {
  const all = await select
    .locator('option')
    .evaluateAll((os) =>
      (os as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.textContent, disabled: o.disabled })),
    );
  return all.filter((o) => o.value !== '').map((o) => ({ value: o.value, n: countOf(o.text), disabled: o.disabled }));
}

/** The rows of the policy list that show, and the page size the list was built with. */
async function listState(page: Page): Promise<{ visible: Locator; size: number }> {
  const size = Number(await page.locator('.policy-browser').getAttribute('data-page-size'));
  return { visible: page.locator('.policy-card').filter({ visible: true }), size };
}

test.describe('/policies/ facets', () => {
  test('each option of level, kind and status counts the rows it shows, and the counts add up to the base', async ({
    page,
  }) => {
    const policies = await apiPolicies(page.request);
    await page.goto('/policies/');
    const { visible, size } = await listState(page);
    await expect(page.locator('.policy-card')).toHaveCount(policies.length);
    await expect(visible).toHaveCount(Math.min(policies.length, size));
    const facets: [string, string, (p: ApiPolicy) => string][] = [
      ['层级', 'level', (p) => p.level],
      ['文件类别', 'kind', (p) => (p.kind === 'unknown' ? '类别未知' : p.kind)],
      ['时效', 'status', (p) => p.status.label],
    ];
    for (const [label, param, valueOf] of facets) {
      const select = page.getByLabel(label, { exact: true });
      const opts = await options(select);
      // Each policy has one level, one kind, one status: the options share the base out.
      expect(opts.reduce((sum, o) => sum + o.n, 0)).toBe(policies.length);
      for (const o of opts) {
        expect(o.n, `${label} ${o.value}`).toBe(policies.filter((p) => valueOf(p) === o.value).length);
        await select.selectOption(o.value);
        await expect(page).toHaveURL(new RegExp(`[?&]${param}=${encodeURIComponent(o.value)}(&|$)`));
        await expect(visible).toHaveCount(Math.min(o.n, size));
        const shown = await visible.evaluateAll((lis, p) => lis.map((li) => (li as HTMLElement).dataset[p]), param);
        expect(new Set(shown)).toEqual(new Set([o.value]));
        await expect(page.getByRole('status')).toContainText(
          o.n === policies.length
            ? `共 ${String(policies.length)} 份`
            : `显示 ${String(o.n)} 份，共 ${String(policies.length)} 份`,
        );
      }
      await select.selectOption('');
    }
    await expect(page).toHaveURL(/\/policies\/$/);
  });

  test('two facets combine, each count says what choosing it gives, and the state is restored from the URL', async ({
    page,
  }) => {
    const policies = await apiPolicies(page.request);
    // The most common level, then the most common kind within it.
    const tally = (xs: string[]) =>
      [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const level = tally(policies.map((p) => p.level))[0]?.[0] ?? '';
    const inLevel = policies.filter((p) => p.level === level);
    const kind = tally(inLevel.map((p) => p.kind))[0]?.[0] ?? '';
    const both = inLevel.filter((p) => p.kind === kind);
    await page.goto('/policies/');
    await page.getByLabel('层级', { exact: true }).selectOption(level);
    // With a level chosen, each kind counts the policies of that level.
    for (const o of await options(page.getByLabel('文件类别', { exact: true })))
      expect(o.n).toBe(inLevel.filter((p) => p.kind === o.value).length);
    await page.getByLabel('文件类别', { exact: true }).selectOption(kind);
    const { visible, size } = await listState(page);
    await expect(visible).toHaveCount(Math.min(both.length, size));
    const url = page.url();
    expect(new URL(url).searchParams.get('level')).toBe(level);
    expect(new URL(url).searchParams.get('kind')).toBe(kind);
    // A fresh visit of the address shows the same list.
    const again = await page.context().newPage();
    await again.goto(url);
    await expect(again.getByLabel('层级', { exact: true })).toHaveValue(level);
    await expect(again.getByLabel('文件类别', { exact: true })).toHaveValue(kind);
    await expect(again.locator('.policy-card').filter({ visible: true })).toHaveCount(Math.min(both.length, size));
    const titles = await again
      .locator('.policy-card')
      .filter({ visible: true })
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['title'] ?? ''));
    expect(titles.filter((t) => !both.some((p) => p.title === t))).toEqual([]);
    // 清除筛选 gives the whole list back.
    await again.getByRole('button', { name: '清除筛选' }).click();
    await expect(again).toHaveURL(/\/policies\/$/);
    await expect(again.locator('.policy-card').filter({ visible: true })).toHaveCount(Math.min(policies.length, size));
    await again.close();
  });

  test('the issuer, the support switch and words of the title filter too', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    await page.goto('/policies/');
    const { visible, size } = await listState(page);
    const issuer = page.getByLabel('发布机关', { exact: true });
    const first = (await options(issuer))[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(first.n).toBe(policies.filter((p) => p.issuers.includes(first.value)).length);
    await issuer.selectOption(first.value);
    await expect(visible).toHaveCount(Math.min(first.n, size));
    await expect(page).toHaveURL(/[?&]issuer=/);
    await issuer.selectOption('');

    const support = page.getByRole('checkbox', { name: /只看含奖励与支持的/ });
    const withAwards = policies.filter((p) => p.awardCount > 0);
    await expect(support).toHaveAccessibleName(`只看含奖励与支持的（${String(withAwards.length)}）`);
    await support.check();
    await expect(page).toHaveURL(/[?&]support=1/);
    await expect(visible).toHaveCount(Math.min(withAwards.length, size));
    await support.uncheck();

    // Words of one title find that policy.
    const target = policies[0] as ApiPolicy;
    const words = target.title.slice(0, 6);
    await page.getByLabel('标题含', { exact: true }).fill(words);
    await expect(page).toHaveURL(/[?&]q=/);
    const matching = policies.filter((p) => p.title.includes(words));
    await expect(visible).toHaveCount(Math.min(matching.length, size));
    await expect(visible.getByRole('link', { name: target.title, exact: true })).toBeVisible();
    await page.getByLabel('标题含', { exact: true }).fill('不会出现在任何标题里的字串');
    await expect(visible).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('没有符合条件的政策文件');
  });

  test('the newest come first, and the order by title is kept in the URL', async ({ page }) => {
    await page.goto('/policies/');
    const dates = await page
      .locator('.policy-card')
      .filter({ visible: true })
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['date'] ?? ''));
    const dated = dates.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated);
    await page.getByLabel('排序', { exact: true }).selectOption('title');
    await expect(page).toHaveURL(/[?&]sort=title/);
    const titles = await page
      .locator('.policy-card')
      .filter({ visible: true })
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['title'] ?? ''));
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-CN').compare));
  });

  test('pages of the list are addresses: ?page=n shows its rows, the pager moves and Back returns', async ({
    page,
  }) => {
    const policies = await apiPolicies(page.request);
    await page.goto('/policies/');
    const { visible, size } = await listState(page);
    const last = Math.ceil(policies.length / size);
    const pager = page.getByRole('navigation', { name: '政策文件的分页', exact: true });
    if (last <= 1) {
      // One page: no pager, every row shows.
      await expect(pager).toBeHidden();
      await expect(visible).toHaveCount(policies.length);
      return;
    }
    const firstPage = await visible.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['title']));
    await pager.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pager.locator('[aria-current="page"]')).toHaveText('2');
    await expect(visible).toHaveCount(Math.min(size, policies.length - size));
    const secondPage = await visible.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['title']));
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    await page.goBack();
    await expect(page).toHaveURL(/\/policies\/$/);
    await expect(visible).toHaveCount(size);
    // The last page by address, and a page past the end is the last.
    await page.goto(`/policies/?page=${String(last + 5)}`);
    await expect(page).toHaveURL(new RegExp(`[?&]page=${String(last)}`));
    await expect(visible).toHaveCount(policies.length - (last - 1) * size);
  });

  test('a value no policy carries is dropped, not applied', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    await page.goto('/policies/?level=火星&kind=不存在');
    const { visible, size } = await listState(page);
    await expect(page.getByLabel('层级', { exact: true })).toHaveValue('');
    await expect(visible).toHaveCount(Math.min(policies.length, size));
    await expect(page).toHaveURL(/\/policies\/$/);
  });

  test('without JavaScript the whole list shows, newest first, and no filter that cannot work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const policies = await apiPolicies(page.request);
    await page.goto('/policies/');
    await expect(page.locator('.policy-card').filter({ visible: true })).toHaveCount(policies.length);
    await expect(page.getByRole('form', { name: '筛选政策文件' })).toBeHidden();
    await context.close();
  });
});

test.describe('home', () => {
  test('leads with search, the support policies with their status, and the newest documents', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    await page.goto('/');
    const search = page.getByRole('main').getByRole('search', { name: '搜索政策条款' });
    await search.getByRole('searchbox').fill('绿色工厂');
    await search.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E7%BB%BF%E8%89%B2%E5%B7%A5%E5%8E%82$/);
    await page.goto('/');

    const support = page.locator('section', { has: page.getByRole('heading', { name: /^扶持政策/ }) });
    const withAwards = policies.filter((p) => p.awardCount > 0);
    await expect(support.getByRole('heading')).toHaveText(`扶持政策（含奖励与支持的 ${String(withAwards.length)} 份）`);
    const rows = support.getByRole('listitem');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(Math.min(6, withAwards.length));
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const title = await row.getByRole('link').first().textContent();
      const policy = withAwards.find((p) => p.title === title);
      expect(policy, `${String(title)} grants support`).toBeDefined();
      await expect(row.locator('.status-pill')).toHaveText(policy?.status.label ?? '');
    }
    // In force before expired.
    const states = await rows.locator('.status-pill').allTextContents();
    const firstExpired = states.indexOf('已失效');
    if (firstExpired >= 0) expect(states.slice(firstExpired).every((s) => s === '已失效')).toBe(true);

    const newest = page.locator('section', { has: page.getByRole('heading', { name: '最新文件' }) });
    const items = newest.getByRole('listitem');
    expect(await items.count()).toBeLessThanOrEqual(6);
    expect(await items.count()).toBe(Math.min(6, policies.length));
    await expect(newest.getByRole('link', { name: `全部 ${String(policies.length)} 份政策文件 →` })).toHaveAttribute(
      'href',
      '/policies/',
    );
    // Each level link opens the list filtered to it.
    const levelLink = newest.getByRole('link', { name: /^(国家|浙江省|杭州市|其他)（\d+）$/ }).first();
    const [, level = '', count = '0'] = /^(.+)（(\d+)）$/u.exec((await levelLink.textContent()) ?? '') ?? [];
    expect(Number(count)).toBe(policies.filter((p) => p.level === level).length);
    await levelLink.click();
    await expect(page.getByLabel('层级', { exact: true })).toHaveValue(level);
    // The home page never lists the whole base: a handful of titles in each list.
    await page.goto('/');
    expect(await page.locator('main .home-policies > li').count()).toBeLessThanOrEqual(12);
  });
});

test.describe('a long policy stays usable', () => {
  test('the table of contents opens and closes by division; a long policy opens closed', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    const divided = policies.filter((p) => p.divisions.length > 0).sort((a, b) => b.clauseCount - a.clauseCount);
    const longest = divided[0];
    expect(longest).toBeDefined();
    if (!longest) return;
    await page.goto(longest.url);
    const toc = page.getByRole('navigation', { name: '目录' });
    const branches = toc.locator('details.toc-branch');
    expect(await branches.count()).toBeGreaterThan(0);
    const closed = longest.clauseCount > TOC_OPEN_MAX;
    const visibleLinks = () => toc.getByRole('link').filter({ visible: true }).count();
    if (closed) {
      // Closed: the reader sees the divisions, never every provision at once.
      await expect(toc.locator('details.toc-branch[open]')).toHaveCount(0);
      expect(await visibleLinks()).toBeLessThan(longest.clauseCount);
    }
    const first = branches.first();
    const inside = first.locator('ol').first().getByRole('link').first();
    if (closed) {
      await expect(inside).toBeHidden();
      await first.locator('summary').first().click();
      await expect(first).toHaveAttribute('open', '');
      await expect(inside).toBeVisible();
    } else {
      await expect(inside).toBeVisible();
      await first.locator('summary').first().click();
      await expect(inside).toBeHidden();
      await first.locator('summary').first().click();
    }
    // A link inside leads to its place in the text.
    const href = (await inside.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#/);
    await inside.click();
    await expect(page.locator(href)).toBeInViewport();
  });

  test('a provision page of a long policy lists the provisions of its own division only', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const policies = await apiPolicies(page.request);
    const longest = policies.filter((p) => p.divisions.length > 0).sort((a, b) => b.clauseCount - a.clauseCount)[0];
    if (!longest) return;
    const last = longest.divisions.at(-1);
    const n = last?.clauses.at(-1) ?? 1;
    await page.goto(`${longest.url}${String(n)}/`);
    const aside = page.getByRole('navigation', { name: `${longest.shortTitle}目录` });
    const current = aside.locator('[aria-current="page"]');
    await expect(current).toBeVisible();
    const links = await aside.getByRole('link').count();
    if (longest.clauseCount > TOC_OPEN_MAX) expect(links).toBeLessThan(longest.clauseCount);
    else expect(links).toBeGreaterThanOrEqual(longest.clauseCount);
  });
});

test.describe('lists that gather provisions of several policies name each one’s policy', () => {
  test('industry pages', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    const short = new Map(policies.map((p) => [p.id, p.shortTitle]));
    const industries = await getJson<{ url: string; provisions: { policy: string; url: string }[] }[]>(
      page.request,
      'industries.json',
    );
    const industry = industries.sort(
      (a, b) => new Set(b.provisions.map((p) => p.policy)).size - new Set(a.provisions.map((p) => p.policy)).size,
    )[0];
    if (!industry || industry.provisions.length === 0) return;
    await page.goto(industry.url);
    const items = page.locator('ul.clause-list > li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const li of await items.all()) {
      const href = (await li.getByRole('link').first().getAttribute('href')) ?? '';
      // The provision's address names its policy: /policies/<id>/<n>/.
      const policy = /^\/policies\/([^/]+)\//u.exec(href)?.[1] ?? '';
      await expect(li.locator('.policy-of')).toHaveText(short.get(policy) ?? '(unknown)');
    }
  });

  test('support-type and reference pages', async ({ page }) => {
    const policies = await apiPolicies(page.request);
    const titles = policies.map((p) => p.shortTitle);
    await page.goto('/support-types/');
    await page
      .getByRole('main')
      .getByRole('link', { name: /奖励|资助/ })
      .first()
      .click();
    // count() does not wait: read after the support type's page has loaded, not the list it came from.
    const cells = page.locator('td.clause-cell');
    await expect(cells.first()).toBeVisible();
    for (const text of await cells.locator('.part-of').allTextContents()) expect(titles).toContain(text);
    const refs = await getJson<{ url: string; citations: { policy: string }[] }[]>(page.request, 'references.json');
    const ref = refs.find((r) => r.citations.length > 0);
    if (!ref) return;
    await page.goto(ref.url);
    const cited = page.locator('.cited-by > li');
    expect(await cited.count()).toBe(ref.citations.length);
    for (const [i, c] of ref.citations.entries())
      await expect(cited.nth(i).getByRole('link').first()).toContainText(short(c.policy, policies));
  });
});

/** The short title of a policy by id. */
function short(id: string, policies: ApiPolicy[]): string {
  return policies.find((p) => p.id === id)?.shortTitle ?? id;
}
