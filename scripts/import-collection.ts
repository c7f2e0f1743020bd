/**
 * `npm run import:collection -- <LawRefBook checkout> --commit <sha> [--out <dir>] [--dry-run]`:
 * brings the collection's documents the base takes (src/lib/collection/select.ts) into content/,
 * each through the ingest, written all or nothing; run again, it ingests its own documents anew.
 * Documents the base holds from elsewhere (by title) keep their curated content. Citations' reference records are linked to the documents now held.
 * Exit codes: 0 done, 1 bad command line, 2 bad input or an I/O error (nothing written).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../src/lib/collection/catalogue';
import { collectionPolicyId } from '../src/lib/collection/policy-id';
import {
  COLLECTION_PORTAL,
  COLLECTION_REPOSITORY,
  citedDocuments,
  isProvinceOrHangzhou,
  NATIONAL_FOLDERS,
  ZHEJIANG_FOLDER,
} from '../src/lib/collection/select';
import { titleKey } from '../src/lib/text/title-key';
import { versionsInForce, type DocumentVersions } from '../src/lib/collection/versions';
import { formatIssues, type ContentIssue } from '../src/lib/content/issue';
import { loadContent, type RawKnowledgeBase } from '../src/lib/content/load';
import { ingestBatch, linkedReferences, type BatchDocument, type BatchOutcome } from '../src/lib/ingest/batch';
import { IngestError } from '../src/lib/ingest/errors';
import { writeFiles } from '../src/lib/ingest/write';
import { updateShortFormsFile } from '../src/lib/content/short-forms-file';
import { SHORT_FORMS_PATH } from '../src/lib/search/short-forms';

const USAGE = 'usage: npm run import:collection -- <LawRefBook checkout> --commit <sha> [--out <dir>] [--dry-run]';

/** Stops with a message and an exit code. */
function fail(message: string, code: number): never {
  console.error(`import:collection: ${message}`);
  process.exit(code);
}

/** Writes the short forms' file of the base at `root`, or fails naming what stops it. */
function shortFormsOf(root: string): ReturnType<typeof updateShortFormsFile> {
  try {
    return updateShortFormsFile(root);
  } catch (e) {
    return fail(
      `the documents are written, but ${SHORT_FORMS_PATH} is not: ${e instanceof Error ? e.message : String(e)}`,
      1,
    );
  }
}

const project = process.cwd();
const cwd = process.env.INIT_CWD ?? project;
let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { commit: { type: 'string' }, out: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 1);
}
const [checkoutArg] = parsed.positionals;
const commit = parsed.values.commit ?? '';
if (!checkoutArg) fail(`no checkout folder given\n${USAGE}`, 1);
if (!/^[0-9a-f]{7,40}$/u.test(commit)) fail(`--commit needs the snapshot's commit hash, e.g. 2f4c5c2\n${USAGE}`, 1);
const checkout = resolve(cwd, checkoutArg);
if (!existsSync(join(checkout, ZHEJIANG_FOLDER)))
  fail(`${checkout} is not a LawRefBook/Laws checkout: it has no ${ZHEJIANG_FOLDER}/`, 2);
const out = parsed.values.out === undefined ? project : resolve(cwd, parsed.values.out);
const today = new Date().toISOString().slice(0, 10);

const issues: ContentIssue[] = [];
const loaded = loadContent(out, issues);
if (issues.length > 0) fail(`the base under ${out} has problems; fix them first:\n${formatIssues(issues)}`, 2);
// The documents an earlier import brought are the import's own: ingested again, in place, so
// that they follow the ingest as it is. Curated documents are never touched.
const owned = new Set(loaded.policies.filter((p) => p.data.source.collection !== null).map((p) => p.data.id));
const base: RawKnowledgeBase = {
  ...loaded,
  policies: loaded.policies.filter((p) => !owned.has(p.data.id)),
  clauses: loaded.clauses.filter((c) => !owned.has(c.data.policy)),
};
const held = new Set(base.policies.map((p) => titleKey(p.data.title)));

