import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/lib/eligibility/index';
import { runCalc } from '../../scripts/calc/command';

// The command runs in-process (runCalc returns what scripts/calc.ts prints and its exit code);
// the first describe spawns it as a user would, once per way it exits.

/** Runs the CLI as a user would (npx tsx scripts/calc.ts …). */
function spawned(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/calc.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the command in-process, with the project's base. */
function calc(...args: string[]) {
  return runCalc(args, process.cwd());
}

/** A profile file in a temporary folder. */
function profileFile(content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'calc-')), 'profile.json');
  writeFileSync(file, content);
  return file;
}

/** Runs the CLI on bad input: exit 2, nothing on stdout, no stack trace; returns stderr. */
function refused(...args: string[]): string {
  const { code, stdout, stderr } = calc(...args);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(/\n\s+at |Error:|RangeError|TypeError/);
  expect(code).toBe(2);
  return stderr;
}

describe('npm run calc, spawned: the exit code and the streams of each way out', { timeout: 60_000 }, () => {
  it('prints the worked example of the README and exits 0', () => {
    const { code, stdout, stderr } = spawned('tests/fixtures/profiles/example.json');
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
    // Paid now plus the tiers received earlier: 2000万元 (500亿 tier) and 100万元 (省级 green factory).
    expect(result.cumulativeYuan).toBe(93_000_000 + 20_000_000 + 1_000_000);
    expect(result.items.find((i) => i.award === 'kunpeng-revenue-1000-yi')?.cumulativeYuan).toBe(100_000_000);
    expect(result.notComputed.map((n) => [n.award, n.reason])).toEqual([
      ['high-tech-enterprise', '金额由杭政办函〔2018〕64号规定，该文件尚未收录'],
      [
        'green-park-provincial',
        '与 green-park-national 同属“绿色园区评级”，同一荣誉只计最高一档（国家级档），本档不另计',
      ],
    ]);
  });

  it('exits 2 on invalid JSON, a missing file, or no argument, with nothing on stdout and no stack trace', () => {
    for (const args of [[profileFile('{ "claims": [ ')], ['/nonexistent/profile.json'], []]) {
      const { code, stdout, stderr } = spawned(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(/\n\s+at |Error:|RangeError|TypeError/);
    }
  });
});

// The first run loads and validates the base.
describe('npm run calc', { timeout: 30_000 }, () => {
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
  });

  it('exits 2 on an invalid profile, with every error on stderr and nothing on stdout', () => {
    const file = profileFile(
      JSON.stringify({ claims: [{ award: 'green-factry' }, { award: 'green-park-national', baseYuan: -1 }] }),
    );
    const { code, stdout, stderr } = calc(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('档案有 2 处错误，未计算任何结果。');
    expect(stderr).toContain('claims[0]（award "green-factry"）：没有这个奖励 id。是否想填 "green-factory-national"');
    expect(stderr).toContain('claims[1]（award "green-park-national"）：baseYuan 应大于0；收到 -1');
  });

  it('lists the award ids with --list', () => {
    const { code, stdout } = calc('--list');
    expect(code).toBe(0);
    expect(stdout).toContain('green-factory-national\t（十六）\t200万元\t获评国家级绿色工厂');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const { code, stdout } = calc(
      profileFile(`\uFEFF${JSON.stringify({ claims: [{ award: 'green-park-national' }] })}`),
    );
    expect(code).toBe(0);
    expect(ResultSchema.parse(JSON.parse(stdout)).totalYuan).toBe(4_000_000);
  });

  it('refuses a duplicate key, naming it, and JSON nested 4,500 deep, without a stack overflow', () => {
    const dup = profileFile('{"claims":[{"award":"green-park-national"}],\n  "claims":[]}');
    expect(refused(dup)).toBe(
      `${dup} 不是有效的 JSON：第 2 行第 3 列：键 "claims" 在档案顶层出现了两次；同一对象中每个键只能写一次，请删去其中一个\n`,
    );
    const deep = profileFile(`{"claims":[{"award":${'['.repeat(4500)}${']'.repeat(4500)}}]}`);
    expect(refused(deep)).toBe(
      `${deep} 不是有效的 JSON：第 1 行第 50 列：嵌套超过 32 层；档案只需要 3 层：{ "claims": [ { … } ] }\n`,
    );
  });

  it('answers fast for a 1 MB id, echoing 40 characters of it, control characters escaped', () => {
    const file = profileFile(
      JSON.stringify({
        claims: [{ award: `\u001b[2J${'x'.repeat(1024 * 1000)}` }, { award: 'x', baseYuan: 1e308 * 10 }],
      }).replace('null', '1e309'),
    );
    const start = Date.now();
    const stderr = refused(file);
    // The suggestion of a near id must not grow with the id's length.
    expect(Date.now() - start).toBeLessThan(15_000);
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain(`claims[0]（award "\\u001b[2J${'x'.repeat(36)}"…）：没有这个奖励 id。全部奖励 id 见`);
    expect(stderr).toContain(
      'claims[1]（award "x"）：baseYuan 过大：数字超出了数值范围，超过上限 1000000000000（10000亿元）',
    );
    expect(stderr.length).toBeLessThan(1000);
  });

  it('reads at most 1 MB: a larger file and /dev/zero stop with the limit', () => {
    const big = profileFile(`{"claims":[],"x":"${'a'.repeat(1024 * 1024)}"}`);
    expect(refused(big)).toBe(
      `${big} 超过 1 MB（1048576 字节）的上限，未读取；档案通常只有几百字节，请检查是否给错了文件\n`,
    );
    if (existsSync('/dev/zero'))
      expect(refused('/dev/zero')).toBe(
        '/dev/zero 超过 1 MB（1048576 字节）的上限，未读取；档案通常只有几百字节，请检查是否给错了文件\n',
      );
  });

  it('names the path of a directory, a non-UTF-8 file, an empty file and a path with control characters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-dir-'));
    expect(refused(dir)).toContain(`无法读取档案文件 ${dir}：这是一个目录，请给出其中 JSON 档案文件的路径`);
    const latin1 = profileFile(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    expect(refused(latin1)).toBe(
      `${latin1} 不是 UTF-8 编码的文本；请用 UTF-8 编码保存档案（编辑器的“另存为”中可以选择编码）\n`,
    );
    const empty = profileFile('');
    expect(refused(empty)).toBe(`${empty} 是空文件；档案应为 JSON：{ "claims": [ … ] }\n`);
    expect(refused(profileFile(' \n'))).toContain('不是有效的 JSON：文件是空的（没有任何内容）');
    expect(refused('/nonexistent/a\u001b[31m.json')).toContain(
      '无法读取档案文件 /nonexistent/a\\u001b[31m.json：文件不存在，请检查路径',
    );
  });
});
