import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, edit, report } from './helpers/content-copy';
import { syncContent, type Stores } from './helpers/loader-sync';

// The loaders of src/loaders/content.ts, run as Astro runs them, on a copy of the real content and
// an in-memory store kept from one sync to the next: a clause's HTML is kept while its digest is
// unchanged, and a changed reference renders again exactly the clauses that cite it.

const root = copyContent();
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const stores: Stores = new Map();
const sync = (errors: string[] = []) => syncContent(root, stores, errors);

/** Each clause id → its rendered HTML object, compared by identity: a new object was rendered again. */
const renderedNow = () => new Map([...(stores.get('clauses') ?? [])].map(([id, e]) => [id, e.rendered]));

describe('the content loaders', () => {
  it('fill every collection from one validation', async () => {
    expect(await sync()).toEqual([]);
    expect(stores.get('policies')?.has('hz-2018-manufacturing')).toBe(true);
    expect(stores.get('references')?.has('hangzhengbanhan-2018-64')).toBe(true);
    expect([...(stores.get('vocabularies')?.keys() ?? [])].sort()).toEqual([
      'industries',
      'levels',
      'searchEquivalents',
      'shortForms',
      'supportTypes',
    ]);
    const clause = stores.get('clauses')?.get('hz-2018-manufacturing/09-growing-smes');
    expect(clause?.rendered?.html).toContain('class="citation">杭政办函〔2018〕64号</a>');
  });

  it('render nothing again when nothing changed', async () => {
    const before = renderedNow();
    await sync();
    const after = renderedNow();
    expect([...after].filter(([id, r]) => before.get(id) !== r)).toEqual([]);
  });

  it('render again exactly the clauses citing a changed reference', async () => {
    const before = renderedNow();
    // The base now holds the document's text: its citations link to that policy's page.
    edit(root, 'content/references/hangzhengbanhan-2018-64.yaml', /$/, 'policy: zj-2009-high-tech\n');
    expect(report(root)).toBe('valid');
    expect(await sync()).toEqual([]);
    const again = [...renderedNow()].filter(([id, r]) => before.get(id) !== r).map(([id]) => id);
    expect(again.sort()).toEqual([
      'hz-2018-manufacturing/09-growing-smes',
      'hz-2018-manufacturing/15-quality-improvement',
    ]);
    expect(stores.get('clauses')?.get('hz-2018-manufacturing/09-growing-smes')?.rendered?.html).toContain(
      'href="/policies/zj-2009-high-tech/"',
    );
  });

  it('stop with the content guard’s report when content is invalid', async () => {
    edit(root, 'content/clauses/hz-2018-manufacturing/16-green-manufacturing.md', /yuan: 4000000/, 'yuan: 4500000');
    const errors: string[] = [];
    await expect(sync(errors)).rejects.toThrow(/Content is invalid: \d+ problems?, listed above\./);
    // Reported once, by the loader that ran the validation, the others sharing its outcome.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('16-green-manufacturing.md');
    expect(errors[0]).toContain('awards[0].amount.yuan: found 4500000 (450万元)');
  });
});
