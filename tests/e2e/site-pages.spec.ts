import { expect, test, type Page } from '@playwright/test';
import { apiPolicies } from './helpers/api';

const POLICY = '/policies/hz-2018-manufacturing/';

/** The status banner must be on the page, and say the policy expired and when. */
async function expectExpiredBanner(page: Page): Promise<void> {
  const banner = page.locator('main .status-banner').first();
  await expect(banner).toContainText('已失效');
  await expect(banner).toContainText('有效期至2021年12月31日');
}

test.describe('status', () => {
  for (const path of [POLICY, `${POLICY}16/`, `${POLICY}closing/`, `${POLICY}parts/4/`]) {
    test(`${path} carries the 已失效 banner`, async ({ page }) => {
      await page.goto(path);
      await expectExpiredBanner(page);
    });
  }

  test('the policy page says the status first, before the heading', async ({ page }) => {
    await page.goto(POLICY);
    await expect(page.locator('main > *').first()).toContainText('已失效');
  });

  test('pages that gather rows of several policies say each policy’s status', async ({ page }) => {
    for (const path of ['/awards/', '/targets/']) {
      await page.goto(path);
      const summary = page.getByRole('list', { name: '所涉政策的时效' });
      await expect(
        summary.getByRole('listitem').filter({ hasText: '杭州市推动制造业高质量发展的若干意见' }),
      ).toContainText('已失效');
    }
  });

  test('the title of every page of an expired policy says so, where shared links show it', async ({ page }) => {
    for (const path of [POLICY, `${POLICY}16/`, `${POLICY}parts/4/`]) {
      await page.goto(path);
      await expect(page).toHaveTitle(/^【已失效】/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^【已失效】/);
    }
    await page.goto('/policies/zj-2020-digital-economy/12/');
    await expect(page).not.toHaveTitle(/已失效/);
  });
});

test('the policies index lists every policy with its kind, level, issuer, dates and status; home has ways to browse', async ({
  page,
}) => {
  await page.goto('/policies/');
  const card = page.getByRole('listitem').filter({
    has: page.getByRole('link', {
      name: '中共杭州市委 杭州市人民政府关于实施创新驱动战略 加快新旧动能转换推动制造业高质量发展的若干意见',
    }),
  });
  await expect(card).toContainText('已失效');
  await expect(card).toContainText('规范性文件');
  await expect(card).toContainText('杭州市');
  await expect(card).toContainText('有效期至2021年12月31日');
  const regulation = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '浙江省数字经济促进条例' }) });
  await expect(regulation).toContainText('地方性法规');
  await expect(regulation).toContainText('浙江省');
  await expect(regulation).toContainText('2020年12月24日通过');
  await expect(regulation).toContainText('2021年3月1日起施行');
  await expect(regulation).toContainText('62 条');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策库');
  await expect(page.getByRole('link', { name: /1亿元/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /按产业/ })).toBeVisible();
});

test('the policies index filters by kind and status, and keeps the choice in the URL', async ({ page }) => {
  // A card per policy of /api/policies.json; the counts of each kind and status follow the base.
  const policies = await apiPolicies(page.request);
  const regulations = policies.filter((p) => p.kind === '地方性法规');
  const expired = policies.filter((p) => p.status.label === '已失效');
  expect(expired.map((p) => p.id)).toContain('hz-2018-manufacturing');
  await page.goto('/policies/');
  const cards = page.locator('.policy-card');
  await expect(cards).toHaveCount(policies.length);
  await page.getByLabel('文件类别', { exact: true }).selectOption('地方性法规');
  await expect(cards.filter({ visible: true })).toHaveCount(regulations.length);
  await expect(page.getByRole('status')).toHaveText(
    `显示 ${String(regulations.length)} 份，共 ${String(policies.length)} 份`,
  );
  await expect(page).toHaveURL(/kind=/);
  await page.getByLabel('文件类别', { exact: true }).selectOption('');
  await page.getByLabel('时效', { exact: true }).selectOption('已失效');
  await expect(cards.filter({ visible: true })).toHaveCount(expired.length);
  await expect(cards.filter({ visible: true }).filter({ hasText: '加快新旧动能转换' })).toHaveCount(1);
  for (const p of expired) await expect(cards.filter({ visible: true })).toContainText([p.title]);
  await page.reload();
  await expect(page.getByLabel('时效', { exact: true })).toHaveValue('已失效');
  await expect(cards.filter({ visible: true })).toHaveCount(expired.length);
});

