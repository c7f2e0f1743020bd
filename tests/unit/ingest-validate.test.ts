import { mkdtempSync, readdirSync } from 'node:fs';
import { copyCuratedSample } from '../../src/lib/content/curated-sample';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/issue';
import { runIngest } from '../../src/lib/ingest/run';
import { validateContent } from '../../src/lib/validate/index';
import { fixture, SOURCE, tempRoot, VARIANTS } from '../fixtures/ingest/support';

/** Ingests a raw file into a root and returns the validation report ('valid' when clean). */
async function ingestAndValidate(
  input: string,
  root: string,
  force = false,
  policy = 'hz-2018-manufacturing',
): Promise<string> {
  await runIngest({ input: resolve(input), policy, out: root, force, check: false });
  const { issues } = validateContent(root);
  return issues.length === 0 ? 'valid' : formatIssues(issues);
}

describe('ingested output passes the validation curated content passes', () => {
  it('the 2018 source, into an empty root with the vocabularies: zero issues, lossless included', async () => {
    expect(await ingestAndValidate(SOURCE, tempRoot())).toBe('valid');
  });
  it.each(VARIANTS)('the %s variant', async (variant) => {
    expect(await ingestAndValidate(fixture(`${variant}.raw.txt`), tempRoot())).toBe('valid');
  });
  it.each(['mini', 'unseen'])('the made-up %s policy', async (name) => {
    expect(await ingestAndValidate(fixture(`${name}.raw.txt`), tempRoot(), false, `sample-${name}`)).toBe('valid');
  });
  it('over a copy of the curated content with --force: curated clause files replaced, known references reused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-kb-ingest-'));
    copyCuratedSample(process.cwd(), root);
    expect(await ingestAndValidate(join(root, SOURCE), root, true)).toBe('valid');
    const { kb } = validateContent(root);
    expect(kb.clauses.map((c) => c.file.split('/').pop())).toContain('16-clause.md');
    const own = kb.clauses.filter((c) => c.data.policy === 'hz-2018-manufacturing');
    expect(own).toHaveLength(22);
    expect(kb.references.length).toBe(readdirSync(join(root, 'content/references')).length);
  });
});
