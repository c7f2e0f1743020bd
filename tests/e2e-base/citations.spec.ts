import { expect, test, type Page } from '@playwright/test';
import type { ClauseJson, PinpointJson, PolicyJson, ReferenceJson } from '../../src/lib/site/api-types';
import { titleKey } from '../../src/lib/text/title-key';
import { getJson } from '../e2e/helpers/api';

// Citations followed to the text they name, on the whole base (dist/): titles as people write
// them link to the document the base holds, pinpoints (第十四条第二款, 本条例第十六条) land on
// the article's paragraph or item, a pinpoint into a later version says so, and the legal basis
// shows both ways. Samples are chosen from the API by what they are, never by id.

/** The clauses that hold a pinpoint of a kind, with the pinpoint. */
function pinpointsOf(
  clauses: ClauseJson[],
  keep: (p: PinpointJson) => boolean,
): { clause: ClauseJson; p: PinpointJson }[] {
  return clauses.flatMap((clause) => clause.pinpoints.filter(keep).map((p) => ({ clause, p })));
}

/** The article a pinpoint names, as its page's heading writes it: 第十四条第二款 → 第十四条. */
function articleOf(text: string): string {
  return /^第[零一二三四五六七八九十百千]+条/u.exec(text)?.[0] ?? text;
}