test('the policy page reads in order with part headings, a TOC and an anchor per clause', async ({ page }) => {
  await page.goto(POLICY);
  await expect(
    page.getByRole('heading', { level: 2, name: '一、构建高能级产业体系，明确高质量发展目标' }),
  ).toBeVisible();
  const toc = page.getByRole('navigation', { name: '目录' });
  await toc.getByRole('link', { name: '（十六）实施绿色制造工程' }).click();
  await expect(page).toHaveURL(/#clause-16$/);
  await expect(page.locator('#clause-16')).toContainText('对获评国家级、省级绿色工厂的，分别给予200万元、100万元资助');
  await expect(page.locator('#closing')).toContainText('有效期至2021年12月31日');
});

test('clause 16 shows breadcrumb, text, awards with anchors, targets, links and neighbours', async ({ page }) => {
  await page.goto(`${POLICY}16/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('（十六）实施绿色制造工程');
  const crumbs = page.getByRole('navigation', { name: '面包屑导航' });
  await expect(crumbs.getByRole('link', { name: '四、构建高效率升级体系，激发高质量发展活力' })).toBeVisible();
  const table = page.getByRole('table', { name: /第（十六）条的 4 项奖励与支持/ });
  const row = table.locator('#award-green-factory-national');
  await expect(row).toContainText('获评国家级绿色工厂');
  await expect(row).toContainText('国家级');
  await expect(row).toContainText('资助');
  await expect(row).toContainText('200万元');
  await expect(page.getByRole('table', { name: /量化目标/ })).toContainText('通过3—5年努力');
  await expect(page.getByRole('link', { name: '资助', exact: true })).toHaveAttribute(
    'href',
    '/support-types/funding/',
  );
  await expect(page.getByRole('link', { name: /下一条.*（十七）/ })).toHaveAttribute('href', `${POLICY}17/`);
  await expect(page.getByRole('link', { name: /上一条.*（十五）/ })).toHaveAttribute('href', `${POLICY}15/`);
});

test('the quoted sentence of an award links to its place in the text, highlighted as :target', async ({ page }) => {
  await page.goto(`${POLICY}16/`);
  const row = page.locator('#award-green-factory-national');
  // Each row links to itself, so that people can cite one award.
  await expect(row.getByRole('link', { name: '本项链接：获评国家级绿色工厂' })).toHaveAttribute(
    'href',
    '#award-green-factory-national',
  );
  await row.getByRole('link', { name: /对获评国家级、省级绿色工厂的/ }).click();
  await expect(page).toHaveURL(/#s4$/);
  const sentence = page.locator('#s4');
  await expect(sentence).toContainText('对获评国家级、省级绿色工厂的');
  const bg = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test.describe('copy citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies 《title》第（十六）条 and the URL', async ({ page, baseURL }) => {
    await page.goto(`${POLICY}16/`);
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The policy has expired: a pasted citation must say so.
    expect(text).toBe(
      `《中共杭州市委 杭州市人民政府关于实施创新驱动战略 加快新旧动能转换推动制造业高质量发展的若干意见》第（十六）条（已失效，有效期至2021年12月31日） ${String(baseURL)}${POLICY}16/`,
    );
  });
});

test('the 生物医药 page lists clause （一）', async ({ page }) => {
  await page.goto('/industries/');
  await page.getByRole('link', { name: '生物医药', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('生物医药');
  const named = page.getByRole('region', { name: /提到“生物医药”的条款/ });
  await expect(named.getByRole('link', { name: '（一）大力发展战略性新兴产业' })).toBeVisible();
  // Awards of clauses that name no industry are shown apart, labelled as such.
  const general = page.getByRole('region', { name: /不限产业的奖励与支持/ });
  await expect(general).toBeVisible();
  await expect(named.getByRole('link', { name: '（十六）实施绿色制造工程' })).toHaveCount(0);
});

test('the industries index groups industries with their clause counts', async ({ page }) => {
  await page.goto('/industries/');
  const group = page.getByRole('region', { name: '战略性新兴产业' });
  await expect(group.getByRole('link', { name: '生物医药', exact: true })).toBeVisible();
  await expect(group.getByRole('listitem').filter({ hasText: '生物医药' })).toContainText(/\d+ 条/);
  await expect(
    page.getByRole('region', { name: '不限产业的奖励条款' }).getByRole('link', { name: '（十六）实施绿色制造工程' }),
  ).toBeVisible();
});

test('the page of 杭政办函〔2018〕64号 lists clauses （九） and （十五） with the citing sentences', async ({
  page,
}) => {
  await page.goto('/references/hangzhengbanhan-2018-64/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('杭政办函〔2018〕64号');
  await expect(page.getByText('本库尚未收录该文件全文')).toBeVisible();
  const citedBy = page.getByRole('region', { name: /引用它的条款/ });
  await expect(citedBy.getByRole('link', { name: /（九）培育壮大成长型中小企业/ })).toBeVisible();
  await expect(citedBy.getByRole('link', { name: /（十五）/ })).toBeVisible();
  await citedBy.getByRole('link', { name: /对高新技术企业按照/ }).click();
  await expect(page).toHaveURL(/\/policies\/hz-2018-manufacturing\/9\/#s3$/);
  await expect(page.locator('#s3')).toContainText('杭政办函〔2018〕64号');
});

test('a name-only reference shows 未知 for what its number would tell', async ({ page }) => {
  await page.goto('/references/hz-sme-rnd-subsidy-measures/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我市中小微企业研发费用投入财政补助资金管理办法');
  await expect(
    page
      .getByRole('definition')
      .filter({ hasText: /^未知$/ })
      .first(),
  ).toBeVisible();
});

test('following the citation link in clause （九） lands on the reference page', async ({ page }) => {
  await page.goto(`${POLICY}9/`);
  await page.locator('.clause-text').getByRole('link', { name: '杭政办函〔2018〕64号' }).click();
  await expect(page).toHaveURL(/\/references\/hangzhengbanhan-2018-64\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('杭政办函〔2018〕64号');
});

test('support type and part pages list what they hold', async ({ page }) => {
  await page.goto('/support-types/');
  await page.getByRole('link', { name: '奖励', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('奖励');
  await expect(page.getByRole('table')).toContainText('1亿元');
  await page.goto(`${POLICY}parts/4/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('四、构建高效率升级体系，激发高质量发展活力');
  await expect(page.getByRole('link', { name: '（十六）实施绿色制造工程' })).toBeVisible();
});

test('targets page lists every target with its deadline', async ({ page, request }) => {
  const clauses = (await (await request.get('/api/clauses.json')).json()) as { targets: unknown[] }[];
  const count = clauses.reduce((n, c) => n + c.targets.length, 0);
  await page.goto('/targets/');
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(count);
  await expect(page.getByRole('table')).toContainText('到2020年');
});

test('the preamble and the closing have pages of their own', async ({ page }) => {
  await page.goto(`${POLICY}closing/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('有效期');
  await expect(page.locator('article')).toContainText('本意见自印发之日起施行，有效期至2021年12月31日');
  await page.goto(`${POLICY}preamble/`);
  await expect(page.locator('article')).toContainText('制造业是国民经济的主体');
});

test('the 404 page offers a search form and ways back', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '奖励一览' })).toBeVisible();
});
