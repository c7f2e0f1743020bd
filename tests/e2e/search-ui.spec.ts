/**
 * The search page as a reader uses it: the URL holds the search, the back button works, the
 * header form works without JavaScript, results lead to highlighted words, filters narrow.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allResultPaths, clause, resultCount, resultPaths, resultsFor, search, searchBox } from './search-helpers';

test('loads the search from the URL and shows the contract markup', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('绿色工厂 资助'));
  await resultsFor(page, '绿色工厂 资助');
  await expect(searchBox(page)).toHaveValue('绿色工厂 资助');
  const first = page.getByTestId('search-results').getByTestId('search-result').first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${clause(16)}(\\?|$)`));
  await expect(first).toContainText('（十六）实施绿色制造工程');
  await expect(first).toContainText('四、构建高效率升级体系');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first.getByRole('list', { name: '奖励金额' })).toContainText('200万元');
  await expect(page.getByRole('status')).toContainText('找到 1 条结果');
});

test('typing updates the URL and the back button returns to the earlier search', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('单项冠军'));
  await resultsFor(page, '单项冠军');
  await searchBox(page).fill('首台套');
  await resultsFor(page, '首台套');
  await expect(page).toHaveURL(/\?q=%E9%A6%96%E5%8F%B0%E5%A5%97$/);
  expect((await resultPaths(page))[0]).toBe(clause(6));
  await page.goBack();
  await resultsFor(page, '单项冠军');
  await expect(searchBox(page)).toHaveValue('单项冠军');
  expect((await resultPaths(page))[0]).toBe(clause(9));
  await page.goForward();
  await resultsFor(page, '首台套');
});

test('searches as one types, key by key', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).pressSequentially('单项冠军', { delay: 30 });
  await resultsFor(page, '单项冠军');
  expect((await resultPaths(page))[0]).toBe(clause(9));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form submits to /search/?q=', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: '搜索政策条款' });
    await box.fill('绿色工厂');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E7%BB%BF%E8%89%B2%E5%B7%A5%E5%8E%82/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索条款');
  });
});

test('the header search box leads to the search page with JavaScript too', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: '搜索政策条款' });
  await box.fill('单项冠军');
  await box.press('Enter');
  await resultsFor(page, '单项冠军');
  expect((await resultPaths(page))[0]).toBe(clause(9));
});

test('an empty result offers suggestions and ways to browse', async ({ page }) => {
  await search(page, 'xyzzy');
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.getByTestId('search-result')).toHaveCount(0);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: '奖励一览' })).toHaveAttribute('href', '/awards/');
  await expect(empty.getByRole('link', { name: '产业' })).toHaveAttribute('href', '/industries/');
  await empty.getByRole('link', { name: '单项冠军' }).click();
  await resultsFor(page, '单项冠军');
});

test('words from two clauses still find both, with a note', async ({ page }) => {
  const paths = await search(page, '绿色工厂 单项冠军');
  expect(paths.slice(0, 2).sort()).toEqual([clause(9), clause(16)].sort());
  await expect(page.locator('[data-search-note]')).toContainText('部分词');
});

test('clicking a result opens the clause with the words highlighted', async ({ page }) => {
  await search(page, '补贴 绿色工厂');
  await page.getByTestId('search-result').first().getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`${clause(16)}\\?highlight=`));
  const marks = page.locator('main mark');
  await expect(marks.first()).toBeVisible();
  const texts = await marks.allTextContents();
  expect(texts).toContain('绿色工厂');
  // The reader typed 补贴; the clause says 资助, which is what gets highlighted.
  expect(texts).toContain('资助');
});

test('filters narrow the results and live in the URL', async ({ page }) => {
  // Every result, not the first ten: with five policies 资助 fills more than one page.
  await search(page, '资助');
  const all = await allResultPaths(page);
  await page.getByLabel('级别', { exact: true }).selectOption('国家级');
  await expect(page).toHaveURL(/level=/);
  await expect.poll(() => resultCount(page)).toBeLessThan(all.length);
  const narrowed = await allResultPaths(page);
  expect(narrowed.every((p) => all.includes(p))).toBe(true);
  await page.getByLabel('产业', { exact: true }).selectOption('集成电路');
  await expect.poll(() => resultPaths(page)).toEqual([]);
  await page.reload();
  await expect(page.getByLabel('产业', { exact: true })).toHaveValue('集成电路');
  await expect(page.getByLabel('级别', { exact: true })).toHaveValue('国家级');
});

test('sorting by largest award puts the largest first', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('资助') + '&sort=award');
  await resultsFor(page, '资助');
  // 1亿元 is the largest award: （五） (innovation centre) and （七） (revenue tiers) grant it.
  const paths = await resultPaths(page);
  expect([clause(5), clause(7)]).toContain(paths[0]);
  await expect(page.getByTestId('search-result').first().getByRole('list', { name: '奖励金额' })).toContainText(
    '1亿元',
  );
  // （十八） grants up to 3000万元, （十六） up to 400万元.
  expect(paths.indexOf(clause(18))).toBeGreaterThan(-1);
  expect(paths.indexOf(clause(16))).toBeGreaterThan(paths.indexOf(clause(18)));
});

test('the search page has no accessibility violations', async ({ page }) => {
  await search(page, '绿色工厂 资助');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('works on a phone-sized screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await search(page, '绿色工厂 资助');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('makes no request to another host', async ({ page }) => {
  const hosts = new Set<string>();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  await search(page, '绿色工厂 资助');
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});
