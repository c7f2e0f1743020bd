import { expect, test } from '@playwright/test';

test('from the home page, a policy, its clause in the text and the clause page are a click apart, in Chinese', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page
    .getByRole('link', { name: /加快新旧动能转换推动制造业高质量发展的若干意见/ })
    .first()
    .click();
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '（十六）实施绿色制造工程' }).click();
  await expect(page).toHaveURL(/#clause-16$/);
  await page.getByRole('heading', { level: 3, name: '（十六）实施绿色制造工程' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('实施绿色制造工程');
  await expect(page.locator('main')).toContainText('对获评国家级、省级绿色工厂的，分别给予200万元、100万元资助');
});
