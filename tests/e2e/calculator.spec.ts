import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The total's live region. */
const total = (page: Page) => page.getByRole('status');

/** The totals of the worked example (tickExample): two step-ups, so paid now and in all. */
const EXAMPLE_TOTAL =
  /^按原政策测算（已失效）：8600万元（4项可计算，进档的只计补差）\s*累计：10700万元（含此前已获得的较低档次2100万元）$/;

/** Words of the CLI and the JSON profile that the page must never show. */
const CLI_WORDS = /claims\[|baseYuan|previousAward|npm run|--list/;

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
    await expect(
      notice.locator('.status-banner').filter({ hasText: '杭州市推动制造业高质量发展的若干意见' }),
    ).toHaveText(/^已失效\s*杭州市推动制造业高质量发展的若干意见\s*有效期至2021年12月31日。/);
    await expect(notice).toContainText('结果仅供参考，不是审批决定');
  });

  test('ticking honours shows each amount, its calculation, quote and link, and the total', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(total(page)).toHaveText('合计：0元（尚未选择任何奖励）');
    await tickExample(page);
    // Paid now: 100万 (green factory step-up) + 8000万 (revenue step-up) + 300万 (capped) + 200万 (fixed);
    // in all, with the 100万 and 2000万 of the lower tiers received earlier: 1亿0700万.
    await expect(total(page)).toHaveText(EXAMPLE_TOTAL);
    const items = page.locator('#calc-items');
    await expect(items).toContainText('已获省级档100万元，进档至国家级档200万元，补差100万元');
    await expect(items).toContainText('已获500亿元档2000万元，进档至1000亿元档1亿元，补差8000万元');
    await expect(items).toContainText('项目投入额3000万元 × 15% = 450万元，超过上限300万元，按300万元计');
    await expect(items).toContainText('国家级制造业“单项冠军”示范企业：定额奖励200万元');
    await expect(items.locator('blockquote').first()).toContainText('对实施市级重大科技创新专项的');
    await expect(
      items.getByRole('link', { name: '杭州市推动制造业高质量发展的若干意见第（十六）条 原文' }),
    ).toHaveAttribute('href', '/policies/hz-2018-manufacturing/16/#award-green-factory-national');
  });

  test('lists what it cannot compute, and why', async ({ page }) => {
    await page.goto('/calculator/');
    await page.getByRole('checkbox', { name: /^属于高新技术企业/ }).check();
    await page.getByRole('checkbox', { name: /^经认定的省级行业性工业互联网平台/ }).check();
    await page.getByRole('radio', { name: /^经认定的国家级基础性工业互联网平台/ }).check();
    await expect(page.locator('#calc-not-computed')).toContainText('金额由杭政办函〔2018〕64号规定，该文件尚未收录');
    await expect(page.locator('#calc-not-computed')).toContainText('需要填写国家或省资助额度');
    await expect(total(page)).toHaveText('按原政策测算（已失效）：300万元（1项可计算）');
  });

  test('the profile lives in the URL: a reload keeps the form and the result', async ({ page }) => {
    await page.goto('/calculator/');
    await tickExample(page);
    await expect(total(page)).toHaveText(EXAMPLE_TOTAL);
    expect(page.url()).toContain('c=major-sci-tech-project-municipal*30000000');
    expect(page.url()).toContain('c=kunpeng-revenue-1000-yi~kunpeng-revenue-500-yi');
    await page.reload();
    await expect(total(page)).toHaveText(EXAMPLE_TOTAL);
    await expect(page.getByLabel('项目投入额（万元）')).toHaveValue('3000');
    await expect(page.getByRole('radio', { name: /^获评国家级绿色工厂/ })).toBeChecked();
    await expect(page.locator('select[data-previous-for$="/kunpeng-revenue"]')).toHaveValue('kunpeng-revenue-500-yi');
  });

  test('a shared URL with a bad claim names the claim and computes the rest', async ({ page }) => {
    await page.goto('/calculator/?c=green-factry&c=green-park-national');
    // Said in the form's terms: which part of the link is unknown, what it probably meant, and that the rest still counts.
    await expect(page.locator('#calc-errors')).toContainText(
      '网址中的第 1 项 "green-factry" 不是本计算器中的奖励，已忽略，其余各项照常计算。是否指“获评国家级绿色工厂”',
    );
    await expect(page.locator('#calc-errors')).not.toContainText('claims[');
    await expect(total(page)).toHaveText('按原政策测算（已失效）：400万元（1项可计算）');
  });

  test('a shared URL with bad parts keeps the rest of each claim in the form, and says what was left out', async ({
    page,
  }) => {
    await page.goto(
      '/calculator/?c=green-factory-national~nope&c=major-sci-tech-project-municipal*abc&c=green-park-national*5&c=green-park-provincial',
    );
    const errors = page.locator('#calc-errors li');
    await expect(errors).toHaveText([
      '网址中“获评国家级绿色工厂”的“已获得的较低档次”"nope"不是本计算器中的奖励，已忽略，本项按全额计算；如已获得较低档次，请在表单中选择',
      '网址中“实施市级重大科技创新专项”的项目投入额"abc"不是数字，已忽略；请在表单中填写项目投入额（万元）',
      '“获评国家级绿色园区”是定额奖励（400万元），不需要填写金额；网址中附带的金额已忽略，按定额计算',
      '网址中同时有“获评省级绿色园区”和“获评国家级绿色园区”，同属“绿色园区评级”，只计最高一档（国家级档），“获评省级绿色园区”已忽略',
    ]);
    // The form shows what was kept, and the result is the form's: what the reader sees is what is computed.
    await expect(page.getByRole('radio', { name: /^获评国家级绿色工厂/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^实施市级重大科技创新专项/ })).toBeChecked();
    await expect(page.getByLabel('项目投入额（万元）')).toHaveValue('');
    await expect(page.getByRole('radio', { name: /^获评国家级绿色园区/ })).toBeChecked();
    await expect(page.locator('#calc-not-computed')).toContainText(
      '实施市级重大科技创新专项：需要填写项目投入额（万元）',
    );
    await expect(total(page)).toHaveText('按原政策测算（已失效）：600万元（2项可计算）');
    await expect(page.locator('.calc-result')).not.toContainText(CLI_WORDS);
    // The first change makes the URL the form's: the link's messages no longer apply.
    await page.getByLabel('项目投入额（万元）').fill('1000');
    await expect(page.locator('#calc-errors')).toBeHidden();
    await expect(total(page)).toHaveText('按原政策测算（已失效）：750万元（3项可计算）');
  });

  test('typing a base ticks its award; on a ladder it asks for the tier; a bad choice never reads as nothing chosen', async ({
    page,
  }) => {
    await page.goto('/calculator/');
    await page.getByLabel('项目投入额（万元）').fill('3000');
    await expect(page.getByRole('checkbox', { name: /^实施市级重大科技创新专项/ })).toBeChecked();
    await expect(total(page)).toHaveText('按原政策测算（已失效）：300万元（1项可计算）');

    await page.getByRole('button', { name: '全部清除' }).click();
    await expect(total(page)).toHaveText('合计：0元（尚未选择任何奖励）');
    // A ladder's base serves every rung: the reader is asked which one, by the ladder's name.
    await page.locator('fieldset[data-ladder$="/industrial-internet-base-platform"] input[data-base]').fill('500');
    await expect(page.locator('#calc-errors')).toContainText(
      '已填写国家或省资助额度，但尚未选择它对应的奖励，这个金额未计算；请在“',
    );
    await expect(page.locator('#calc-errors')).toContainText('”中选择达到的档次');
    await expect(total(page)).toHaveText('合计：0元（所选项目有 1 处问题，见下方“申报有误”）');

    await page.getByRole('button', { name: '全部清除' }).click();
    await page.getByLabel('项目投入额（万元）').fill('-5');
    await expect(page.locator('#calc-errors')).toContainText(
      '“实施市级重大科技创新专项”的项目投入额应大于0万元；没有金额时请清空这一栏',
    );
    await expect(total(page)).toHaveText('合计：0元（所选项目有 1 处问题，见下方“申报有误”）');
    await expect(page.locator('.calc-result')).not.toContainText(CLI_WORDS);
  });

  test('a step-up shows what is paid now and in all, and keeps the lower tier ticked before as received', async ({
    page,
  }) => {
    await page.goto('/calculator/');
    await page.getByRole('radio', { name: /^获评省级绿色工厂/ }).check();
    await page.getByRole('radio', { name: /^获评国家级绿色工厂/ }).check();
    const previous = page.locator('select[data-previous-for$="/green-factory"]');
    // 省级 was ticked first: it stays as the tier already received, and the reader can change it.
    await expect(previous).toHaveValue('green-factory-provincial');
    await page.getByLabel('项目投入额（万元）').fill('3000');
    await expect(total(page)).toHaveText(
      /^按原政策测算（已失效）：400万元（2项可计算，进档的只计补差）\s*累计：500万元（含此前已获得的较低档次100万元）$/,
    );
    await expect(page.locator('#calc-bar-total')).toHaveText('按原政策测算（已失效）：400万元 · 累计：500万元');
    await expect(page.locator('.calc-item[data-award="green-factory-national"] .calc-amount')).toHaveText(
      '本次可得100万元（累计200万元，含此前已获得的100万元）',
    );
    expect(page.url()).toContain('c=green-factory-national~green-factory-provincial');

    await previous.selectOption('');
    await expect(total(page)).toHaveText('按原政策测算（已失效）：500万元（2项可计算）');
    await expect(page.locator('#calc-bar-total')).toHaveText('按原政策测算（已失效）：500万元');
  });

  test('the result says the day, each policy’s status on that day and the URL that holds the profile', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T09:00:00+08:00'));
    await page.goto('/calculator/?c=green-factory-national~green-factory-provincial');
    const result = page.getByRole('region', { name: '计算结果' });
    await expect(result.locator('#calc-date')).toHaveText('2026年3月1日（北京时间）');
    await expect(result.locator('#calc-statuses li')).toHaveText([
      /^已失效\s*中共杭州市委.+推动制造业高质量发展的若干意见，有效期至2021年12月31日$/,
    ]);
    await expect(result.locator('.calc-group h3')).toHaveText('杭州市推动制造业高质量发展的若干意见 已失效');
    await expect(result.locator('#calc-url')).toHaveText(page.url());
    await page.getByRole('checkbox', { name: /^实施市级重大科技创新专项/ }).check();
    // The URL shown follows the form.
    await expect(result.locator('#calc-url')).toHaveText(
      /\?c=major-sci-tech-project-municipal&c=green-factory-national~green-factory-provincial$/,
    );
  });

  test('prints the result first, with status, day and URL, and neither the form nor the sticky bar', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T09:00:00+08:00'));
    await page.goto(
      '/calculator/?c=green-factory-national~green-factory-provincial&c=major-sci-tech-project-municipal*30000000',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#calc-form')).toBeHidden();
    await expect(page.locator('.calc-bar')).toBeHidden();
    const result = page.getByRole('region', { name: '计算结果' });
    await expect(result).toContainText('按原政策测算（已失效）：400万元');
    await expect(result).toContainText('累计：500万元');
    await expect(result).toContainText('计算日期：2026年3月1日（北京时间）');
    await expect(result).toContainText('有效期至2021年12月31日');
    await expect(result).toContainText(`本结果网址：${page.url()}`);
    // On the first sheet: its top within the first A4 page (297 mm ≈ 1123 CSS px).
    const box = await page.getByRole('heading', { name: '计算结果' }).boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(400);
    // The PDF Chromium prints: one page for two awards, not six pages of form.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  test('the printed footer carries the address with the profile ticked since the page opened', async ({ page }) => {
    await page.goto('/calculator/');
    await page.getByRole('radio', { name: /^获评国家级绿色园区/u }).check();
    await expect(page).toHaveURL(/\?c=green-park-national/u);
    await expect(page.locator('#calc-bar-total')).toHaveText(/^按原政策测算（已失效）：400万元/u);
    // Beside the amount, the policy's expiry.
    await expect(page.locator('#calc-items .calc-item').first()).toContainText('（已失效：有效期至2021年12月31日）');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const footer = page.locator('[data-print-meta]');
    await expect(footer).toContainText('网址：政策库 /calculator/?c=green-park-national；');
  });

  test('on a 360px phone, no legend is cut by its fieldset border', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/calculator/');
    const cut = await page.locator('form fieldset').evaluateAll((sets) =>
      sets.flatMap((set) => {
        const legend = set.querySelector(':scope > legend');
        if (!legend) return [];
        // A legend in the border starts above the fieldset's inner edge: its text crosses the line.
        const inner = set.getBoundingClientRect().top + parseFloat(getComputedStyle(set).borderTopWidth);
        const top = legend.getBoundingClientRect().top;
        return top < inner ? [legend.textContent] : [];
      }),
    );
    expect(cut).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('calculator-360.png'), fullPage: true });
  });

  test('every control is reachable by Tab, visibly focused and never under the sticky bar; the result is announced politely', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/calculator/');
    await page.getByRole('radio', { name: /^获评国家级绿色工厂/ }).check();
    // What Tab must reach: each checkbox, base, enabled select and button, and each radio group once.
    const expected = await page.locator('#calc-form').evaluate((form) => {
      const keys = new Set<string>();
      for (const c of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
        'input, select, button',
      )) {
        if (c.disabled) continue;
        keys.add(
          c instanceof HTMLInputElement && c.type === 'radio'
            ? `radio:${c.name}`
            : `${c.tagName}:${c.id || c.textContent}`,
        );
      }
      return [...keys].sort();
    });
    // Focus set by a script after a click shows no ring (:focus-visible); a key press makes it the keyboard's.
    await page.locator('#calc-form input').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const reached = new Set<string>();
    const problems: string[] = [];
    for (let i = 0; i < expected.length + 5; i++) {
      const seen = await page.evaluate(() => {
        const c = document.activeElement;
        if (!(c instanceof HTMLElement) || !c.closest('#calc-form')) return null;
        const key =
          c instanceof HTMLInputElement && c.type === 'radio'
            ? `radio:${c.name}`
            : `${c.tagName}:${c.id || c.textContent}`;
        const rect = c.getBoundingClientRect();
        const bar = document.querySelector('.calc-bar')?.getBoundingClientRect();
        const hidden = bar !== undefined && bar.top < innerHeight && rect.bottom > bar.top;
        const style = getComputedStyle(c);
        return { key, hidden, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (seen === null) break;
      reached.add(seen.key);
      if (seen.hidden) problems.push(`${seen.key} under the bar`);
      if (!seen.outline) problems.push(`${seen.key} without a visible focus ring`);
      await page.keyboard.press('Tab');
    }
    expect([...reached].sort()).toEqual(expected);
    expect(problems).toEqual([]);

    // Space ticks a box: the total is announced politely and focus stays on the box.
    const box = page.getByRole('checkbox', { name: /^实施市级重大科技创新专项/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(total(page)).toHaveAttribute('aria-live', 'polite');
    await expect(total(page)).toContainText('按原政策测算（已失效）：200万元');
    await expect(box).toBeFocused();
    // The bar's link is a control too.
    await page.getByRole('link', { name: '查看明细' }).focus();
    await expect(page.getByRole('link', { name: '查看明细' })).toBeFocused();
  });

  test('works on a 360px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/calculator/');
    await tickExample(page);
    await expect(total(page)).toHaveText(EXAMPLE_TOTAL);
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
