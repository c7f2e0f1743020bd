import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The total's live region. */
const total = (page: Page) => page.getByRole('status');

/** Ticks the honours of the worked example: a step-up on each stepUp ladder, a capped rate, a fixed sum. */
async function tickExample(page: Page) {
  await page.getByRole('radio', { name: /^获评国家级绿色工厂/ }).check();
  await page.getByLabel('已获得的较低档次（进档补差）').first().waitFor();
  await page.locator('select[data-previous-for$="/green-factory"]').selectOption('green-factory-provincial');
  await page.getByRole('radio', { name: /^制造业业务年营业收入首次达到1000亿元/ }).check();
  await page.locator('select[data-previous-for$="/kunpeng-revenue"]').selectOption('kunpeng-revenue-500-yi');
  await page.getByRole('checkbox', { name: /^实施市级重大科技创新专项/ }).check();
  await page.getByLabel('项目投入额（万元）').fill('3000');
  await page.getByRole('checkbox', { name: /^国家级制造业“单项冠军”示范企业/ }).check();
}

test.describe('calculator', () => {
  test('says the policy expired and that the result is only a reference', async ({ page }) => {
    await page.goto('/calculator/');
    const notice = page.getByRole('complementary', { name: '重要提示' });
    await expect(notice.locator('.status-banner').filter({ hasText: '杭州市推动制造业高质量发展的若干意见' })).toHaveText(/^已失效\s*杭州市推动制造业高质量发展的若干意见\s*有效期至2021年12月31日。/);
    await expect(notice).toContainText('结果仅供参考，不是审批决定');
  });

  test('ticking honours shows each amount, its calculation, quote and link, and the total', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(total(page)).toHaveText('合计：0元（尚未选择任何奖励）');
    await tickExample(page);
    // 100万 (green factory step-up) + 8000万 (revenue step-up) + 300万 (capped) + 200万 (fixed).
    await expect(total(page)).toHaveText('合计：8600万元（4项可计算）');
    const items = page.locator('#calc-items');
    await expect(items).toContainText('已获省级档100万元，进档至国家级档200万元，补差100万元');
    await expect(items).toContainText('已获500亿元档2000万元，进档至1000亿元档1亿元，补差8000万元');
    await expect(items).toContainText('项目投入额3000万元 × 15% = 450万元，超过上限300万元，按300万元计');
    await expect(items).toContainText('国家级制造业“单项冠军”示范企业：定额奖励200万元');
    await expect(items.locator('blockquote').first()).toContainText('对实施市级重大科技创新专项的');
    await expect(items.getByRole('link', { name: '（十六）实施绿色制造工程 原文' })).toHaveAttribute('href', '/policies/hz-2018-manufacturing/16/#award-green-factory-national');
  });

  test('lists what it cannot compute, and why', async ({ page }) => {
    await page.goto('/calculator/');
    await page.getByRole('checkbox', { name: /^属于高新技术企业/ }).check();
    await page.getByRole('checkbox', { name: /^经认定的省级行业性工业互联网平台/ }).check();
    await page.getByRole('radio', { name: /^经认定的国家级基础性工业互联网平台/ }).check();
    await expect(page.locator('#calc-not-computed')).toContainText('金额由杭政办函〔2018〕64号规定，该文件尚未收录');
    await expect(page.locator('#calc-not-computed')).toContainText('需要填写国家或省资助额度');
    await expect(total(page)).toHaveText('合计：300万元（1项可计算）');
  });

  test('the profile lives in the URL: a reload keeps the form and the result', async ({ page }) => {
    await page.goto('/calculator/');
    await tickExample(page);
    await expect(total(page)).toHaveText('合计：8600万元（4项可计算）');
    expect(page.url()).toContain('c=major-sci-tech-project-municipal*30000000');
    expect(page.url()).toContain('c=kunpeng-revenue-1000-yi~kunpeng-revenue-500-yi');
    await page.reload();
    await expect(total(page)).toHaveText('合计：8600万元（4项可计算）');
    await expect(page.getByLabel('项目投入额（万元）')).toHaveValue('3000');
    await expect(page.getByRole('radio', { name: /^获评国家级绿色工厂/ })).toBeChecked();
    await expect(page.locator('select[data-previous-for$="/kunpeng-revenue"]')).toHaveValue('kunpeng-revenue-500-yi');
  });

  test('a shared URL with a bad claim names the claim and computes the rest', async ({ page }) => {
    await page.goto('/calculator/?c=green-factry&c=green-park-national');
    // Said in the form's terms: which part of the link is unknown, what it probably meant, and that the rest still counts.
    await expect(page.locator('#calc-errors')).toContainText('网址中的第 1 项 "green-factry" 不是本计算器中的奖励，已忽略，其余各项照常计算。是否指“获评国家级绿色工厂”');
    await expect(page.locator('#calc-errors')).not.toContainText('claims[');
    await expect(total(page)).toHaveText('合计：400万元（1项可计算）');
  });

  test('works on a 360px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/calculator/');
    await tickExample(page);
    await expect(total(page)).toHaveText('合计：8600万元（4项可计算）');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/calculator/');
    await tickExample(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    // Each violation with the elements at fault, so that a failure says what to fix.
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
