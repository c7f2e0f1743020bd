/**
 * A base of many policies of different shapes: a 条例's chapters and articles, a missing chapter
 * heading, articles without chapters, items (项) addressable by anchor, and a 意见's pages
 * unchanged at their old URLs.
 */
import { expect, test } from '@playwright/test';

const DIGITAL = '/policies/zj-2020-digital-economy/';

test('a regulation’s page shows its record, its chapters and articles as a table of contents, and its text', async ({
  page,
}) => {
  await page.goto(DIGITAL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('浙江省数字经济促进条例');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('地方性法规');
  await expect(facts).toContainText('浙江省人民代表大会常务委员会');
  await expect(facts).toContainText('2020年12月24日');
  await expect(facts).toContainText('现行有效');
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.getByRole('link', { name: /^第[一二三四五六七八九]章 / })).toHaveCount(9);
  await expect(toc.getByRole('link', { name: /^第[一二三四五六七八九十]+条$/ })).toHaveCount(62);
  await toc.getByRole('link', { name: '第六十二条', exact: true }).click();
  await expect(page).toHaveURL(/#clause-62$/);
  await expect(page.locator('#clause-62')).toContainText('本条例自2021年3月1日起施行');
  await expect(page.getByRole('heading', { level: 2, name: '第一章 总则' })).toBeVisible();
});

test('an article page names its place in the tree and links to its neighbours', async ({ page }) => {
  await page.goto(`${DIGITAL}12/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第十二条');
  const crumbs = page.getByRole('navigation', { name: '面包屑导航' });
  await expect(crumbs.getByRole('link', { name: '浙江省数字经济促进条例' })).toBeVisible();
  await expect(crumbs.getByRole('link', { name: /^第二章 / })).toHaveAttribute('href', `${DIGITAL}chapters/2/`);
  await expect(page.getByRole('link', { name: /上一条.*第十一条/ })).toHaveAttribute('href', `${DIGITAL}11/`);
  await expect(page.getByRole('link', { name: /下一条.*第十三条/ })).toHaveAttribute('href', `${DIGITAL}13/`);
  await expect(page.locator('.cite-text')).toHaveText('《浙江省数字经济促进条例》第十二条');
});

test('a chapter page lists its articles and links to the chapters around it', async ({ page }) => {
  await page.goto(`${DIGITAL}chapters/2/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^第二章 /);
  await expect(page.getByRole('link', { name: '第十二条', exact: true })).toHaveAttribute('href', `${DIGITAL}12/`);
  await expect(page.getByRole('link', { name: /下一章.*第三章/ })).toHaveAttribute('href', `${DIGITAL}chapters/3/`);
});

test('a chapter whose heading the source lacks is shown without a made-up title, and says so', async ({ page }) => {
  await page.goto('/policies/zj-2020-private-enterprises/chapters/1/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第一章');
  await expect(page.getByText('原文缺少本章的标题')).toBeVisible();
  await expect(page.getByRole('link', { name: '第一条', exact: true })).toBeVisible();
});

test('a regulation without chapters lists its articles directly', async ({ page }) => {
  await page.goto('/policies/zj-2009-high-tech/');
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.getByRole('link', { name: /^第[一二三四五六七八九十]+条$/ })).toHaveCount(31);
  await expect(toc.getByRole('link', { name: /章/ })).toHaveCount(0);
  await page.goto('/policies/zj-2009-high-tech/1/');
  await expect(page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link')).toHaveText([
    '首页',
    '浙江省高新技术促进条例',
  ]);
});

test('an item (项) of an article has its own anchor, highlighted when linked', async ({ page }) => {
  await page.goto(`${DIGITAL}61/#item-3`);
  const item = page.locator('#item-3');
  await expect(item).toHaveText('（三）未按规定核实、更正公共数据的；');
  await expect(item).toHaveAttribute('title', '第（三）项');
  const bg = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('#para-1')).toContainText('有下列行为之一的');
});

test('the passage lines of a regulation are its 题注, on the policy page and a page of their own', async ({ page }) => {
  await page.goto('/policies/hz-2016-cross-border-ecommerce/preamble/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('题注');
  await expect(page.locator('main')).toContainText(
    '2016年12月23日 浙江省第十二届人民代表大会常务委员会第三十六次会议批准',
  );
});

test('the 2018 policy keeps its URLs: parts, clauses, preamble and closing', async ({ page, request }) => {
  for (const path of [
    '/policies/hz-2018-manufacturing/parts/4/',
    '/policies/hz-2018-manufacturing/16/',
    '/policies/hz-2018-manufacturing/preamble/',
    '/policies/hz-2018-manufacturing/closing/',
  ]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  await page.goto('/policies/hz-2018-manufacturing/parts/4/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('四、构建高效率升级体系，激发高质量发展活力');
  await expect(page.getByRole('link', { name: '（十六）实施绿色制造工程' })).toBeVisible();
});