/** Follows a pinpoint link of a clause page and checks where it lands. */
async function follow(page: Page, clause: ClauseJson, p: PinpointJson): Promise<void> {
  await page.goto(clause.url);
  const link = page.locator(`main a.pinpoint[href="${p.url}"]`).first();
  await expect(link).toHaveText(p.text);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${p.url.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'));
  // The label names the place in full (《…》第十四条第（二）项, where the text wrote 第（二）项 after 第十四条第（一）项、).
  await expect(page.locator('h1')).toContainText(articleOf(p.label.slice(p.label.lastIndexOf('》') + 1)));
  const hash = p.url.split('#')[1];
  if (hash) {
    const part = page.locator(`[id="${hash}"]`);
    await expect(part).toBeVisible();
    // The anchor is the paragraph or item the pinpoint names: its label says so.
    const named = p.text.replace(/^第[零一二三四五六七八九十百千]+条/u, '');
    if (named) await expect(part).toHaveAttribute('title', new RegExp(`${named.replace(/[（）()]/gu, '.')}$`, 'u'));
  }
}

test('of the titles the provisions write whose document the base holds, at least 99% link to it', async ({
  request,
}) => {
  const [clauses, policies] = await Promise.all([
    getJson<ClauseJson[]>(request, 'clauses.json'),
    getJson<PolicyJson[]>(request, 'policies.json'),
  ]);
  const byKey = new Map(policies.map((p) => [titleKey(p.title), p.id]));
  let inBase = 0;
  const missed: string[] = [];
  for (const c of clauses)
    for (const m of c.text.matchAll(/《((?:[^《》]|《[^《》]*》)+)》/gu)) {
      const id = byKey.get(titleKey(m[1] ?? ''));
      if (!id || id === c.policy) continue;
      inBase += 1;
      if (!c.citations.some((ct) => ct.policy === id && ct.target?.startsWith(`/policies/${id}/`)))
        missed.push(`${c.url} ${m[0]}`);
    }
  expect(inBase).toBeGreaterThan(500);
  expect(1 - missed.length / inBase, missed.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.99);
});

test('a regulation citing 《中华人民共和国…法》第X条第Y款 lands on that paragraph of the law', async ({
  page,
  request,
}) => {
  const clauses = await getJson<ClauseJson[]>(request, 'clauses.json');
  const found = pinpointsOf(clauses, (p) => p.kind === 'document' && p.url.includes('#') && !p.versionNote);
  const law = found.find(({ p }) => p.label.startsWith('《中华人民共和国')) ?? found[0];
  if (!law) throw new Error('no pinpoint into a paragraph or item of a document of the base');
  await follow(page, law.clause, law.p);
});

test('本条例第X条 links inside the document, to the paragraph it names', async ({ page, request }) => {
  const clauses = await getJson<ClauseJson[]>(request, 'clauses.json');
  const within = pinpointsOf(clauses, (p) => p.kind === 'self');
  expect(within.length).toBeGreaterThan(1000);
  for (const { clause, p } of within) expect(p.policy, clause.url).toBe(clause.policy);
  const sample = within.find(({ p }) => p.paragraph !== undefined && p.url.includes('#para-')) ?? within[0];
  if (!sample) throw new Error('no 本条例第X条');
  await follow(page, sample.clause, sample.p);
});

test('a pinpoint into a later version than the citing document says so, on the link and beside it', async ({
  page,
  request,
}) => {
  const clauses = await getJson<ClauseJson[]>(request, 'clauses.json');
  const noted = pinpointsOf(clauses, (p) => p.versionNote !== undefined);
  expect(noted.length).toBeGreaterThan(0);
  for (const { p } of noted) expect(p.versionNote).toMatch(/条文序号可能已变$/u);
  const first = noted[0];
  if (!first) throw new Error('no version note');
  await page.goto(first.clause.url);
  const link = page.locator(`main a.pinpoint[href="${first.p.url}"]`).first();
  await expect(link).toHaveAttribute('title', new RegExp(first.p.versionNote ?? '', 'u'));
  await expect(page.locator('main .version-note').first()).toContainText(first.p.versionNote ?? '');
});

test("a national law's page lists the documents of the base made under it, and theirs name it as 制定依据", async ({
  page,
  request,
}) => {
  const policies = await getJson<PolicyJson[]>(request, 'policies.json');
  const laws = policies.filter((p) => p.kind === '法律' && p.implementedBy.length > 0);
  expect(laws.length).toBeGreaterThan(20);
  const law = laws.find((p) => p.implementedBy.some((d) => d.title.startsWith('浙江省'))) ?? laws[0];
  const made = law?.implementedBy.find((d) => d.title.startsWith('浙江省')) ?? law?.implementedBy[0];
  if (!law || !made) throw new Error('no law with an implementing document');
  expect(made.quote).toContain(law.title.replace(/^中华人民共和国/u, ''));
  await page.goto(law.url);
  const section = page.getByRole('region', { name: /本库中依据本法制定的文件/u });
  await expect(section.getByRole('link', { name: `《${made.title}》` })).toBeVisible();
  await section.getByRole('link', { name: `《${made.title}》` }).click();
  await expect(page.locator('main')).toContainText('制定本');
  await page.goto(`/policies/${made.policy}/`);
  await expect(
    page
      .getByRole('region', { name: '制定依据' })
      .getByRole('link', { name: `《${law.title}》` })
      .first(),
  ).toHaveAttribute('href', law.url);
});

test('a reference a document of the base repeals is marked, and its page never says it governs', async ({
  page,
  request,
}) => {
  const references = await getJson<ReferenceJson[]>(request, 'references.json');
  const repealed = references.filter((r) => r.repealed);
  expect(repealed.length).toBeGreaterThan(0);
  for (const r of repealed) expect(r.repealedBy?.quote, r.id).toContain('同时废止');
  const info = repealed.find((r) => r.title === '浙江省信息化促进条例') ?? repealed[0];
  if (!info?.repealedBy) throw new Error('no repealed reference');
  await page.goto(info.url);
  await expect(page.locator('main')).toContainText('该文件已被废止');
  await expect(page.locator('main')).not.toContainText('交由该文件规定');
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: `《${info.repealedBy.title}》` })
      .first(),
  ).toBeVisible();
});

test('the citation copied from a link to an item names the item', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clauses = await getJson<ClauseJson[]>(request, 'clauses.json');
  const withItem = pinpointsOf(clauses, (p) => p.item !== undefined && p.url.includes('#item-'));
  const sample = withItem[0];
  if (!sample) throw new Error('no pinpoint into an item');
  await page.goto(sample.p.url);
  const item = sample.p.url.split('#')[1] ?? '';
  const label = (await page.locator(`[id="${item}"]`).getAttribute('title')) ?? '';
  expect(label).toMatch(/项$/u);
  await expect(page.locator('.cite-text')).toContainText(`条${label}`);
  await page.getByRole('button', { name: '复制引用' }).click();
  await expect(page.locator('.copy-status')).toHaveText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`条${label}`);
  expect(copied).toContain(`#${item}`);
});
