import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue, titleOf, versionDateOf } from '../../src/lib/collection/catalogue';
import { collectionPolicyId } from '../../src/lib/collection/policy-id';
import { citedDocuments, isProvinceOrHangzhou } from '../../src/lib/collection/select';
import { titleKey } from '../../src/lib/text/title-key';
import { versionsInForce } from '../../src/lib/collection/versions';
import { ingestBatch, linkedReferences } from '../../src/lib/ingest/batch';
import { project } from '../fixtures/ingest/support';

/** A collection file: title, passage lines, the info marker and a body of articles. */
function law(title: string, passed: string, articles: number): string {
  const numerals = ['一', '二', '三', '四', '五'];
  const body = numerals
    .slice(0, articles)
    .map((n) => `第${n}条 为了测试，依照《中华人民共和国测试法》制定本条例第${n}条。`)
    .join('\n\n');
  return `# ${title}\n\n${passed} 浙江省第十三届人民代表大会常务委员会第二十六次会议通过\n\n<!-- INFO END -->\n\n${body}\n`;
}

/** A checkout with a few files, as the collection lays them out. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'collection-'));
  const files: Record<string, string> = {
    'DLC/浙江/浙江省测试条例(2020-12-24).md': law('浙江省测试条例', '2020年12月24日', 3),
    'DLC/浙江/宁波市测试条例(2019-01-01).md': law('宁波市测试条例', '2019年1月1日', 2),
    'DLC/浙江/_index.md': '---\nbookCollapseSection: true\n---',
    'DLC/浙江/说明.md': '没有标题的文件\n',
    '经济法/测试法(2017-11-04).md': law('中华人民共和国测试法', '2017年11月4日', 2),
    '经济法/测试法(2024-06-28).md': law('中华人民共和国测试法', '2024年6月28日', 2),
    '经济法/测试法(2030-01-01).md': law('中华人民共和国测试法', '2030年1月1日', 2),
    '经济法/别的法(2010-01-01).md': law('中华人民共和国别的法', '2010年1月1日', 2),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the collection catalogue', () => {
  it('reads titles and version dates, skips index pages and reports untitled files', () => {
    const root = checkout();
    const { entries, untitled } = readCatalogue(root, ['DLC/浙江']);
    expect(entries.map((e) => e.title)).toEqual(['宁波市测试条例', '浙江省测试条例']);
    expect(entries.map((e) => e.date)).toEqual(['2019-01-01', '2020-12-24']);
    expect(untitled).toEqual(['DLC/浙江/说明.md']);
    expect(entries.filter(isProvinceOrHangzhou).map((e) => e.title)).toEqual(['浙江省测试条例']);
  });

  it('takes dates from names only when they are real days', () => {
    expect(versionDateOf('会计法(2024-06-28).md')).toBe('2024-06-28');
    expect(versionDateOf('会计法(2024-02-30).md')).toBeNull();
    expect(versionDateOf('总则.md')).toBeNull();
    expect(titleOf('# 中华人民共和国民法典\n\n# 总则')).toBe('中华人民共和国民法典');
  });

  it('picks the version in force on the day and keeps the others, a future one included', () => {
    const { entries } = readCatalogue(checkout(), ['经济法']);
    const [other, test] = versionsInForce(entries, '2026-12-07');
    expect(other?.chosen.title).toBe('中华人民共和国别的法');
    expect(test?.chosen.date).toBe('2024-06-28');
    expect(test?.others).toEqual(['2017-11-04', '2030-01-01']);
    expect(versionsInForce(entries, '2020-01-01')[1]?.chosen.date).toBe('2017-11-04');
  });

  it('names a document the collection keeps in undated parts as such', () => {
    const parts = [
      { file: '民法典/总则.md', title: '中华人民共和国民法典', date: null },
      { file: '民法典/物权编.md', title: '中华人民共和国民法典', date: null },
    ];
    const [code] = versionsInForce(parts, '2026-12-07');
    expect(code?.parts.map((p) => p.file)).toEqual(['民法典/总则.md', '民法典/物权编.md']);
  });
});

describe('titles as citations write them', () => {
  it('meet with and without the state name, marks and a version note', () => {
    expect(titleKey('《中华人民共和国电子商务法》')).toBe(titleKey('电子商务法'));
    expect(titleKey('中华人民共和国会计法（2017年修正）')).toBe('会计法');
    expect(titleKey('浙江省电子商务条例')).not.toBe(titleKey('电子商务法'));
  });

  it('selects the cited documents only', () => {
    const { entries } = readCatalogue(checkout(), ['经济法']);
    const cited = citedDocuments(versionsInForce(entries, '2026-12-07'), ['《测试法》', '浙江省测试条例']);
    expect(cited.map((d) => d.chosen.title)).toEqual(['中华人民共和国测试法']);
  });
});

describe('collection policy ids', () => {
  it('are the place, the year and the pinyin of the title words', () => {
    expect(collectionPolicyId('浙江省专利条例', '2015', false)).toBe('zj-2015-zhuanli-tiaoli');
    expect(collectionPolicyId('杭州市会展业促进条例', '2017', false)).toMatch(/^hz-2017-[a-z-]+-cujin-tiaoli$/u);
    expect(collectionPolicyId('中华人民共和国会计法', '2024', true)).toBe('cn-2024-kuaiji-fa');
    expect(collectionPolicyId('专利法实施细则', '2023', true)).toMatch(/^cn-2023-zhuanli/u);
  });

  it('stay within 60 characters, cut at a word', () => {
    const id = collectionPolicyId('浙江省实施《中华人民共和国农村土地承包法》办法的若干补充规定和说明', '2020', false);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^zj-2020-[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });
});

describe('a batch of collection documents', () => {
  it('plans every document with its provenance and reuses references across documents', async () => {
    const root = checkout();
    const docs = [
      { input: join(root, 'DLC/浙江/浙江省测试条例(2020-12-24).md'), policyId: 'zj-2020-ceshi-tiaoli' },
      { input: join(root, 'DLC/浙江/宁波市测试条例(2019-01-01).md'), policyId: 'nb-2019-ceshi-tiaoli' },
    ].map((d) => ({
      ...d,
      source: {
        portal: 'LawRefBook/Laws 法律法规数据库',
        collection: { repository: 'LawRefBook/Laws', commit: '2f4c5c2', path: d.input, parts: [], otherVersions: [] },
      },
    }));
    const progress: number[] = [];
    const result = await ingestBatch(docs, project, (n) => progress.push(n));
    expect(progress).toEqual([1, 2]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['planned', 'planned']);
    const paths = result.planned.map((f) => f.path);
    expect(paths).toContain('content/policies/zj-2020-ceshi-tiaoli.yaml');
    expect(paths).toContain('content/sources/zj-2020-ceshi-tiaoli.txt');
    expect(paths).toContain('content/sources/zj-2020-ceshi-tiaoli.md');
    expect(paths.filter((p) => p.startsWith('content/clauses/zj-2020-ceshi-tiaoli/'))).toHaveLength(3);
    // Both cite 《中华人民共和国测试法》: one reference record, written once.
    const refs = paths.filter((p) => p.startsWith('content/references/'));
    expect(new Set(refs).size).toBe(refs.length);
    expect(result.base.references.filter((r) => r.data.title === '中华人民共和国测试法')).toHaveLength(1);
    const policy = result.base.policies.find((p) => p.data.id === 'zj-2020-ceshi-tiaoli')?.data;
    expect(policy?.source.collection?.commit).toBe('2f4c5c2');
    expect(policy?.passed?.date).toBe('2020-12-24');
  });

  it('refuses a second policy of the same id, and a file the ingest cannot read, and goes on', async () => {
    const root = checkout();
    const input = join(root, 'DLC/浙江/浙江省测试条例(2020-12-24).md');
    const result = await ingestBatch(
      [
        { input, policyId: 'zj-2020-ceshi-tiaoli' },
        { input, policyId: 'zj-2020-ceshi-tiaoli' },
        { input: join(root, 'DLC/浙江/说明.md'), policyId: 'zj-shuoming' },
      ],
      project,
    );
    expect(result.outcomes.map((o) => o.status)).toEqual(['planned', 'refused', 'refused']);
    const reasons = result.outcomes.flatMap((o) => (o.status === 'refused' ? [o.reason] : []));
    expect(reasons[0]).toContain('already holds a policy zj-2020-ceshi-tiaoli');
    expect(reasons[1]).toMatch(/说明\.md/u);
  });

  it('links a reference to the policy the base now holds, and leaves the others', () => {
    const refs = [
      { id: 'ref-a', docNumber: null, title: '中华人民共和国测试法', policy: null },
      { id: 'ref-b', docNumber: null, title: '别的法', policy: null },
      { id: 'ref-c', docNumber: null, title: '测试法', policy: 'curated-id' },
    ];
    const planned = linkedReferences(refs, (r) => (titleKey(r.title) === '测试法' ? 'cn-2024-ceshi-fa' : null));
    expect(planned.map((f) => f.path)).toEqual(['content/references/ref-a.yaml']);
    expect(String(planned[0]?.text)).toContain('policy: cn-2024-ceshi-fa');
  });
});
