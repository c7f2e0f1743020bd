import { expect, test } from '@playwright/test';

test('the home page lists every clause of the policy in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const clause16 = page.getByRole('link', { name: '（十六）实施绿色制造工程' });
  await expect(clause16).toBeVisible();
  await clause16.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('实施绿色制造工程');
  await expect(page.locator('main')).toContainText('对获评国家级、省级绿色工厂的，分别给予200万元、100万元资助');
});
