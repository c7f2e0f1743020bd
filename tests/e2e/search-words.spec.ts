/**
 * Issue 22 on the curated documents: short forms and everyday words, long questions reduced to
 * their key words, and a query that finds nothing, each through the real search page.
 */
import { expect, test } from '@playwright/test';
import { clause, provision, REGULATIONS, search } from './search-helpers';

test('a short form the texts never write as a word is not found inside another word (高企 is not in 提高企业)', async ({
  page,
}) => {
  await search(page, '高企');
  await expect(page.locator('[data-search-note]')).toContainText('已按“高新技术企业”搜索');
  await expect(page.getByTestId('search-result').first()).toContainText('高新技术企业');
});

test('跨境电商 and 跨境电子商务 find each other’s provisions', async ({ page }) => {
  const short = await search(page, '跨境电商');
  const full = await search(page, '跨境电子商务');
  const regulation = provision(REGULATIONS.crossBorder, 1).replace(/1\/$/u, '');
  expect(short.filter((p) => p.startsWith(regulation)).length).toBeGreaterThan(0);
  expect(full.filter((p) => p.startsWith(regulation)).length).toBeGreaterThan(0);
});

test('a pasted long question searches its key words, names at most four, and finds the clause', async ({ page }) => {
  const question =
    '您好，我们是一家位于杭州的制造企业，今年刚刚获评了国家级绿色工厂，想咨询一下按照贵市的政策可以申请哪些资助，具体的申报流程和材料要求是怎样的，谢谢您的解答';
  const paths = await search(page, question);
  expect(paths.slice(0, 3)).toContain(clause(16));
  const note = page.locator('[data-search-note]');
  await expect(note).toContainText('问题较长');
  expect(((await note.textContent()) ?? '').match(/“/gu)?.length ?? 0).toBeLessThanOrEqual(4);
  // No fragment of the question is listed: 谢谢您 is not a word searched for.
  await expect(note).not.toContainText('谢谢');
  await expect(page.getByRole('status')).not.toContainText('谢谢');
});

test('a query that finds nothing names its word and links the closest pages, never an empty page', async ({ page }) => {
  expect(await search(page, '独角兽')).toEqual([]);
  const closest = page.getByRole('region', { name: '相近的内容' });
  await expect(closest).toContainText('没有找到“独角兽”');
  await expect(closest.getByRole('link', { name: '全部政策' })).toBeVisible();
  // A query whose characters a title shares links that policy.
  await search(page, '高新技术独角兽');
  await expect(closest.getByRole('link', { name: /高新技术促进条例/u })).toBeVisible();
});