/** The batch documents of some collection documents the base does not hold yet. */
function toBatch(documents: readonly DocumentVersions[], national: boolean): BatchDocument[] {
  return documents
    .filter((d) => !held.has(titleKey(d.chosen.title)))
    .map((d) => {
      // A code the collection keeps in parts (the 民法典, one undated file per 编) is read as one.
      const parts = d.parts.map((p) => p.file);
      return {
        input: join(checkout, d.chosen.file),
        ...(parts.length > 0 && { parts: parts.map((p) => join(checkout, p)) }),
        policyId: collectionPolicyId(d.chosen.title, (d.chosen.date ?? '0000').slice(0, 4), national),
        source: {
          portal: COLLECTION_PORTAL,
          collection: {
            repository: COLLECTION_REPOSITORY,
            commit,
            path: parts.length > 0 ? dirname(d.chosen.file) : d.chosen.file,
            parts,
            otherVersions: d.others.filter((o): o is string => o !== null),
          },
        },
      };
    });
}

/** Prints a progress line every 25 documents and each refusal. */
function progress(total: number, label: string) {
  return (done: number, outcome: BatchOutcome) => {
    if (outcome.status === 'refused') console.log(`  refused ${outcome.input}: ${outcome.reason.split('\n')[0] ?? ''}`);
    if (done % 25 === 0 || done === total) console.log(`  ${label}: ${String(done)}/${String(total)} ingested`);
  };
}

/** Runs one batch and prints its tally. */
async function run(label: string, documents: BatchDocument[], from: RawKnowledgeBase) {
  console.log(`${label}: ${String(documents.length)} document(s) to ingest`);
  const result = await ingestBatch(documents, from, progress(documents.length, label));
  const planned = result.outcomes.filter((o) => o.status === 'planned').length;
  console.log(`${label}: ${String(planned)} planned, ${String(result.outcomes.length - planned)} refused`);
  return result;
}

const local = readCatalogue(checkout, [ZHEJIANG_FOLDER]);
const zhejiang = versionsInForce(local.entries.filter(isProvinceOrHangzhou), today);
const first = await run('浙江省 and 杭州 regulations', toBatch(zhejiang, false), base);

const national = readCatalogue(checkout, NATIONAL_FOLDERS);
// Cited by a curated document or by a regulation of the first batch; what the national documents
// cite in turn is not taken.
const citing = [
  ...base.clauses.map((c) => c.data),
  ...first.outcomes.flatMap((o) => (o.status === 'planned' ? o.result.clauses.map((c) => c.data) : [])),
];
const citedIds = new Set([
  ...citing.flatMap((c) => c.citations.map((ct) => ct.ref)),
  ...base.policies.flatMap((p) => p.data.preambleCitations.map((ct) => ct.ref)),
]);
const citedTitles = first.base.references.filter((r) => citedIds.has(r.data.id)).map((r) => r.data.title);
const cited = citedDocuments(versionsInForce(national.entries, today), citedTitles);
const second = await run('cited national documents', toBatch(cited, true), first.base);

// Each reference whose title names a document now held links to it.
const heldIds = new Map(second.base.policies.map((p) => [titleKey(p.data.title), p.data.id]));
const linked = linkedReferences(
  second.base.references.map((r) => r.data),
  (r) => heldIds.get(titleKey(r.title)) ?? null,
);
const planned = [...first.planned, ...second.planned].filter((f) => !linked.some((l) => l.path === f.path));
planned.push(...linked);
console.log(`references linked to a held document: ${String(linked.length)}`);

const refused = [...first.outcomes, ...second.outcomes].filter((o) => o.status === 'refused');
if (refused.length > 0) {
  console.log(`refused (${String(refused.length)}), left out of the base:`);
  for (const r of refused) console.log(`  ${r.input}\n    ${r.reason.split('\n').slice(0, 3).join('\n    ')}`);
}
if (parsed.values['dry-run']) {
  console.log(`--dry-run: ${String(planned.length)} file(s) would be written under ${out}`);
  process.exit(0);
}
try {
  const { written, removed } = writeFiles(out, planned, true);
  console.log(`Wrote ${String(written.length)} file(s) under ${out}; removed ${String(removed.length)}.`);
  const shortForms = shortFormsOf(out);
  console.log(
    `${SHORT_FORMS_PATH}: ${String(shortForms.entries)} short forms the texts define; ${shortForms.changed ? 'written, review its diff' : 'unchanged'}.`,
  );
  console.log('Next: npm run check:content, then npm run build.');
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  fail(e.message, e.exitCode);
}
