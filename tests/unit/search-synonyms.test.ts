import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { queryRewrites, synonymGroups, synonymsFor, type SynonymGroup } from '../../src/lib/search/synonyms';

const groups: SynonymGroup[] = [
  { canonical: '资助', words: ['补贴', '扶持', '支持'] },
  { canonical: '补助', words: ['补贴'] },
  { canonical: '技术改造', words: ['技改'] },
];

describe('synonymsFor', () => {
  it('adds the words people use for the policy words a text holds', () => {
    expect(synonymsFor('给予200万元资助', groups)).toEqual(['补贴', '扶持', '支持']);
  });
  it('is triggered by the policy word only, never by a synonym', () => {
    expect(synonymsFor('鼓励支持企业', groups)).toEqual([]);
  });
  it('does not repeat words the text already holds', () => {
    expect(synonymsFor('资助和扶持', groups)).toEqual(['补贴', '支持']);
  });
});

describe('queryRewrites', () => {
  it('rewrites a word of one group that the corpus never writes', () => {
    expect(queryRewrites(groups, '技术改造 资助 补助')).toEqual({ 技改: '技术改造', 扶持: '资助', 支持: '资助' });
  });
  it('keeps words shared by groups, and words the corpus writes', () => {
    const r = queryRewrites(groups, '技术改造 资助 补助 支持');
    expect(r['补贴']).toBeUndefined();
    expect(r['支持']).toBeUndefined();
  });
});

describe('synonymGroups of the real vocabularies', () => {
  const kb = getKnowledgeBase();
  const all = synonymGroups(kb.supportTypes, kb.industries, kb.searchEquivalents);
  it('carries the vocabulary synonyms of support types and the aliases of industries', () => {
    expect(all.find((g) => g.canonical === '资助')?.words).toContain('补贴');
    expect(all.find((g) => g.canonical === '数字安防')?.words).toContain('安防视频');
  });
  it('knows 首台套 and 上云', () => {
    expect(all.find((g) => g.canonical === '首台（套）')?.words).toContain('首台套');
    expect(all.find((g) => g.canonical === '企业上云')?.words).toContain('上云');
  });
});
