import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFiles } from '../../src/lib/ingest/write';
import { cli, tempRoot } from '../fixtures/ingest/support';

/** A rename that fails with EXDEV once `failAfter` of them succeeded (null: none fails); the renames after it succeed. */
const renames = vi.hoisted(() => ({ failAfter: null as number | null, done: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (renames.failAfter !== null && renames.done >= renames.failAfter) {
        renames.failAfter = null;
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      }
      renames.done++;
      real.renameSync(from, to);
    },
  };
});

/** A made-up regulation of `n` articles, the last one its commencement. */
function regulation(n: number, title = '示例省测试条例'): string {
  const articles = Array.from(
    { length: n - 1 },
    (_, i) => `第${'一二三四五六七八九'[i] ?? ''}条 规定${String(i + 1)}。`,
  );
  return [title, '', ...articles, `第${'一二三四五六七八九十'[n - 1] ?? ''}条 本条例自2024年1月1日起施行。`].join(
    '\n\n',
  );
}

/** Writes a file in a fresh folder and returns its path. */
function input(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-kb-in-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** Every file under a folder, as relative paths, sorted, with their text. */
function tree(root: string): Array<[string, string]> {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e): [string, string] => {
      const path = join(e.parentPath, e.name);
      return [path.slice(root.length + 1), readFileSync(path, 'utf8')];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('files and writes', { timeout: 120_000 }, () => {
  it('re-ingesting fewer provisions refuses without --force, and with it removes the old files, as a fresh ingest', () => {
    const root = tempRoot();
    expect(cli([input('policy.raw.txt', regulation(5)), '--policy', 'sample-shrink', '--out', root]).status).toBe(0);
    const shorter = input('policy.raw.txt', regulation(3));
    const refused = cli([shorter, '--policy', 'sample-shrink', '--out', root]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'refusing to overwrite 2 existing file(s) and remove 2 clause file(s) the new draft does not have; review them or run again with --force:',
    );
    expect(refused.stderr).toContain('  content/clauses/sample-shrink/05-clause.md');
    const forced = cli([shorter, '--policy', 'sample-shrink', '--out', root, '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(
      'Removed 2 clause file(s) the new draft does not have:\n  content/clauses/sample-shrink/04-clause.md\n  content/clauses/sample-shrink/05-clause.md',
    );
    const fresh = tempRoot();
    expect(cli([shorter, '--policy', 'sample-shrink', '--out', fresh]).status).toBe(0);
    expect(tree(root)).toEqual(tree(fresh));
  });

  it('a failed move (EXDEV) after some files were moved undoes them all: nothing was written is true', () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-kb-exdev-'));
    mkdirSync(join(root, 'content/clauses/p'), { recursive: true });
    writeFileSync(join(root, 'content/clauses/p/01-clause.md'), 'old 1');
    writeFileSync(join(root, 'content/clauses/p/09-clause.md'), 'stale 9');
    const planned = [1, 2, 3].map((n) => ({
      path: `content/clauses/p/0${String(n)}-clause.md`,
      text: `new ${String(n)}`,
    }));
    renames.done = 0;
    renames.failAfter = 4;
    let message = '';
    try {
      writeFiles(root, planned, true);
    } catch (e) {
      message = (e as Error).message;
    } finally {
      renames.failAfter = null;
    }
    expect(message).toMatch(/^cannot move into place .*03-clause\.md \(EXDEV\); nothing was written/u);
    expect(tree(root)).toEqual([
      ['content/clauses/p/01-clause.md', 'old 1'],
      ['content/clauses/p/09-clause.md', 'stale 9'],
    ]);
    // Staged inside the output root, and gone afterwards.
    expect(readdirSync(root)).toEqual(['content']);
  });

  it('a folder where a file goes: exit 2 naming the path, nothing written, no stack trace', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'content/policies/sample-dir.yaml'), { recursive: true });
    const r = cli([input('policy.raw.txt', regulation(2)), '--policy', 'sample-dir', '--out', root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `ingest: cannot write ${join(root, 'content/policies/sample-dir.yaml')}: a folder (or another non-file) is in its place; nothing was written`,
    );
    expect(r.stderr).not.toContain('    at ');
    expect(existsSync(join(root, 'content/clauses'))).toBe(false);
  });

  it('refuses an --out inside a content/ folder: --out is a project root', () => {
    const r = cli([input('policy.raw.txt', regulation(2)), '--policy', 'sample-out', '--out', 'content/clauses']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'ingest: --out content/clauses is a content/ folder or lies inside one; --out is a project root (the folder that holds content/)',
    );
    expect(existsSync('content/clauses/content')).toBe(false);
  });

  it('states the limit of a --policy id instead of failing on a long file name', () => {
    const r = cli([input('policy.raw.txt', regulation(2)), '--policy', 'a'.repeat(251), '--out', tempRoot()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('at most 80 characters, e.g. hz-2019-digital-economy (251 given)');
    expect(r.stderr).toContain('usage: npm run ingest');
  });

  it('two policies from two files named policy.raw.txt keep both sources', () => {
    const root = tempRoot();
    const [a, b] = [regulation(2), regulation(3, '示例省另一条例')];
    expect(cli([input('policy.raw.txt', a), '--policy', 'sample-one', '--out', root]).status).toBe(0);
    expect(cli([input('policy.raw.txt', b), '--policy', 'sample-two', '--out', root, '--force']).status).toBe(0);
    expect(readFileSync(join(root, 'content/sources/sample-one.txt'), 'utf8')).toBe(a);
    expect(readFileSync(join(root, 'content/sources/sample-two.txt'), 'utf8')).toBe(b);
  });
});
