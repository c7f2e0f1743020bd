import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { MAX_LINK_CHARS } from '../../src/lib/eligibility/codec';
import { SERVER_HEADERS } from '../../src/lib/site/security-headers';
import { serverConfigs } from '../../src/lib/site/server-config';
import { DIST } from './helpers/dist';

test.describe('calculator without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/calculator/', '/calculator/hz-2018-manufacturing/']) {
    test(`${path} says it needs JavaScript and promises no live result`, async ({ page }) => {
      await page.goto(path);
      // Playwright's text locators skip <noscript>: found by its class, its text checked.
      const notice = page.locator('.calc-noscript');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('计算器需要启用 JavaScript。');
      await expect(notice.getByRole('link', { name: '奖励一览' })).toHaveAttribute('href', '/awards/');
      await expect(page.getByText('结果随勾选即时更新')).toBeHidden();
      // No result panel with a total of 0 and "（页面脚本运行后显示）", no sticky bar.
      await expect(page.getByRole('heading', { name: '计算结果' })).toBeHidden();
      await expect(page.getByRole('status')).toBeHidden();
      await expect(page.locator('.calc-bar')).toBeHidden();
    });
  }
});

test.describe('calculator input at the edges', () => {
  test('with JavaScript the page says nothing of needing it, and shows the result', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(page.getByRole('status')).toHaveText('合计：0元（尚未选择任何奖励）');
    await expect(page.getByText('结果随勾选即时更新')).toBeVisible();
    await expect(page.locator('.calc-noscript')).toBeHidden();
  });

  test('a link longer than the bound is refused at once: its start shown, nothing of it kept', async ({ page }) => {
    // A little past the bound: the test server (Node) refuses request lines past 16 KB itself.
    const filler = 'c=green-park-national*1'.repeat(Math.ceil((MAX_LINK_CHARS + 1_000) / 23));
    const started = Date.now();
    await page.goto(`/calculator/?c=green-factory-national&${filler}`);
    const errors = page.locator('#calc-errors li');
    await expect(errors).toHaveCount(1);
    await expect(errors).toContainText(`超过上限 ${MAX_LINK_CHARS.toLocaleString('en-US')} 个字符`);
    await expect(errors).toContainText('网址开头为：“c=green-factory-national&c=green-park-national*1');
    expect(Date.now() - started).toBeLessThan(10_000);
    const message = (await errors.textContent()) ?? '';
    expect(message.length).toBeLessThan(300);
    // Nothing of it kept: no award ticked, the address and the result's URL are the bare page.
    await expect(page.getByRole('radio', { name: /^获评国家级绿色工厂/ })).not.toBeChecked();
    await expect(page.locator('input[name="award"]:checked')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('#calc-url')).toHaveText(/\/calculator\/$/);
    await expect(page.getByRole('status')).toHaveText('合计：0元（所选项目有 1 处问题，见下方“申报有误”）');
  });

  test('a base below 1 元 and digits of other scripts are said, never read as 0 or dropped', async ({ page }) => {
    await page.goto('/calculator/');
    const base = page.getByLabel('项目投入额（万元）');
    await base.fill('0.00001');
    await expect(page.locator('#calc-errors')).toContainText('项目投入额“0.00001”万元不足1元');
    await expect(page.locator('#calc-errors')).not.toContainText('应大于0万元');
    await base.fill('٣٠٠٠');
    await expect(page.locator('#calc-errors')).toContainText('中的数字 ٣（U+0663）、٠（U+0660） 无法识别');
    await base.fill('３０００');
    await expect(page.locator('#calc-errors')).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('按原政策测算（已失效）：300万元（1项可计算）');
  });
});

test('the built site carries the security headers for nginx, Caddy and Apache', () => {
  for (const [path, expected] of Object.entries(serverConfigs())) {
    const built = readFileSync(join(DIST, path), 'utf8');
    expect(built, path).toBe(expected);
    for (const h of SERVER_HEADERS) expect(built, `${path}: ${h.name}`).toContain(`${h.name} "${h.value}"`);
  }
});
