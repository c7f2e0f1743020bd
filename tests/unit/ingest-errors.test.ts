import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRaw } from '../../src/lib/ingest/read';
import { fixture, ingest, tempRoot } from '../fixtures/ingest/support';

/** A made-up 意见 around provisions under test. */
const opinion = (provisions: string) =>
  `示例市人民政府关于测试的若干意见\n为测试，现提出如下意见。\n一、加强测试\n${provisions}\n本意见自印发之日起施行。`;

/** A made-up regulation around articles under test. */
const regulation = (articles: string) => `示例省测试条例\n\n${articles}`;

describe('numbering that is repeated or skipped is a defect of the source: recorded with its line, the text kept', () => {
  it.each([
    [
      '（二） twice',
      opinion('（一）甲条款。支持甲。\n（二）乙条款。支持乙。\n（二）丙条款。支持丙。'),
      'repeated-number',
      '（二）',
      6,
    ],
    ['（二） missing', opinion('（一）甲条款。支持甲。\n（三）丙条款。支持丙。'), 'missing-number', '（三）', 5],
    ['2. missing', opinion('1.甲条款。支持甲。\n3.丙条款。支持丙。'), 'missing-number', '3.', 5],
    [
      '第二条 twice',
      regulation('第一条 甲。\n\n第二条 乙。\n\n第二条 丙。\n\n第三条 丁。'),
      'repeated-number',
      '第二条',
      7,
    ],
    [
      '第五条 missing',
      regulation('第一条 甲。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n第六条 戊。'),
      'missing-number',
      '第六条',
      7,
    ],
    [
      '第三章 missing',
      regulation('第一章 总则\n第一条 甲。\n第二章 分则\n第二条 乙。\n第四章 附则\n第三条 丙。'),
      'missing-number',
      '第四章',
      7,
    ],
    [
      'an article item twice',
      regulation('第一条 下列：\n\n（一）甲；\n\n（二）乙；\n\n（二）丙。\n\n第二条 丁。'),
      'repeated-number',
      '第一条',
      3,
    ],
    [
      'an article item missing',
      regulation('第一条 下列：\n\n（一）甲；\n\n（三）丙。\n\n第二条 丁。'),
      'missing-number',
      '第一条',
      3,
    ],
    [
      'items run into one line',
      regulation('第一条 下列：\n\n（一）甲；（二）乙；（三）丙。\n\n第二条 丁。'),
      'run-in-items',
      '第一条',
      3,
    ],
  ])('%s', (_, raw, kind, place, line) => {
    const r = ingest(raw, 'sample-defect');
    expect(r.policy.defects.map((d) => [d.kind, d.place, d.line])).toContainEqual([kind, place, line]);
    expect(r.policy.defects.every((d) => d.note.startsWith('原文'))).toBe(true);
  });
  it('says in the note what the source lacks', () => {
    const r = ingest(regulation('第一条 下列：\n\n（一）甲；\n\n（三）丙。\n\n第二条 丁。'), 'sample-defect');
    expect(r.policy.defects.map((d) => d.note)).toEqual(['原文第一条缺第（二）项']);
    const chapters = ingest(regulation('第一章 总则\n第一条 甲。\n第三章 附则\n第二条 乙。'), 'sample-defect');
    expect(chapters.policy.defects.map((d) => d.note)).toEqual(['原文缺第二章，此处为第三章']);
    expect(chapters.policy.divisions.map((d) => [d.id, d.numeral, d.title])).toEqual([
      ['1', '一', '总则'],
      ['2', '三', '附则'],
    ]);
  });
  it('sees a heading through a zero-width character, which is layout', () => {
    const r = ingest(opinion('（一）甲条款。支持甲。\n（\u200b二）乙条款。支持乙。'), 'sample-zw');
    expect(r.clauses.map((c) => c.data.numeral)).toEqual(['一', '二']);
  });
  it('keeps a clause heading that stands alone on its line without 。, as written', () => {
    const r = ingest(opinion('（一）甲条款\n支持甲。\n（二）乙条款。支持乙。'), 'sample-own-line');
    expect(r.clauses.map((c) => [c.data.title, c.data.titleEnd, c.body])).toEqual([
      ['甲条款', '', '支持甲。'],
      ['乙条款', '。', '支持乙。'],
    ]);
  });
  it('reads a clause whose first sentence is its whole text as a clause without a title', () => {
    const r = ingest(opinion('（一）对认定的企业，给予500万元的奖励。\n（二）乙条款。支持乙。'), 'sample-no-title');
    expect(r.clauses.map((c) => [c.data.title, c.body])).toEqual([
      [null, '对认定的企业，给予500万元的奖励。'],
      ['乙条款', '支持乙。'],
    ]);
  });
  it('reads items written 1． or 1﹒ (the normaliser writes them 1.), and rebuilds the source', () => {
    for (const dot of ['．', '﹒']) {
      const drafts = ingest(opinion(`1${dot}甲条款。支持甲。\n2${dot}乙条款。支持乙。`), 'sample-items');
      expect(drafts.clauses.map((c) => [c.data.numeral, c.data.title])).toEqual([
        ['1', '甲条款'],
        ['2', '乙条款'],
      ]);
    }
  });
});

