import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { PolicyJson, ReferenceJson } from '../../src/lib/site/api-types';
import { statSync } from 'node:fs';
import { styles, templateOf, templatePages } from '../e2e/helpers/axe-pages';
import { fileFor, sitePaths } from '../e2e/helpers/dist';
import { getJson } from '../e2e/helpers/api';
import { search } from '../e2e/search-helpers';

// The whole base as a user meets it: every document listed with its record, a sample of the
// pages of each template, search over every document, and citations that land on the
// documents the base holds. Facts are checked against the records, never against counts
// written here, so that the base may grow.

/** The kinds a document of the base may be. */
const KINDS = ['法律', '行政法规', '部门规章', '地方性法规', '地方政府规章', '规范性文件', 'unknown'];

test('/api/policies.json lists the regulations and laws with their record and status', async ({ request }) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  expect(policies.length).toBeGreaterThan(400);
  for (const p of policies) {
    expect(KINDS, p.id).toContain(p.kind);
    expect(p.status.label, p.id).toMatch(/^(现行有效|已失效|尚未施行|已废止|时效未知)$/u);
    expect(p.provisionCount, p.id).toBeGreaterThan(0);
  }
  const collected = policies.filter((p) => p.source.collection !== null);
  const local = collected.filter((p) => p.source.collection?.path.startsWith('DLC/'));
  // Only the province's and Hangzhou's regulations: other cities' do not govern a Hangzhou enterprise.
  for (const p of local) expect(p.title, p.id).toMatch(/^(浙江省|杭州)/u);
  expect(local.length).toBeGreaterThan(200);
  // The national documents are there because a document of the base cites them.
  const national = collected.filter((p) => !p.source.collection?.path.startsWith('DLC/'));
  expect(national.length).toBeGreaterThan(100);
  const kinds = new Set(national.map((p) => p.kind));
  expect(kinds).toContain('法律');
  expect(kinds).toContain('行政法规');
  // Every record of a regulation states who passed it, as its passage lines do.
  const passed = local.filter((p) => p.passed !== null);
  expect(passed.length / local.length).toBeGreaterThan(0.9);
  // The 2024 policy is in, and expired.
  const p2024 = policies.find((p) => p.id === 'hz-2024-economy-policies');
  expect(p2024?.status.label).toBe('已失效');
});

test('a document another one repeals is marked 已废止, with the sentence that says so', async ({ page, request }) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const repealed = policies.filter((p) => p.repealedBy !== null);
  expect(repealed.length).toBeGreaterThan(0);
  const first = repealed[0];
  if (!first?.repealedBy) throw new Error('no repealed document');
  expect(first.status.label).toBe('已废止');
  expect(first.repealedBy.quote).toContain('同时废止');
  await page.goto(first.url);
  await expect(page.locator('.status-banner')).toContainText('已废止');
  await page
    .locator('.facts')
    .getByRole('link', { name: new RegExp(first.repealedBy.title, 'u') })
    .click();
  await expect(page).toHaveURL(new RegExp(`${first.repealedBy.url.replace(/\/$/u, '')}/?`, 'u'));
  await expect(page.locator('main')).toContainText('同时废止');
});

