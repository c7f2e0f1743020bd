import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/policies/hz-2018-manufacturing/',
  '/policies/hz-2018-manufacturing/16/',
  '/policies/hz-2018-manufacturing/6/',
  '/awards/',
  '/targets/',
  '/industries/',
  '/industries/biomedicine/',
  '/support-types/funding/',
  '/references/hangzhengbanhan-2018-64/',
  '/api/',
];

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of PAGES) {
    test(`${path} does not overflow horizontally`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('pressing / focuses the search box unless the reader is typing', async ({ page }) => {
  await page.goto('/policies/hz-2018-manufacturing/16/');
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: '搜索政策条款' });
  await expect(search).toBeFocused();
  await search.fill('绿色');
  await page.keyboard.press('/');
  await expect(search).toHaveValue('绿色/');
});

test('the header search form submits q to /search/', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('banner').getByRole('search');
  await expect(form).toHaveAttribute('action', '/search/');
  await expect(form.locator('input[name="q"]#site-search')).toBeVisible();
});

test('the main navigation reaches every section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['政策文件', '产业', '支持方式', '奖励一览', '目标', '引用文件', '搜索', '计算器']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.goto('/awards/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('no page asks any host but the site itself', async ({ page, baseURL }) => {
  const origin = new URL(String(baseURL)).origin;
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(req.url());
  });
  for (const path of PAGES) await page.goto(path);
  expect(foreign).toEqual([]);
});

test('pages read without JavaScript: the citation and permalink are plain text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/hz-2018-manufacturing/16/');
  await expect(
    page.getByText(
      '《中共杭州市委 杭州市人民政府关于实施创新驱动战略 加快新旧动能转换推动制造业高质量发展的若干意见》第（十六）条',
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '/policies/hz-2018-manufacturing/16/' })).toBeVisible();
  await expect(page.getByRole('button', { name: '复制引用' })).toBeHidden();
  await context.close();
});

test('without a site URL there is no sitemap (it would list localhost) and the footer links none; the footer says who publishes and when it was built', async ({
  page,
  request,
}) => {
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: '站点地图' })).toHaveCount(0);
  await expect(footer).toContainText('编制发布');
  await expect(footer).toContainText(/本站生成于\d{4}年\d{1,2}月\d{1,2}日（北京时间）/);
  await expect(page.locator('link[rel="sitemap"]')).toHaveCount(0);
});

test('print leaves out navigation and keeps the text and the status', async ({ page }) => {
  await page.goto('/policies/hz-2018-manufacturing/16/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '复制引用' })).toBeHidden();
  await expect(page.locator('main .status-banner')).toBeVisible();
  await expect(page.locator('.clause-text')).toBeVisible();
});

test('the colours follow the system: dark when the reader asks for dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).toBe('rgb(21, 22, 26)');
  expect(light).toBe('rgb(253, 253, 251)');
});
