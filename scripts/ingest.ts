/**
 * `npm run ingest -- <raw.txt> --policy <id> [--out <dir>] [--force] [--check]`: drafts the
 * content files of a policy from its raw text (see src/lib/ingest/). Relative paths resolve
 * against the folder the command was typed in (INIT_CWD under npm); the output root defaults
 * to the project. Exit codes: 0 done, 1 refused (would overwrite without --force, bad command
 * line), 2 bad input or an I/O error (nothing written).
 */
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, REFUSED } from '../src/lib/ingest/errors';
import { runIngest, type IngestArgs } from '../src/lib/ingest/run';

/**
 * The longest policy id: it names a file (content/policies/<id>.yaml, content/sources/<id>.txt)
 * and starts every draft id, far below the 255 bytes a file name may have.
 */
const MAX_POLICY_ID = 80;

/** How to call the command. */
const USAGE =
  'usage: npm run ingest -- <file.pdf|page.html|text.txt|law.md> --policy <id> [--out <dir>] [--force] [--check]';

/** Parses the command line; a mistake is an IngestError with exit code 1 and the usage. */
function commandLine(argv: readonly string[], cwd: string, project: string): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new IngestError(`${(e as Error).message}\n${USAGE}`, REFUSED);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new IngestError(`no input file\n${USAGE}`, REFUSED);
  if (positionals.length > 1)
    throw new IngestError(`more than one input file (${positionals.slice(1).join(', ')})\n${USAGE}`, REFUSED);
  const policy = values.policy ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(policy) || policy.length > MAX_POLICY_ID)
    throw new IngestError(
      `--policy needs an id of lowercase letters, digits and hyphens, at most ${String(MAX_POLICY_ID)} characters, e.g. hz-2019-digital-economy${policy.length > MAX_POLICY_ID ? ` (${String(policy.length)} given)` : ''}\n${USAGE}`,
      REFUSED,
    );
  const out = values.out === undefined ? project : resolve(cwd, values.out);
  if (out.split(sep).includes('content'))
    throw new IngestError(
      `--out ${values.out ?? out} is a content/ folder or lies inside one; --out is a project root (the folder that holds content/), e.g. --out . or --out ../other-base\n${USAGE}`,
      REFUSED,
    );
  return {
    input: resolve(cwd, positionals[0] ?? ''),
    policy,
    out,
    force: values.force,
    check: values.check,
    projectRoot: project,
  };
}

// npm runs scripts in the project root and says where the command was typed in INIT_CWD.
const project = process.cwd();
const cwd = process.env.INIT_CWD ?? project;
try {
  console.log(await runIngest(commandLine(process.argv.slice(2), cwd, project)));
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  console.error(`ingest: ${e.message}`);
  process.exit(e.exitCode);
}
