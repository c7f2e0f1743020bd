/**
 * npm run calc -- <profile.json>: prints what a profile's claims could receive under the
 * policies, as JSON on stdout, exit 0. Bad input (no file, invalid JSON, invalid profile)
 * prints every error on stderr and exits 2, with nothing on stdout.
 * npm run calc -- --list: the award ids a profile can claim, one a line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getKnowledgeBase } from '../src/lib/kb/index';
import { buildCatalog, calculate, formatError, type Catalog } from '../src/lib/eligibility/index';

const USAGE = '用法：npm run calc -- <profile.json>；列出奖励 id：npm run calc -- --list';

/** Prints the errors and stops with exit code 2: the input, not the program, is wrong. */
function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(2);
}

/** The award ids with their clause and amount, for writing a profile. */
function list(catalog: Catalog): void {
  for (const a of catalog.awards) process.stdout.write(`${a.id}\t（${a.clauseNumeral}）\t${a.amountText}\t${a.condition}\n`);
}

/** Reads and parses the profile file, or fails with a message naming the file. */
function readProfile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail([`无法读取档案文件 ${file}：${(e as Error).message}`, USAGE]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    fail([`${file} 不是有效的 JSON：${(e as Error).message}`]);
  }
}

// A reader that stops early (npm run calc -- --list | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const args = process.argv.slice(2);
// The project root, so that the CLI finds content/ from any working directory.
const root = fileURLToPath(new URL('..', import.meta.url));
const catalog = buildCatalog(getKnowledgeBase(root));
const [file] = args;
if (args.length === 1 && file === '--list') {
  list(catalog);
} else if (args.length !== 1 || file === undefined) {
  fail([USAGE]);
} else {
  const profile = readProfile(file);
  const { result, errors } = calculate(profile, catalog);
  if (errors.length > 0) fail([`${file}：档案有 ${String(errors.length)} 处错误，未计算任何结果。`, ...errors.map(formatError)]);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
