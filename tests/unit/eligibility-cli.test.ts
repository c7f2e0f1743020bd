import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/lib/eligibility/index';

/** Runs the CLI as a user would (npx tsx scripts/calc.ts …). */
function calc(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/calc.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A profile file in a temporary folder. */
function profileFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'calc-')), 'profile.json');
  writeFileSync(file, content);
  return file;
}

describe('npm run calc', () => {
  it('prints the worked example of the README and exits 0', () => {
    const { code, stdout, stderr } = calc('tests/fixtures/profiles/example.json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = ResultSchema.parse(JSON.parse(stdout));
    expect(result.items.map((i) => [i.award, i.amountYuan])).toEqual([
      ['major-sci-tech-project-municipal', 3_000_000],
      ['kunpeng-revenue-1000-yi', 80_000_000],
      ['industrial-internet-base-platform-national', 5_000_000],
      ['green-park-national', 4_000_000],
      ['green-factory-national', 1_000_000],
    ]);
    expect(result.totalYuan).toBe(93_000_000);
    expect(result.notComputed.map((n) => [n.award, n.reason])).toEqual([
      ['high-tech-enterprise', '金额由杭政办函〔2018〕64号规定，该文件尚未收录'],
      ['green-park-provincial', '与 green-park-national 同属“绿色园区评级”，同一荣誉只计最高一档（国家级档），本档不另计'],
    ]);
  }, 60_000);

  it('exits 2 on an invalid profile, with every error on stderr and nothing on stdout', () => {
    const file = profileFile(JSON.stringify({ claims: [{ award: 'green-factry' }, { award: 'green-park-national', baseYuan: -1 }] }));
    const { code, stdout, stderr } = calc(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('档案有 2 处错误，未计算任何结果。');
    expect(stderr).toContain('claims[0]（award "green-factry"）：没有这个奖励 id。是否想填 "green-factory-national"');
    expect(stderr).toContain('claims[1]（award "green-park-national"）：baseYuan 应大于0；收到 -1');
  }, 60_000);

  it('exits 2 on invalid JSON, a missing file, or no argument', () => {
    const bad = calc(profileFile('{ "claims": [ '));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不是有效的 JSON');
    const missing = calc('/nonexistent/profile.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法读取档案文件 /nonexistent/profile.json');
    const none = calc();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('用法：npm run calc -- <profile.json>');
  }, 60_000);

  it('lists the award ids with --list', () => {
    const { code, stdout } = calc('--list');
    expect(code).toBe(0);
    expect(stdout).toContain('green-factory-national\t（十六）\t200万元\t获评国家级绿色工厂');
  }, 60_000);
});
