/**
 * `npm run bench:ingest -- <folder> [--quiet]`: runs the ingest on every .txt, .md, .pdf and
 * .html file under a folder, on all cores, and writes nothing. Each file is ok, ok with the
 * source's defects (listed), or refused (with its class and place); the run ends with
 *   RESULT files=N ok=… with_defects=… refused=… lossless=… seconds=…
 * A file counts as lossless when its draft rebuilds the source character for character
 * (whitespace aside), which every draft the ingest returns does: a draft that would not is
 * refused. Files named _index.md (the collection's folder pages) are not documents.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestVerdict } from './bench/ingest-one';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { quiet: { type: 'boolean', default: false }, workers: { type: 'string' } },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run bench:ingest -- <folder> [--quiet] [--workers N]');
  process.exit(1);
}
const root = resolve(process.env.INIT_CWD ?? process.cwd(), folder);
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`bench:ingest: ${root} is not a folder`);
  process.exit(1);
}
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => /\.(?:txt|md|pdf|html?)$/iu.test(f) && !f.endsWith('_index.md'))
  .sort()
  .map((f) => join(root, f));
const started = performance.now();
const verdicts: IngestVerdict[] = [];
const count = Math.max(1, Math.min(Number(values.workers ?? availableParallelism()), files.length));
let next = 0;

/** Sends a worker its next file, or ends it. */
function feed(worker: ChildProcess): void {
  const file = files[next++];
  if (file === undefined) worker.kill();
  else worker.send(file);
}

await Promise.all(
  Array.from(
    { length: count },
    () =>
      new Promise<void>((done, fail) => {
        const worker = fork(resolve('scripts/bench/ingest-worker.ts'), [], { execArgv: ['--import', 'tsx'] });
        worker.on('message', (m: IngestVerdict | 'ready') => {
          if (m !== 'ready') {
            verdicts.push(m);
            const name = relative(root, m.file);
            if (m.status === 'refused') console.log(`refused  ${name}: ${m.reason ?? ''}`);
            else if (!values.quiet || m.status === 'with-defects')
              console.log(
                `${m.status === 'ok' ? 'ok      ' : 'defects '} ${name} (${String(m.provisions)} provisions)`,
              );
            for (const d of values.quiet ? [] : m.defects) console.log(`           ${d}`);
            if (verdicts.length % 100 === 0)
              console.error(`bench:ingest: ${String(verdicts.length)} / ${String(files.length)}`);
          }
          feed(worker);
        });
        worker.on('exit', (code) => {
          if (code === 0 || code === null) done();
          else fail(new Error(`a worker exited with ${String(code)}`));
        });
      }),
  ),
);

const by = (s: IngestVerdict['status']) => verdicts.filter((v) => v.status === s).length;
const classes = new Map<string, number>();
for (const v of verdicts) if (v.refusal) classes.set(v.refusal, (classes.get(v.refusal) ?? 0) + 1);
const defectKinds = new Map<string, number>();
for (const v of verdicts)
  for (const d of v.defects) {
    const kind = d.replace(/^[^:]*: /u, '').replace(/[一二三四五六七八九十百千零\d]+/gu, 'N');
    defectKinds.set(kind, (defectKinds.get(kind) ?? 0) + 1);
  }
console.log('\nrefusals by class:');
for (const [c, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
console.log('defects by kind:');
for (const [c, n] of [...defectKinds].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${String(n).padStart(4)}  ${c}`);
const lossless = by('ok') + by('with-defects');
console.log(
  `RESULT files=${String(verdicts.length)} ok=${String(by('ok'))} with_defects=${String(by('with-defects'))} refused=${String(by('refused'))} lossless=${String(lossless)} seconds=${((performance.now() - started) / 1000).toFixed(1)}`,
);