test('a reference to a document the base holds leads to that document', async ({ page, request }) => {
  const references = await getJson<ReferenceJson[]>(request, 'references.json');
  const held = references.filter((r) => r.policy !== null);
  expect(held.length).toBeGreaterThan(100);
  const ref = held.find((r) => r.citations.length > 0) ?? held[0];
  if (!ref) throw new Error('no reference');
  await page.goto(ref.url);
  const link = page
    .locator('main')
    .locator(`a[href="/policies/${ref.policy ?? ''}/"]`)
    .first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/policies/${ref.policy ?? ''}/$`, 'u'));
});

test('an imported regulation is found first by the words of its title, in a real browser', async ({
  page,
  request,
}) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const target = policies.find((p) => p.title === '安全生产许可证条例');
  if (!target) throw new Error('安全生产许可证条例 is not in the base');
  const paths = await search(page, '安全生产许可证');
  expect(paths[0], paths.slice(0, 5).join(' ')).toMatch(new RegExp(`^${target.url}`, 'u'));
});

test.describe('search over the whole base (issue 22)', () => {
  /** The provisions of `id` in the API: the pages an answer about its subject may be. */
  const provisionsOf = async (request: APIRequestContext, id: string) => {
    const policies = await getJson<PolicyJson[]>(request, 'policies.json');
    const p = policies.find((x) => x.id === id);
    if (!p) throw new Error(`${id} is not in the base`);
    return p;
  };
  // 河长 is cut into 河 + 长 by the browser and by Pagefind's indexer alike; the routing directory
  // ranked the policies with most words starting with 河 or 长 (河道, 长江) first and the search
  // found nothing. The 河长制 regulation names the word in its title.
  for (const q of ['河长', '河长制'])
    test(`“${q}” finds 浙江省河长制规定 first`, async ({ page, request }) => {
      const target = await provisionsOf(request, 'zj-2017-he-chang-zhi-guiding');
      const paths = await search(page, q);
      expect(paths[0], paths.slice(0, 5).join(' ')).toMatch(new RegExp(`^${target.url}`, 'u'));
    });
  test('“粮食安全” finds the regulation whose title names it before the 2024 policy’s item on it, expired and marked', async ({
    page,
    request,
  }) => {
    const regulation = await provisionsOf(request, 'zj-2018-liangshi-anquan-baozhang-tiaoli');
    const paths = await search(page, '粮食安全');
    expect(paths[0], paths.slice(0, 5).join(' ')).toMatch(new RegExp(`^${regulation.url}`, 'u'));
    // The 2024 policy's item (五十八) 健全粮食安全保障机制 is still found, with its status.
    const item = page.getByTestId('search-result').filter({ hasText: '健全粮食安全保障机制' });
    if ((await item.count()) > 0) await expect(item.first()).toContainText('已失效');
  });
  test('a regulation’s articles come before its passage lines (题注), which only name its title', async ({
    page,
    request,
  }) => {
    const drones = await provisionsOf(request, 'zj-2019-wurenjiashi-hangkong-qi-gonggong-anquan-guanli');
    const paths = await search(page, '无人驾驶航空器');
    expect(paths[0], paths.slice(0, 5).join(' ')).toMatch(new RegExp(`^${drones.url}\\d+/$`, 'u'));
  });
  test('“生活垃圾分类” finds a 生活垃圾 regulation before a law that mentions the words in passing', async ({
    page,
    request,
  }) => {
    const regulations = await Promise.all(
      ['hz-2019-shenghuo-laji-guanli-tiaoli', 'zj-2020-shenghuo-laji-guanli-tiaoli'].map((id) =>
        provisionsOf(request, id),
      ),
    );
    const paths = await search(page, '生活垃圾分类');
    expect(
      regulations.some((r) => paths[0]?.startsWith(r.url)),
      paths.slice(0, 5).join(' '),
    ).toBe(true);
  });
  test('an everyday word finds the regulation’s term (无人机 → 无人驾驶航空器), and 高企 is not found in 提高企业', async ({
    page,
    request,
  }) => {
    const drones = await provisionsOf(request, 'zj-2019-wurenjiashi-hangkong-qi-gonggong-anquan-guanli');
    const paths = await search(page, '无人机');
    expect(paths[0], paths.slice(0, 5).join(' ')).toMatch(new RegExp(`^${drones.url}`, 'u'));
    await search(page, '高企');
    const first = page.getByTestId('search-result').first();
    await expect(first).toContainText('高新技术企业');
  });
  test('a query that finds nothing names its words and links the closest pages, never an empty page', async ({
    page,
  }) => {
    const paths = await search(page, '独角兽');
    expect(paths).toEqual([]);
    await expect(page.getByRole('status')).toContainText('独角兽');
    const closest = page.getByRole('region', { name: '相近的内容' });
    await expect(closest.getByRole('link').first()).toBeVisible();
  });
});

/**
 * The templates of the whole base, one page each. A document's full text is checked on the
 * smallest document of its style: the markup is the template's, and axe reading the 民法典's
 * 1,260 articles (1 MB of HTML) would take minutes; the largest document has its own test below.
 */
const styleOf = styles();
const bytes = (path: string) => statSync(fileFor(path) ?? '').size;
const templates = [...templatePages().entries()].map(([template, path]): [string, string] => {
  if (!template.startsWith('policy full text')) return [template, path];
  const sameTemplate = sitePaths().filter(
    (p) => /^\/policies\/[^/]+\/$/u.test(p) && templateOf(p, styleOf) === template,
  );
  return [template, [...sameTemplate].sort((a, b) => bytes(a) - bytes(b))[0] ?? path];
});

for (const [template, path] of templates)
  test(`the ${template} template renders its page ${path} with no accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

test('the largest document opens with its table of contents and its last article one click away', async ({
  page,
  request,
}) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const largest = [...policies].sort((a, b) => b.provisionCount - a.provisionCount)[0];
  if (!largest) throw new Error('no policy');
  await page.goto(largest.url);
  await expect(page.locator('h1')).toContainText(largest.shortTitle);
  const last = page.locator(`a[href$="/${String(largest.provisionCount)}/"]`).first();
  await expect(last).toBeAttached();
  await page.goto(`${largest.url}${String(largest.provisionCount)}/`);
  await expect(page.locator('h1')).toBeVisible();
});

test('a code the collection keeps in parts is one document, each 编 headed as its text writes it', async ({
  page,
  request,
}) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const code = policies.find((p) => (p.source.collection?.parts.length ?? 0) > 1);
  if (!code) throw new Error('no document of the base is joined from parts');
  const books = code.divisions.filter((d) => d.kind === 'book');
  expect(books.length).toBe(code.source.collection?.parts.length);
  // The parts' headings write no numeral, and none is made up.
  for (const b of books) expect(b.numeral).toBeNull();
  await page.goto(code.url);
  const toc = page.getByRole('navigation', { name: '目录' });
  for (const b of books) await expect(toc.getByRole('link', { name: b.name, exact: true })).toBeVisible();
  await expect(page.locator('main').getByRole('heading', { name: /^第[一二三四五六七八]编/u })).toHaveCount(0);
  await expect(page.locator('main').getByRole('heading', { name: '人格权编', exact: true })).toBeVisible();
  // A book's page lists its chapters, and the articles run on through the code.
  const second = books[1];
  if (!second) throw new Error('a code of one part');
  await page.goto(second.url);
  await expect(page.locator('h1')).toContainText(second.name);
  const firstArticle = second.clauses[0];
  expect(firstArticle).toBeGreaterThan(1);
  await expect(page.locator(`a[href$="/${String(firstArticle)}/"]`).first()).toBeAttached();
});

