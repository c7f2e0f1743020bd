/**
 * Industry views (what an enterprise of one industry sees): an award belongs to an industry only
 * where its own sentence names it; the awards open to every industry follow; the awards table's
 * filter says how many rows it shows of how many.
 */
import { expect, test } from '@playwright/test';
import { getJson } from './helpers/api';

interface Award {
  id: string;
  policy: string;
  clause: number;
  condition: string;
  quote: string;
  industries: string[];
}
interface Industry {
  id: string;
  name: string;
  aliases: string[];
  url: string;
}

test('an award is tagged with an industry only where its own sentence names it, for every industry', async ({
  request,
}) => {
  const awards = await getJson<Award[]>(request, 'awards.json');
  const industries = await getJson<Industry[]>(request, 'industries.json');
  for (const a of awards) {
    for (const name of a.industries) {
      const industry = industries.find((i) => i.name === name);
      const words = [name, ...(industry?.aliases ?? [])];
      expect(
        words.some((w) => `${a.condition}${a.quote}`.includes(w)),
        `${a.id} tagged ${name}`,
      ).toBe(true);
    }
  }
  // The municipal sci-tech project grant's sentence names no industry, though its clause mentions 新材料.
  expect(awards.find((a) => a.id === 'major-sci-tech-project-municipal')?.industries).toEqual([]);
});

test('an industry page lists the awards whose sentence names it, then every award open to all industries', async ({
  page,
  request,
}) => {
  const awards = await getJson<Award[]>(request, 'awards.json');
  const industries = await getJson<Industry[]>(request, 'industries.json');
  const open = awards.filter((a) => a.industries.length === 0);
  // Check the industries that have awards of their own and one that has none.
  const withAwards = industries.filter((i) => awards.some((a) => a.industries.includes(i.name)));
  const without = industries.find((i) => !awards.some((a) => a.industries.includes(i.name)));
  for (const industry of [...withAwards.slice(0, 3), ...(without ? [without] : [])]) {
    await page.goto(industry.url);
    const own = awards.filter((a) => a.industries.includes(industry.name));
    const ownRegion = page.getByRole('region', { name: new RegExp(`原文点名“${industry.name}”的奖励与支持`) });
    await expect(ownRegion.locator('tbody tr')).toHaveCount(own.length);
    const general = page.getByRole('region', { name: /不限产业的奖励与支持/ });
    // Awards of clauses that name an industry group as a whole are not open to every industry.
    const rows = await general.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(open.length);
    await expect(general).toContainText('对实施市级重大科技创新专项的');
  }
});

test('the awards table says how many rows the filters show, of how many, in its count and its caption', async ({
  page,
  request,
}) => {
  const awards = await getJson<Award[]>(request, 'awards.json');
  await page.goto('/awards/');
  const count = page.locator('form.awards-controls output');
  await expect(count).toHaveText(`共 ${String(awards.length)} 项`);
  const industry = awards.find((a) => a.industries.length > 0)?.industries[0] ?? '';
  await page.getByLabel('产业', { exact: true }).selectOption(industry);
  const shown = awards.filter((a) => a.industries.includes(industry)).length;
  await expect(count).toHaveText(`显示 ${String(shown)} 项，共 ${String(awards.length)} 项`);
  await expect(page.locator('#all-awards caption')).toContainText(
    `筛选后显示 ${String(shown)} 项（共 ${String(awards.length)} 项）`,
  );
  await expect(page.locator('#all-awards tbody tr:visible')).toHaveCount(shown);
  await page.getByLabel('政策', { exact: true }).selectOption('zj-2009-high-tech');
  await page.getByLabel('产业', { exact: true }).selectOption('');
  await expect(page.locator('#all-awards tbody tr:visible')).toHaveCount(
    awards.filter((a) => a.policy === 'zj-2009-high-tech').length,
  );
});
