/**
 * npm run calc -- <profile.json>: prints what a profile's claims could receive under the
 * policies, as JSON on stdout, exit 0; bad input prints every error on stderr and exits 2.
 * npm run calc -- --list: the award ids a profile can claim, one a line.
 * The command itself is scripts/calc/command.ts; this file prints its outcome and exits.
 */
import { fileURLToPath } from 'node:url';
import { runCalc } from './calc/command';

// A reader that stops early (npm run calc -- --list | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
// The project root, so that the CLI finds content/ from any working directory.
const root = fileURLToPath(new URL('..', import.meta.url));
const { code, stdout, stderr } = runCalc(process.argv.slice(2), root);
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