test('a regulation whose text stops short says so on its page and on its last article', async ({ page, request }) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const cut = policies.find((p) => p.defects.some((d) => d.kind === 'no-ending'));
  if (!cut) throw new Error('no document is flagged as ending short');
  const defect = cut.defects.find((d) => d.kind === 'no-ending');
  await page.goto(cut.url);
  await expect(page.locator('main')).toContainText(defect?.note ?? '');
  await page.goto(`${cut.url}${String(defect?.provision)}/`);
  await expect(page.locator('main')).toContainText('收录的文本可能不完整');
});

test('a regulation whose article numbers start after 第一条 says so on its page and on its first article', async ({
  page,
  request,
}) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const flagged = policies.filter((p) => p.defects.some((d) => d.kind === 'missing-start'));
  expect(flagged.map((p) => p.title)).toContain('浙江省无人驾驶航空器公共安全管理规定');
  for (const p of flagged) {
    const defect = p.defects.find((d) => d.kind === 'missing-start');
    await page.goto(p.url);
    await expect(page.locator('main')).toContainText(defect?.note ?? '');
    await page.goto(`${p.url}${String(defect?.provision)}/`);
    // The first article keeps the number the source gives it.
    await expect(page.locator('main h1')).toContainText(defect?.place ?? '');
    await expect(page.locator('main')).toContainText('收录的文本可能缺了这些条文或它们的条号');
  }
});
