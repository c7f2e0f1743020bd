/**
 * Many documents ingested as one change to the base: each is read, ingested and checked by the
 * build's rules as part of the base the earlier ones have grown (their policies and references;
 * provision ids carry their policy's id, so provisions cannot clash across documents), and the
 * files of all are planned together so that they are written all or nothing. A document the
 * build would refuse is left out, with its reason; the others go in.
 */
import { extname } from 'node:path';
import type { Policy } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';
import type { RawKnowledgeBase } from '../content/load';
import { formatIssues } from '../content/issue';
import { IngestError } from './errors';
import { readCodeParts, readSource } from './formats/read-source';
import { ingestText, type IngestResult } from './pipeline';
import { plannedFiles, toYaml, type PlannedFile } from './serialize';
import { draftIssues } from './validate-draft';

/** One document to ingest. */
export interface BatchDocument {
  /** The file to read, an absolute path; for a code kept in parts, its first part. */
  input: string;
  /** The part files of a code the collection keeps in parts, absolute paths, joined into one text. */
  parts?: readonly string[];
  /** The policy id to give it. */
  policyId: string;
  /** Facts of its provenance that the text cannot state, set on the record's source. */
  source?: Partial<Pick<Policy['source'], 'portal' | 'collection'>>;
}

/** What became of one document of a batch. */
export type BatchOutcome =
  | {
      input: string;
      policyId: string;
      status: 'planned';
      result: IngestResult;
      /** The extracted text, kept as the policy's raw file. */
      text: string;
      /** The original files, kept beside it: their paths under content/sources/ and their bytes. */
      originals: Array<{ path: string; bytes: Uint8Array }>;
    }
  | { input: string; policyId: string; status: 'refused'; reason: string };

/** The result of a batch: the files to write and each document's outcome, in order. */
export interface BatchResult {
  planned: PlannedFile[];
  outcomes: BatchOutcome[];
  /** The base as it will be once the files are written, provisions of the batch left out. */
  base: RawKnowledgeBase;
}

/** The base with a draft's policy and references added, its provisions left out (see the file's comment). */
function withRecord(base: RawKnowledgeBase, draft: IngestResult): RawKnowledgeBase {
  return {
    ...base,
    policies: [...base.policies, { file: `content/policies/${draft.policy.id}.yaml`, data: draft.policy }],
    references: [
      ...base.references,
      ...draft.newReferences.map((r) => ({ file: `content/references/${r.id}.yaml`, data: r })),
    ],
  };
}

/**
 * Reads a document's text, and the originals to keep beside it: the file as read (unless it is
 * the text itself), or the part files of a code in a folder named after the policy.
 */
async function readDocument(doc: BatchDocument) {
  if (doc.parts) {
    const code = readCodeParts(doc.parts);
    const originals = code.files.map((f) => ({ path: `content/sources/${doc.policyId}/${f.name}`, bytes: f.bytes }));
    return { source: code, originals };
  }
  const source = await readSource(doc.input);
  const ext = extname(doc.input).toLowerCase();
  const originals = ext === '.txt' ? [] : [{ path: `content/sources/${doc.policyId}${ext}`, bytes: source.bytes }];
  return { source: { ...source, books: [] }, originals };
}

/** Ingests one document against the base; a refusal is returned, not thrown. */
async function ingestDocument(doc: BatchDocument, base: RawKnowledgeBase): Promise<BatchOutcome> {
  const { input, policyId } = doc;
  try {
    const { source, originals } = await readDocument(doc);
    const rawFile = `content/sources/${policyId}.txt`;
    const result = ingestText(source.text, {
      policyId,
      rawFile,
      vocabularies: base.vocabularies,
      references: base.references.map((r) => r.data),
      path: input,
      excluded: source.excluded,
      books: source.books,
    });
    result.policy.source = { ...result.policy.source, ...doc.source };
    const issues = draftIssues({ ...base, clauses: [] }, result);
    if (issues.length > 0)
      return { input, policyId, status: 'refused', reason: `the build would refuse it:\n${formatIssues(issues)}` };
    return { input, policyId, status: 'planned', result, text: source.text, originals };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return { input, policyId, status: 'refused', reason: e.message };
  }
}

/**
 * Ingests the documents in order (see the file's comment).
 * @param onProgress called after each document, for a progress line
 */
export async function ingestBatch(
  documents: readonly BatchDocument[],
  base: RawKnowledgeBase,
  onProgress: (done: number, outcome: BatchOutcome) => void = () => undefined,
): Promise<BatchResult> {
  const planned = new Map<string, PlannedFile>();
  const outcomes: BatchOutcome[] = [];
  let grown = base;
  for (const doc of documents) {
    if (grown.policies.some((p) => p.data.id === doc.policyId)) {
      outcomes.push({ ...doc, status: 'refused', reason: `the base already holds a policy ${doc.policyId}` });
      onProgress(outcomes.length, outcomes.at(-1) as BatchOutcome);
      continue;
    }
    const outcome = await ingestDocument(doc, grown);
    outcomes.push(outcome);
    if (outcome.status === 'planned') {
      grown = withRecord(grown, outcome.result);
      for (const f of plannedFiles(outcome.result)) planned.set(f.path, f);
      const rawFile = outcome.result.policy.source.rawFile;
      planned.set(rawFile, { path: rawFile, text: outcome.text });
      for (const o of outcome.originals) planned.set(o.path, { path: o.path, text: o.bytes });
    }
    onProgress(outcomes.length, outcome);
  }
  return { planned: [...planned.values()], outcomes, base: grown };
}

/** The reference records to rewrite so that each names the policy the base now holds for it. */
export function linkedReferences(
  references: readonly Reference[],
  policyOf: (reference: Reference) => string | null,
): PlannedFile[] {
  return references.flatMap((r) => {
    const policy = r.policy ?? policyOf(r);
    return policy === r.policy ? [] : [{ path: `content/references/${r.id}.yaml`, text: toYaml({ ...r, policy }) }];
  });
}
