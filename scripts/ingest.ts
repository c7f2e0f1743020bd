/**
 * `npm run ingest -- <raw.txt> --policy <id> [--out <dir>] [--force] [--check]`: drafts the
 * content files of a policy from its raw text (see src/lib/ingest/). Exit codes: 0 done,
 * 1 refused (would overwrite without --force, bad command line), 2 bad input (nothing written).
 */
import { IngestError } from '../src/lib/ingest/errors';
import { parseArgs, runIngest } from '../src/lib/ingest/run';

try {
  console.log(runIngest(parseArgs(process.argv.slice(2), process.cwd())));
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  console.error(`ingest: ${e.message}`);
  process.exit(e.exitCode);
}
