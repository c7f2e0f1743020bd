/**
 * The command behind `npm run ingest`, without its command line: reads the raw file, runs the
 * pipeline, and either compares the draft with the curated content (--check, writes nothing)
 * or writes the files. scripts/ingest.ts parses the arguments and prints.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import type { Reference } from '../../schemas/reference';
import { loadContent } from '../content/load';
import { formatIssues, type ContentIssue } from '../content/issue';
import { compare, differences, formatScores, type CheckSide, type FieldScore } from './check';
import { IngestError, REFUSED } from './errors';
import { ingestText, type IngestResult } from './pipeline';
import { readSource, type SourceFormat } from './formats/read-source';
import { attachmentPolicyId, splitAttachments } from './attachments';
import { draftIssues, withDraft } from './validate-draft';
import { formatReport } from './report';
import { plannedFiles, type PlannedFile } from './serialize';
import { writeFiles } from './write';

/** What to ingest and where, with every path absolute. */
export interface IngestArgs {
  /** The raw file, as an absolute path. */
  input: string;
  /** The policy id. */
  policy: string;
  /** The project root to write under. */
  out: string;
  /** Overwrite existing files and replace clause files of the same numbers. */
  force: boolean;
  /** Compare with the curated content instead of writing. */
  check: boolean;
  /** The project whose vocabularies serve an output root without any (default: `out`'s, else none). */
  projectRoot?: string;
}

/**
 * Where the source's text lives in the project: a text already under content/sources/ stays
 * where it is; any other input is kept as content/sources/<policy id>.txt (the extracted text),
 * with the original beside it as <policy id>.<ext> when it was a PDF, a web page or Markdown. The
 * names follow the policy id, so that ingesting a second policy.raw.txt never touches another
 * policy's source.
 */
function sourceFilesOf(args: IngestArgs, format: SourceFormat): { rawFile: string; original: string | null } {
  const inside = relative(args.out, args.input);
  if (format === 'text' && inside.startsWith('content/sources/') && inside.endsWith('.txt'))
    return { rawFile: inside, original: null };
  const ext = extname(args.input).toLowerCase();
  return {
    rawFile: `content/sources/${args.policy}.txt`,
    original: format === 'text' ? null : `content/sources/${args.policy}${ext}`,
  };
}

/** Whether a path is a regular file holding exactly `text` (a folder there is for writeFiles to report). */
function sameText(path: string, text: string): boolean {
  try {
    return statSync(path).isFile() && readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/** The curated side of a --check: the policy's content under the output root. */
function curatedSide(root: string, policyId: string, issues: ContentIssue[]): CheckSide {
  const kb = loadContent(root, issues);
  const policy = kb.policies.find((p) => p.data.id === policyId)?.data ?? null;
  const clauses = kb.clauses.filter((c) => c.data.policy === policyId);
  if (!policy && clauses.length === 0)
    throw new IngestError(`--check: no curated content for ${policyId} under ${root}/content to compare with`, REFUSED);
  return { policy, clauses, references: new Map(kb.references.map((r) => [r.data.id, r.data])) };
}

/** Runs --check: the scores, and the facts that differ, for the fields below 1. */
export function runCheck(
  result: IngestResult,
  known: readonly Reference[],
  args: IngestArgs,
): { text: string; scores: FieldScore[] } {
  const issues: ContentIssue[] = [];
  const curated = curatedSide(args.out, args.policy, issues);
  const draft: CheckSide = {
    policy: result.policy,
    clauses: result.clauses,
    references: new Map([...known, ...result.newReferences].map((r) => [r.id, r])),
  };
  const scores = compare(draft, curated);
  const lines = [
    `--check ${args.policy}: the draft against the curated content (nothing written)`,
    formatScores(scores),
  ];
  for (const s of scores.filter((x) => x.precision < 1 || x.recall < 1)) {
    const d = differences(draft, curated, s.field);
    lines.push(
      `${s.field}:`,
      ...d.missing.slice(0, 5).map((m) => `  curated only: ${m.slice(0, 110)}`),
      ...d.extra.slice(0, 5).map((m) => `  draft only:   ${m.slice(0, 110)}`),
    );
  }
  return { text: lines.join('\n'), scores };
}

/** Runs the command; returns what to print. Throws IngestError with the exit code on failure. */
export async function runIngest(args: IngestArgs): Promise<string> {
  const doc = await readSource(args.input);
  const issues: ContentIssue[] = [];
  const kb = loadContent(args.out, issues);
  // An output folder without vocabularies (a fresh --out) uses the project's own.
  const vocabularies =
    kb.vocabularies.industries.length > 0 || !args.projectRoot
      ? kb.vocabularies
      : loadContent(args.projectRoot, []).vocabularies;
  const known = kb.references.map((r) => r.data);
  const parts = splitAttachments(doc.text, doc.excluded);
  const { rawFile, original } = sourceFilesOf(args, doc.format);
  // A notice with several attachments: each part is a document of its own, with its own source text.
  const documents = parts.map((part) => {
    const policyId = attachmentPolicyId(args.policy, part.number);
    const partFile = parts.length === 1 ? rawFile : `content/sources/${policyId}.txt`;
    const result = ingestText(part.text, {
      policyId,
      rawFile: partFile,
      vocabularies,
      references: known,
      path: parts.length === 1 ? args.input : `${args.input} (附件${String(part.number)})`,
      excluded: part.excluded,
    });
    return { result, text: part.text, rawFile: partFile };
  });
  const first = documents[0];
  if (!first) throw new IngestError(`${args.input}: the file holds no text`);
  const report = documents.map((d) => formatReport(d.result)).join('\n\n');
  if (args.check) return `${runCheck(first.result, known, args).text}\n\n${report}`;
  let base = kb;
  const planned: PlannedFile[] = [];
  for (const d of documents) {
    const refused = draftIssues(base, d.result);
    if (refused.length > 0)
      throw new IngestError(
        `${args.input}: the build would refuse the drafts of ${d.result.policy.id} (nothing written):\n${formatIssues(refused)}`,
      );
    base = withDraft(base, d.result);
    planned.push(...plannedFiles(d.result));
    const target = resolve(args.out, d.rawFile);
    if (target !== args.input && !sameText(target, d.text)) planned.push({ path: d.rawFile, text: d.text });
  }
  if (original) planned.push({ path: original, text: doc.bytes });
  const { written, removed } = writeFiles(args.out, planned, args.force);
  return [
    report,
    `Wrote ${String(written.length)} file(s) under ${args.out}.`,
    ...(removed.length > 0
      ? [
          `Removed ${String(removed.length)} clause file(s) the new draft does not have:`,
          ...removed.map((r) => `  ${r}`),
        ]
      : []),
    'Next: review the drafts (awards, targets, ids), then run npm run check:content.',
  ].join('\n');
}
