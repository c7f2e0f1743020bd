import { expect, test, type Page } from '@playwright/test';

// Every page type runs under its Content-Security-Policy without a violation while people use
// it (search with its WebAssembly, the calculator, sorting, copying), and the policy is real:
// a script injected into a page does not run.

/** Collects CSP violations reported on the page, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

const uses: Array<[string, string, (page: Page) => Promise<void>]> = [
  ['home', '/', async () => {}],
  [
    'a clause with search highlighting',
    '/policies/hz-2018-manufacturing/16/?highlight=%E7%BB%BF%E8%89%B2',
    async (page) => {
      await expect(page.locator('mark').first()).toBeVisible();
    },
  ],
  [
    'search',
    '/search/?q=%E7%BB%BF%E8%89%B2%E5%B7%A5%E5%8E%82+%E8%B5%84%E5%8A%A9',
    async (page) => {
      await expect(page.getByTestId('search-result').first()).toBeVisible();
    },
  ],
  [
    'the awards table, sorted',
    '/awards/',
    async (page) => {
      await page.getByRole('button', { name: /金额/ }).first().click();
    },
  ],
  [
    'the calculator',
    '/calculator/',
    async (page) => {
      await page.getByRole('checkbox').first().check();
    },
  ],
];

for (const [name, path, use] of uses) {
  test(`${name} runs under the CSP without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    await use(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('a script injected into a page does not run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/policies/hz-2018-manufacturing/16/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.body.dataset.pwned = "yes"';
    document.body.append(s);
    const img = document.createElement('img');
    img.src = 'https://example.com/x.png';
    document.body.append(img);
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();
});
