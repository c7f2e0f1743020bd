import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, run, SOURCE, tempRoot } from '../fixtures/ingest/support';

// The ingest runs in-process (run() prints and exits as scripts/ingest.ts does); the command line
// itself is spawned where it alone decides: a bad command line here; paths, bad input and I/O in ingest-errors.

/** Writes a bad input file in a fresh folder and returns its path. */
function badInput(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-kb-bad-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('bad input: a clear error, exit code 2, nothing written', { timeout: 60_000 }, () => {
  const root = tempRoot();
  const cases: Array<[string, string, string]> = [
    [
      'an empty file',
      badInput('empty.txt', ''),
      'the file is empty; expected the text of a policy copied from a portal',
    ],
    [
      'a file of blank lines',
      badInput('blank.txt', '\uFEFF \n\r\n'),
      'the file is empty; expected the text of a policy copied from a portal',
    ],
    [
      'a binary file',
      badInput('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      'the file is binary (it contains NUL bytes); expected a UTF-8 text file (copy the policy text into a .txt file)',
    ],
    [
      'a GBK file',
      badInput('gbk.txt', Buffer.from([0xd6, 0xd0, 0xb9, 0xb2, 0xba, 0xbc, 0xd6, 0xdd, 0xca, 0xd0, 0xce, 0xaf])),
      'the file is not UTF-8; convert it first, e.g. iconv -f GBK -t UTF-8',
    ],
    [
      'a text without clauses',
      badInput('prose.txt', '今天天气很好。我们去公园散步。\n'),
      'no recognisable clauses; expected a policy text with a title (…关于…的意见, …条例) and clause headings such as （一）…。 or 第一条',
    ],
    [
      'a missing file',
      join(tmpdir(), 'policy-kb-no-such-file.txt'),
      "no such file; pass the path of the policy's PDF, web page or text",
    ],
  ];
  it.each(cases)('%s', async (_, path, message) => {
    const r = await run({ input: path, policy: 'sample-bad', out: root });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`ingest: ${path}: ${message}`);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(root, 'content'))).toEqual(['vocabularies']);
  });
  it('refuses a bad command line with the usage and exit code 1', () => {
    const r = cli([SOURCE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--policy needs an id of lowercase letters, digits and hyphens');
    expect(r.stderr).toContain(
      'usage: npm run ingest -- <file.pdf|page.html|text.txt|law.md> --policy <id> [--out <dir>] [--force] [--check]',
    );
  });
});

describe('writing: never overwrite without --force', { timeout: 90_000 }, () => {
  it('writes the drafts, the references and a copy of the raw file, then refuses to overwrite', async () => {
    const root = tempRoot();
    const mini = { input: fixture('mini.raw.txt'), policy: 'sample-digital', out: root };
    const first = await run(mini);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      '2 divisions, 3 provisions, 5 awards, 1 ladders, 1 budgets, 2 targets, 2 citations, 2 new references',
    );
    expect(first.stdout).toContain('第（三）条 industry-like word not in the vocabulary: 元宇宙');
    expect(first.stdout).toContain('Wrote 7 file(s)');
    expect(readFileSync(join(root, 'content/sources/sample-digital.txt'), 'utf8')).toBe(
      readFileSync(fixture('mini.raw.txt'), 'utf8'),
    );

    const clause = join(root, 'content/clauses/sample-digital/02-clause.md');
    writeFileSync(clause, `${readFileSync(clause, 'utf8')}\n审校后的修改。\n`);
    const again = await run(mini);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'refusing to overwrite 1 existing file(s); review them or run again with --force:\n  content/clauses/sample-digital/02-clause.md',
    );
    expect(readFileSync(clause, 'utf8')).toContain('审校后的修改。');

    const forced = await run({ ...mini, force: true });
    expect(forced.status).toBe(0);
    expect(readFileSync(clause, 'utf8')).not.toContain('审校后的修改。');
  });
  it('refuses to put a draft beside a curated clause of the same number, and replaces it with --force', async () => {
    const root = tempRoot();
    const curated = join(root, 'content/clauses/sample-digital');
    const mini = { input: fixture('mini.raw.txt'), policy: 'sample-digital', out: root };
    await run(mini);
    writeFileSync(join(curated, '03-policy-links.md'), readFileSync(join(curated, '03-clause.md')));
    const r = await run(mini);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/clauses/sample-digital/03-policy-links.md');
    expect((await run({ ...mini, force: true })).stdout).toContain(
      'Removed 1 clause file(s) the new draft does not have:\n  content/clauses/sample-digital/03-policy-links.md',
    );
    expect(existsSync(join(curated, '03-policy-links.md'))).toBe(false);
  });
});
