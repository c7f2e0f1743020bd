import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawSource } from '../../src/lib/validate/lossless';
import { plannedFiles } from '../../src/lib/ingest/serialize';
import { PolicySchema } from '../../src/schemas/policy';
import { copyContent, edit, report } from './helpers/content-copy';
import { ingest } from '../fixtures/ingest/support';

const POLICY = 'content/policies/hz-2018-manufacturing.yaml';
const RAW = 'content/sources/hangzhou-2018-manufacturing-opinions.raw.txt';

describe('unbounded input: a raw source is a regular file inside content/sources/', { timeout: 60_000 }, () => {
  it('refuses a FIFO without blocking', () => {
    const root = copyContent();
    rmSync(join(root, RAW));
    execFileSync('mkfifo', [join(root, RAW)]);
    expect(report(root)).toContain('not a regular file (a folder, device or pipe; it is not read)');
  });

  it('refuses a link to /dev/zero without reading it', () => {
    const root = copyContent();
    rmSync(join(root, RAW));
    symlinkSync('/dev/zero', join(root, RAW));
    expect(report(root)).toContain('a path that leads outside content/sources/ (it is not read)');
  });

  it('refuses a path out of content/sources/, and never shows the text of that file', () => {
    const root = copyContent();
    writeFileSync(join(root, 'content/secret.txt'), '机密文本不得显示');
    expect(readRawSource(root, 'content/sources/../secret.txt')).toEqual({
      problem: 'a path that leads outside content/sources/ (it is not read)',
    });
    edit(root, POLICY, `rawFile: ${RAW}`, 'rawFile: content/sources/../../secret.txt');
    const text = report(root);
    expect(text).toContain('expected a path content/sources/<name>.txt inside content/sources/ (no .. segments)');
    expect(text).not.toContain('机密文本');
    const rawFile = PolicySchema.shape.source.shape.rawFile;
    expect(rawFile.safeParse('content/sources/a/../b.txt').success).toBe(false);
    expect(rawFile.safeParse('content/sources/sub/b.raw.txt').success).toBe(true);
  });
});

describe('unbounded input: the drafts grow with the input', () => {
  it('one sentence of 5,000 amounts ingests in seconds into drafts under 10× its size', () => {
    const amounts = Array.from({ length: 5000 }, (_, i) => `${String(i + 1)}万元`).join('、');
    const raw = `示例市人民政府关于测试的若干意见\n为测试，现提出如下意见。\n（一）测试条款。对符合条件的企业，分别给予${amounts}的奖励。\n本意见自印发之日起施行。\n`;
    const started = Date.now();
    const result = ingest(raw, 'sample-many');
    expect(Date.now() - started).toBeLessThan(10_000);
    const bytes = plannedFiles(result).reduce((n, f) => n + Buffer.byteLength(f.text), 0);
    expect(bytes).toBeLessThan(10 * Buffer.byteLength(raw));
    expect(result.unclassified[0]?.text).toMatch(
      /^award left out, the clauses that grant it are longer than a quote may be \(300 characters\): 对符合条件的企业/u,
    );
  });

  it.each([
    ['targets', (xs: string) => `到2025年，${xs}。`],
    ['budgets', (xs: string) => `市财政每年分别安排${xs}专项资金。`],
  ])('one sentence of 5,000 %s is left out and reported, the drafts linear in the input', (kind, sentence) => {
    const figures = Array.from({ length: 5000 }, (_, i) => `第${String(i + 1)}类企业达到${String(i + 1)}家`).join('，');
    const sums = Array.from({ length: 5000 }, (_, i) => `${String(i + 1)}亿元`).join('、');
    const raw = `示例市人民政府关于测试的若干意见\n为测试，现提出如下意见。\n（一）测试条款。${sentence(kind === 'targets' ? figures : sums)}\n本意见自印发之日起施行。\n`;
    const result = ingest(raw, 'sample-many');
    const bytes = plannedFiles(result).reduce((n, f) => n + Buffer.byteLength(f.text), 0);
    expect(bytes).toBeLessThan(10 * Buffer.byteLength(raw));
    expect(result.clauses[0]?.data.targets.every((t) => t.quote.length <= 300)).toBe(true);
    expect(result.clauses[0]?.data.budgets.every((b) => b.quote.length <= 300)).toBe(true);
  });

  it('a long sentence quotes the clauses that grant the award, which grounding accepts', () => {
    const lead = `为${'推动产业发展、'.repeat(50)}加快转型`;
    const raw = `示例市人民政府关于测试的若干意见\n为测试，现提出如下意见。\n（一）测试条款。${lead}，对获评国家级绿色工厂的企业，给予200万元的奖励。\n本意见自印发之日起施行。\n`;
    const [clause] = ingest(raw, 'sample-long').clauses;
    expect(clause?.data.awards.map((a) => a.quote)).toEqual(['对获评国家级绿色工厂的企业，给予200万元的奖励']);
  });
});
