/**
 * The command behind `npm run calc`, without the process: reads the arguments and the profile
 * file and returns what to print and the exit code, so that tests run it in-process.
 * scripts/calc.ts writes the result and exits.
 *
 * `<profile.json>`: what a profile's claims could receive under the policies, as JSON on stdout,
 * exit 0. Bad input (no file, a directory, over 1 MB, not UTF-8, empty, invalid JSON, a
 * duplicate key, nesting too deep, an invalid profile) or a bad command line gives every error
 * on stderr and exit 2, with nothing on stdout; values from the input are echoed shortened and
 * escaped. `--list`: the award ids a profile can claim, one a line.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import {
  buildCatalog,
  calculate,
  echoText,
  formatError,
  parseProfileJson,
  type Catalog,
} from '../../src/lib/eligibility/index';

/** How to call the command. */
export const USAGE = '用法：npm run calc -- <profile.json>；列出奖励 id：npm run calc -- --list';

/** Exit code for bad input or a bad command line: the input, not the program, is wrong. */
export const BAD_INPUT = 2;

/** What the command prints and how it exits. */
export interface CalcOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Stops the command with errors, one a line on stderr, and exit code 2. */
class Refusal extends Error {
  readonly lines: readonly string[];

  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/** The award ids with their clause and amount, for writing a profile. */
function list(catalog: Catalog): string {
  return catalog.awards.map((a) => `${a.id}\t（${a.clauseNumeral}）\t${a.amountText}\t${a.condition}\n`).join('');
}

/**
 * The most a profile file may weigh. A real profile is a few hundred bytes (one line per award
 * claimed); the bound keeps memory and time small for anything else (/dev/zero never ends).
 */
const MAX_BYTES = 1024 * 1024;

/** Why a file could not be opened or read, in words, from its error code (not Node's English message). */
function reason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const words: Record<string, string> = {
    ENOENT: '文件不存在，请检查路径',
    ENOTDIR: '路径中有一段不是目录，请检查路径',
    EACCES: '没有读取权限',
    EPERM: '没有读取权限',
    EISDIR: '这是一个目录，请给出其中 JSON 档案文件的路径',
    ENXIO: '这不是可以读取的文件',
  };
  return words[code] ?? `读取失败（${code === '' ? '未知错误' : code}）`;
}

/** Reads at most MAX_BYTES + 1 bytes of a file: enough to know whether it is over the limit. */
function readBounded(file: string, shown: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new Refusal([`无法读取档案文件 ${shown}：${reason(e)}`, USAGE]);
  }
  try {
    if (fstatSync(fd).isDirectory())
      throw new Refusal([`无法读取档案文件 ${shown}：${reason({ code: 'EISDIR' })}`, USAGE]);
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    // Until the end or one byte past the limit: devices and pipes may return short reads.
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_BYTES)
      throw new Refusal([
        `${shown} 超过 1 MB（${String(MAX_BYTES)} 字节）的上限，未读取；档案通常只有几百字节，请检查是否给错了文件`,
      ]);
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal([`无法读取档案文件 ${shown}：${reason(e)}`, USAGE]);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses the profile file, or refuses with a message naming the file. */
function readProfile(file: string): unknown {
  // The path is echoed in every message: shortened and with control characters escaped.
  const shown = echoText(file, 80);
  const bytes = readBounded(file, shown);
  if (bytes.length === 0) throw new Refusal([`${shown} 是空文件；档案应为 JSON：{ "claims": [ … ] }`]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal([`${shown} 不是 UTF-8 编码的文本；请用 UTF-8 编码保存档案（编辑器的“另存为”中可以选择编码）`]);
  }
  const reading = parseProfileJson(text);
  if (!reading.ok) throw new Refusal([`${shown} 不是有效的 JSON：${reading.message}`]);
  return reading.value;
}

/** What the command prints for these arguments, with the base of the project at `root`. */
function output(args: readonly string[], root: string): string {
  const catalog = buildCatalog(getKnowledgeBase(root));
  const [file] = args;
  if (args.length === 1 && file === '--list') return list(catalog);
  if (args.length !== 1 || file === undefined) throw new Refusal([USAGE]);
  const { result, errors } = calculate(readProfile(file), catalog);
  if (errors.length > 0)
    throw new Refusal([
      `${echoText(file, 80)}：档案有 ${String(errors.length)} 处错误，未计算任何结果。`,
      ...errors.map(formatError),
    ]);
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Runs the command on its arguments (after `npm run calc --`), for the project at `root`. */
export function runCalc(args: readonly string[], root: string): CalcOutcome {
  try {
    return { code: 0, stdout: output(args, root), stderr: '' };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return { code: BAD_INPUT, stdout: '', stderr: e.lines.map((line) => `${line}\n`).join('') };
  }
}
