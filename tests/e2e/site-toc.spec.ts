/**
 * Tables of contents and reading on: an article without a caption is listed with its opening
 * words, never a bare 第N条; the first provision leads back to the preamble and the last on to
 * the closing (结语), for every policy of the build.
 */
import { expect, test } from '@playwright/test';
import { apiPolicies, getJson } from './helpers/api';

test('the table of contents lists each article with its caption or its opening words', async ({ page, request }) => {
  const clauses = await getJson<
    { policy: string; number: number; title: string | null; label: string; text: string }[]
  >(request, 'clauses.json');
  const digital = clauses.filter((c) => c.policy === 'zj-2020-digital-economy');
  expect(digital.length).toBe(62);
  await page.goto('/policies/zj-2020-digital-economy/');
  const toc = page.getByRole('navigation', { name: '目录' });
  const items = toc.locator('li:has(> a[href^="#clause-"])');
  await expect(items).toHaveCount(digital.length);
  const texts = await items.evaluateAll((lis) => lis.map((li) => li.textContent.replace(/\s+/gu, '')));
  for (const [i, c] of digital.entries()) {
    const opening = c.text.replace(/\s+/gu, '').slice(0, 10);
    // Never a bare 第N条: the caption (in the name) or the opening words follow the number.
    expect(texts[i]).not.toBe(c.label);
    if (c.title === null) expect(texts[i]).toContain(opening);
  }
  // The clause page's sidebar says the same.
  await page.goto('/policies/zj-2020-digital-economy/2/');
  await expect(
    page
      .getByRole('complementary', { name: '本政策目录' })
      .locator('li:has(> a[href="/policies/zj-2020-digital-economy/1/"])'),
  ).toContainText(digital[0]?.text.replace(/\s+/gu, '').slice(0, 10) ?? '(none)');
});

test('reading on: the last provision leads to the closing, the first back to the preamble, for every policy', async ({
  page,
  request,
}) => {
  const policies = await apiPolicies(request);
  // The API names a closing and a preamble page for every policy; a policy without one has no such page.
  const exists = async (url: string) => (await request.get(url)).ok();
  for (const p of policies) {
    if (p.clauseCount === 0) continue;
    const closing = await exists(p.closingUrl);
    const preamble = await exists(p.preambleUrl);
    await page.goto(`${p.url}${String(p.clauseCount)}/`);
    const next = page.getByRole('navigation', { name: '上一条与下一条' }).locator('a[rel="next"]');
    if (closing) {
      await expect(next, p.id).toHaveAttribute('href', p.closingUrl);
      await expect(next).toContainText('下一节');
      await expect(next).toContainText('结语');
    } else await expect(next, p.id).toHaveCount(0);
    await page.goto(`${p.url}1/`);
    const prev = page.getByRole('navigation', { name: '上一条与下一条' }).locator('a[rel="prev"]');
    if (preamble) await expect(prev, p.id).toHaveAttribute('href', p.preambleUrl);
    else await expect(prev, p.id).toHaveCount(0);
  }
});
