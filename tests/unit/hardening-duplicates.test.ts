import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../src/lib/search/records';
import { groupByBundle } from '../../src/lib/search/bundles';
import { buildKnowledgeBase } from '../../src/lib/kb/model';
import { validateContent } from '../../src/lib/validate/index';
import { copyContent, edit, report } from './helpers/content-copy';
import { clauseOf } from '../fixtures/ingest/support';

const POLICY = 'content/policies/hz-2018-manufacturing.yaml';

describe('duplicates: ids are unique in the base', () => {
  it('refuses a .yml twin of a policy, naming both files', () => {
    const root = copyContent();
    copyFileSync(join(root, POLICY), join(root, 'content/policies/hz-2018-manufacturing.yml'));
    const text = report(root);
    expect(text).toContain('content/policies/hz-2018-manufacturing.yml');
    expect(text).toContain(
      'found a .yml file beside content/policies/hz-2018-manufacturing.yaml, which has the same name: two records of one id',
    );
    expect(text).toContain(
      'Fix: keep one of content/policies/hz-2018-manufacturing.yml and content/policies/hz-2018-manufacturing.yaml',
    );
  });

  it('refuses any .yml file, in references and vocabularies too: use .yaml', () => {
    const root = copyContent();
    copyFileSync(join(root, 'content/references/prc-patent-law.yaml'), join(root, 'content/references/other.yml'));
    writeFileSync(join(root, 'content/vocabularies/levels.yml'), '[]\n');
    const text = report(root);
    expect(text).toContain(
      'content/references/other.yml\n  (file): found a .yml file; expected content files named .yaml',
    );
    expect(text).toContain('Fix: rename it to content/references/other.yaml');
    expect(text).toContain('content/vocabularies/levels.yml');
  });

  it('refuses two files of one id, naming both', () => {
    const root = copyContent();
    copyFileSync(join(root, POLICY), join(root, 'content/policies/hz-2018-manufacturing-copy.yaml'));
    const text = report(root);
    expect(text).toContain(
      'id: found "hz-2018-manufacturing", which content/policies/hz-2018-manufacturing-copy.yaml also has',
    );
    expect(text).toContain(
      'id: found "hz-2018-manufacturing", which content/policies/hz-2018-manufacturing.yaml also has',
    );
  });

  it('refuses two policies with one short title, naming both', () => {
    const root = copyContent();
    edit(
      root,
      'content/policies/zj-2009-high-tech.yaml',
      'shortTitle: 浙江省高新技术促进条例',
      'shortTitle: 浙江省数字经济促进条例',
    );
    const text = report(root);
    expect(text).toContain(
      'shortTitle: found "浙江省数字经济促进条例", which content/policies/zj-2020-digital-economy.yaml also has; expected a short title no other policy of the base has',
    );
  });

  it('refuses a ladder, budget or target id another provision of the base has', () => {
    const root = copyContent();
    const { kb } = validateContent(root);
    const [first, second] = kb.clauses.filter((c) => c.data.targets.length > 0);
    const id = first?.data.targets[0]?.id ?? '';
    const other = second?.data.targets[0]?.id ?? '';
    expect(id).not.toBe('');
    edit(root, second?.file ?? '', `id: ${other}\n`, `id: ${id}\n`);
    expect(report(root)).toContain(`targets[0].id: found "${id}", also an id in ${first?.file ?? ''}`);
  });

  it('gives drafts ids that start with the policy id, so two policies never share one', () => {
    const c = clauseOf('对获评国家级、省级绿色工厂的,分别给予200万元、100万元资助(进档的予以补差)。');
    expect(c.awards.map((a) => a.id)).toEqual(['sample-test-c01-award-1', 'sample-test-c01-award-2']);
    expect(c.ladders.map((l) => l.id)).toEqual(['sample-test-c01-ladder-1']);
  });
});

describe('duplicates: search bundles and the policy filter are keyed by policy id', () => {
  it('puts two policies of one short title in two bundles, each filtered by its own id', () => {
    const root = copyContent();
    const { kb: raw } = validateContent(root);
    const kb = buildKnowledgeBase({
      ...raw,
      policies: raw.policies.map((p) =>
        p.data.id === 'zj-2009-high-tech' ? { ...p, data: { ...p.data, shortTitle: '浙江省数字经济促进条例' } } : p,
      ),
    });
    const records = buildSearchRecords(kb, new Date('2025-01-01'));
    const bundles = groupByBundle(records);
    expect(bundles.size).toBe(kb.policies.length);
    const values = new Set(records.map((r) => r.filters['policy']?.[0]));
    expect([...values].sort()).toEqual(kb.policies.map((p) => p.id).sort());
  });
});
