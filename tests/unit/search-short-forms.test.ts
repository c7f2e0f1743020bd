import { describe, expect, it } from 'vitest';
import type { RawKnowledgeBase } from '../../src/lib/content/load';
import { checkShortForms, readShortForms, reviewedShortForms, shortFormsYaml } from '../../src/lib/search/short-forms';
import { ShortFormsFileSchema, type ShortForm } from '../../src/schemas/vocabulary';
import { load } from 'js-yaml';

/** A base of one document whose 第一条 defines 公路法, with the short forms' file `entries`. */
function base(entries: ShortForm[]): Pick<RawKnowledgeBase, 'policies' | 'clauses' | 'vocabularies'> {
  return {
    policies: [{ file: 'content/policies/zj-gonglu.yaml', data: { id: 'zj-gonglu', preamble: '' } }],
    clauses: [
      {
        file: 'content/clauses/zj-gonglu/01.md',
        data: { policy: 'zj-gonglu' },
        body: '根据《中华人民共和国公路法》（以下简称公路法），制定本条例。',
      },
    ],
    vocabularies: { shortForms: entries },
  } as unknown as Pick<RawKnowledgeBase, 'policies' | 'clauses' | 'vocabularies'>;
}

const gonglu: ShortForm = { policy: 'zj-gonglu', full: '中华人民共和国公路法', short: '公路法', use: true };

describe('the short forms’ file', () => {
  it('holds what the texts define, and agrees with them', () => {
    expect(readShortForms(base([]))).toEqual([gonglu]);
    expect(checkShortForms(base([gonglu]))).toEqual([]);
  });

  it('reports a definition the file lacks and an entry no text defines, naming the file and what to run', () => {
    const missing = checkShortForms(base([]));
    expect(missing).toHaveLength(1);
    expect(missing[0]?.file).toBe('content/vocabularies/short-forms.yaml');
    expect(missing[0]?.found).toContain('公路法 = 中华人民共和国公路法');
    expect(missing[0]?.fix).toContain('npm run vocab:short-forms');
    const madeUp = checkShortForms(base([gonglu, { ...gonglu, short: '公法' }]));
    expect(madeUp.map((i) => i.field)).toEqual(['[1]']);
    expect(madeUp[0]?.found).toContain('no text of that document defines');
  });

  it('ignores entries of documents the base does not hold (a sample of the base shares the file)', () => {
    expect(checkShortForms(base([gonglu, { ...gonglu, policy: 'elsewhere' }]))).toEqual([]);
  });

  it('keeps a reviewer’s use: false when written again, and writes YAML the schema reads back', () => {
    const entries = reviewedShortForms(readShortForms(base([])), [{ ...gonglu, use: false }]);
    expect(entries).toEqual([{ ...gonglu, use: false }]);
    expect(ShortFormsFileSchema.parse(load(shortFormsYaml(entries)))).toEqual(entries);
    expect(ShortFormsFileSchema.parse(load(shortFormsYaml([])))).toEqual([]);
  });
});