describe('UTF-16 input', () => {
  const text = '示例省测试条例\n\n第一条 甲。\n';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  const message = 'the file is UTF-16; convert with iconv -f UTF-16 -t UTF-8';
  it.each([
    ['with the FF FE mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ['with the FE FF mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ['without a mark, NUL-interleaved ASCII', Buffer.from('Policy text\nline two\n', 'utf16le')],
  ])('%s', (_, bytes) => {
    expect(() => decodeRaw(bytes, 'in.txt')).toThrow(`in.txt: ${message}`);
  });
});

/** Runs the command as npm would, from `cwd`, with INIT_CWD set to it. */
function npmLike(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/ingest.ts'), ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
    env: { ...process.env, INIT_CWD: cwd },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line', { timeout: 60_000 }, () => {
  it('resolves a relative input and --out against the folder the command was typed in', () => {
    const here = mkdtempSync(join(tmpdir(), 'policy-kb-cwd-'));
    writeFileSync(join(here, 'policy.raw.txt'), regulation('第一条 甲。\n\n第二条 本条例自2024年1月1日起施行。'));
    const root = tempRoot();
    mkdirSync(join(here, 'sub'));
    const r = npmLike(['policy.raw.txt', '--policy', 'sample-rel', '--out', root], here);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(root, 'content/clauses/sample-rel'))).toEqual(['01-clause.md', '02-clause.md']);
    const rel = npmLike([join('..', 'policy.raw.txt'), '--policy', 'sample-rel', '--out', 'out'], join(here, 'sub'));
    expect(rel.stderr).toBe('');
    expect(readdirSync(join(here, 'sub/out/content/policies'))).toEqual(['sample-rel.yaml']);
  });
  it('exits 2 with the file named on UTF-16 input, writing nothing', () => {
    const here = mkdtempSync(join(tmpdir(), 'policy-kb-utf16-'));
    writeFileSync(
      join(here, 'u16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(regulation('第一条 甲。'), 'utf16le')]),
    );
    const root = tempRoot();
    const r = npmLike(['u16.txt', '--policy', 'sample-u16', '--out', root], here);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `ingest: ${join(here, 'u16.txt')}: the file is UTF-16; convert with iconv -f UTF-16 -t UTF-8`,
    );
    expect(readdirSync(join(root, 'content'))).toEqual(['vocabularies']);
  });
  it('exits 2 naming the path when the output cannot be written, leaving nothing behind and no stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-kb-unwritable-'));
    // content is a file: no folder can be made under it.
    writeFileSync(join(root, 'content'), 'not a folder');
    const r = npmLike(
      [resolve(fixture('articles-only.raw.txt')), '--policy', 'sample-unwritable', '--out', root],
      process.cwd(),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^ingest: cannot create the folder of .*content\/policies\/sample-unwritable\.yaml \(ENOTDIR\); nothing was written/mu,
    );
    expect(r.stderr).not.toContain('    at ');
    expect(readdirSync(root)).toEqual(['content']);
  });
});
