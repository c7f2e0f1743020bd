/**
 * One document of the corpus benchmark: read it in its format, ingest it, run the build's rules
 * on the draft, and say what became of it. Writes nothing.
 */
import type { RawKnowledgeBase } from '../../src/lib/content/load';
import { IngestError } from '../../src/lib/ingest/errors';
import { readSource } from '../../src/lib/ingest/formats/read-source';
import { ingestText } from '../../src/lib/ingest/pipeline';
import { draftIssues } from '../../src/lib/ingest/validate-draft';

/** What became of one document. */
export interface IngestVerdict {
  file: string;
  status: 'ok' | 'with-defects' | 'refused';
  /** Provisions drafted. */
  provisions: number;
  /** The source's defects, as notes with their place. */
  defects: string[];
  /** Why it was refused: the first line of the message. */
  reason: string | null;
  /** The class of a refusal (its message without the places), for the summary. */
  refusal: string | null;
}

/** The class of a refusal: the message without file names, quotes and numbers. */
function refusalClass(message: string): string {
  return message
    .replace(/^[^:]*\.(?:txt|md|pdf|html?): /u, '')
    .replace(/"[^"]*"|“[^”]*”/gu, '…')
    .replace(/第[一二三四五六七八九十百千零]+[条章节编]|（[一二三四五六七八九十百]+）|\d+/gu, 'N')
    .slice(0, 90);
}

/** Ingests one document without writing (see the file's comment). */
export async function ingestOne(file: string, base: RawKnowledgeBase): Promise<IngestVerdict> {
  try {
    const doc = await readSource(file);
    const result = ingestText(doc.text, {
      policyId: 'bench-document',
      rawFile: 'content/sources/bench-document.txt',
      vocabularies: base.vocabularies,
      references: base.references.map((r) => r.data),
      path: file,
      excluded: doc.excluded,
    });
    // A document the base already holds (by its short title, unique in the base) stands for a
    // re-ingest of that policy: it is checked against the base without it, as `ingest --force`
    // under the policy's own id would be, not refused as a second copy.
    const held = new Set(
      base.policies.filter((p) => p.data.shortTitle === result.policy.shortTitle).map((p) => p.data.id),
    );
    const others: RawKnowledgeBase = {
      ...base,
      policies: base.policies.filter((p) => !held.has(p.data.id)),
      clauses: base.clauses.filter((c) => !held.has(c.data.policy)),
    };
    const issues = draftIssues(others, result);
    if (issues.length > 0) {
      const first = issues[0];
      const reason = `the build would refuse the draft: ${first?.field ?? ''}: expected ${first?.expected ?? ''}`;
      return { file, status: 'refused', provisions: 0, defects: [], reason, refusal: refusalClass(reason) };
    }
    const defects = result.policy.defects.map((d) => `${d.place}: ${d.note}`);
    return {
      file,
      status: defects.length > 0 ? 'with-defects' : 'ok',
      provisions: result.clauses.length,
      defects,
      reason: null,
      refusal: null,
    };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    const reason = e.message.split('\n')[0] ?? e.message;
    return { file, status: 'refused', provisions: 0, defects: [], reason, refusal: refusalClass(reason) };
  }
}
