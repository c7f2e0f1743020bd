/**
 * What people share and read closely: a printed clause page says where it came from, when, and
 * whether the policy is in force; numbers never break from their units; a wide screen shows the
 * policy's table of contents beside the text; a reference page says what the citing clause leaves
 * to the document.
 */
import { expect, test } from '@playwright/test';

const CLAUSE = '/policies/hz-2018-manufacturing/16/';

test('a printed clause page carries its address, the date and the policy’s status', async ({ page }) => {
  await page.goto(CLAUSE);
  await page.emulateMedia({ media: 'print' });
  const meta = page.locator('[data-print-meta]');
  await expect(meta).toBeVisible();
  await expect(meta).toContainText('已失效：有效期至');
  // The status once (it read 已失效：已失效：…).
  expect((await meta.textContent())?.split('已失效').length).toBe(2);
  // Built without SITE_URL: the path with the site's name, never a local preview's address.
  await expect(meta).toContainText(`网址：政策库 ${CLAUSE}；`);
  await expect(meta).toContainText(/打印于\d{4}年\d{1,2}月\d{1,2}日/u);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(meta).toBeHidden();
});

test('a number keeps its unit or range on one line', async ({ page }) => {
  await page.goto(CLAUSE);
  for (const n of ['3—5年', '200万元', '100万元']) {
    const span = page.locator('.clause-text .nowrap', { hasText: n }).first();
    await expect(span).toBeVisible();
    expect(await span.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
  }
  // The text reads the same: the spans add no character.
  await expect(page.locator('.clause-text')).toContainText('通过3—5年努力，创建国家级绿色园区1个');
});

test('breadcrumbs that wrap never start a line with ›', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/policies/zj-2020-digital-economy/12/');
  const items = page.locator('.breadcrumbs li');
  const separators = await items.evaluateAll((els) =>
    els.map((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content]),
  );
  // The separator ends an item (::after), so a wrapped line starts with a name.
  expect(separators.every(([before]) => before === 'none' || before === 'normal')).toBe(true);
  expect(separators.slice(0, -1).every(([, after]) => (after ?? '').includes('›'))).toBe(true);
});

test('on a wide screen a clause page shows its policy’s table of contents, current provision marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/policies/zj-2020-digital-economy/61/');
  const aside = page.getByRole('complementary', { name: '本政策目录' });
  await expect(aside).toBeVisible();
  await expect(aside.getByRole('link', { name: '第六十一条', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(aside.getByRole('link', { name: '第六十一条', exact: true })).toBeInViewport();
  // On a phone: a closed toggle after the text, which opens the same table of contents.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.reload();
  await expect(aside.getByRole('link', { name: '第六十一条', exact: true })).toBeHidden();
  await aside.getByText('本政策目录', { exact: true }).click();
  await expect(aside.getByRole('link', { name: '第六十一条', exact: true })).toBeVisible();
});

test('a reference whose text is not in the base says so, and what each citing clause leaves to it', async ({
  page,
}) => {
  await page.goto('/references/hangzhengbanhan-2018-64/');
  await expect(page.getByText('本库尚未收录该文件全文')).toBeVisible();
  const citedBy = page.getByRole('region', { name: /引用它的条款/ });
  await expect(citedBy.locator('.left-to-ref').first()).toContainText('本处把以下支持的金额和条件交由该文件规定');
  // The title is shown once, under the number, not again as a row of the facts.
  await expect(page.locator('p.lead')).toContainText('杭州市高新技术企业培育三年行动计划');
  await expect(page.locator('dl.facts')).not.toContainText('标题');
  // The status of the policies that cite it is on the page.
  await expect(page.getByRole('list', { name: '所涉政策的时效' })).toContainText('已失效');
});
