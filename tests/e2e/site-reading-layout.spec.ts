/**
 * The reading pages on a desktop (1,024–1,440 px) and a phone: the text column centred with the
 * table of contents beside it, what follows the text right after it (never waiting for the
 * sidebar to end), and on a phone the text before any long table of contents.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
  { path: '/policies/zj-2020-digital-economy/61/', text: 'article.clause', after: 'dl.facets' },
  { path: '/policies/hz-2018-manufacturing/16/', text: 'article.clause', after: 'dl.facets' },
  { path: '/policies/zj-2020-digital-economy/', text: '.reading-head', after: '.policy-text' },
];

/** The box of the first element a selector finds, failing when it has none. */
async function box(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector}: no box`);
  return b;
}

for (const width of [1024, 1280, 1440]) {
  for (const { path, text, after } of PAGES) {
    test(`at ${String(width)} px ${path} is centred, the sidebar beside the text and the facts right after it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const aside = await box(page, '.reading-aside');
      const head = await box(page, '.reading-head');
      const reading = await box(page, '.reading');
      // Centred: the content (text column and sidebar) leaves equal room either side, within a few pixels.
      const left = head.x;
      const right = width - (aside.x + aside.width);
      expect(Math.abs(left - right)).toBeLessThan(24);
      expect(reading.width).toBeLessThanOrEqual(width);
      // Beside: the sidebar starts right of the text, at the text's top.
      expect(aside.x).toBeGreaterThan(head.x + head.width);
      expect(Math.abs(aside.y - head.y)).toBeLessThan(24);
      // Right after: what follows the text starts within 80 px of its end, whatever the sidebar's height.
      const main = await box(page, text);
      const next = await box(page, after);
      expect(next.y - (main.y + main.height)).toBeLessThan(80);
      // No sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test('on a phone the full text starts on the second screen: facts compact, the table of contents closed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/policies/zj-2020-digital-economy/');
  const toc = page.getByRole('complementary', { name: '目录' });
  await expect(toc.getByText(/^目录（62 条）$/u)).toBeVisible();
  await expect(toc.getByRole('link', { name: /^第一条/u })).toBeHidden();
  const first = await box(page, '.policy-text h3, .policy-text .clause-block');
  expect(first.y).toBeLessThan(2 * 844);
  // Opened, it lists every article.
  await toc.getByText(/^目录（62 条）$/u).click();
  await expect(toc.getByRole('link', { name: /^第一条/u })).toBeVisible();
});

test('a long full text has a way back to the top, which comes into sight once scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/policies/zj-2020-digital-economy/');
  const back = page.getByRole('link', { name: '回到顶部' });
  expect(Number(await back.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.1);
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
  });
  await expect(back).toBeInViewport();
  await expect.poll(async () => Number(await back.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0.9);
  await back.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
});
