/**
 * A notice that carries several attachments (附件1, 附件2 …), each a document with its own title
 * and tree. The base holds one tree per document, so the text is cut at the label lines of the
 * second and later attachments (附件2 alone on its line, numbered in order): the first part is the
 * notice with its first attachment, each later part one attachment. The parts are contiguous
 * slices of the text, so together they are the whole text, and each is ingested and kept as its
 * own source. A text without such labels is one part.
 */
import type { ExcludedLine } from './formats/extracted';

/** A label that opens an attachment: 附件2, 附件 3, 附件2： alone on its line. */
const LABEL = /^附件\s*(\d{1,2})\s*[:：]?\s*$/u;

/** One document of a notice's text. */
export interface TextPart {
  /** 1 for the notice with its first attachment, then the attachment's number. */
  number: number;
  /** The part's text: whole lines of the source text. */
  text: string;
  /** The reader's excluded lines that fall in the part, numbered within it. */
  excluded: ExcludedLine[];
  /** The 1-based line of the source text where the part starts. */
  firstLine: number;
}

/** Cuts a text at the labels of its second and later attachments (see the file's comment). */
export function splitAttachments(text: string, excluded: readonly ExcludedLine[] = []): TextPart[] {
  const lines = text.split('\n');
  const starts: Array<{ line: number; number: number }> = [{ line: 0, number: 1 }];
  lines.forEach((l, i) => {
    const m = LABEL.exec(l.trim());
    const next = (starts[starts.length - 1]?.number ?? 1) + 1;
    // A label counts when it continues the numbering and a title-like line follows it.
    const following = lines.slice(i + 1).find((x) => x.trim() !== '') ?? '';
    if (m && Number(m[1]) === next && !/[。；]$/u.test(following.trim()) && following.trim().length >= 4)
      starts.push({ line: i, number: next });
  });
  return starts.map((s, k) => {
    const end = starts[k + 1]?.line ?? lines.length;
    return {
      number: s.number,
      text: lines.slice(s.line, end).join('\n'),
      excluded: excluded.filter((e) => e.line > s.line && e.line <= end).map((e) => ({ ...e, line: e.line - s.line })),
      firstLine: s.line + 1,
    };
  });
}

/** The id of an attachment's policy: the notice's id, then -fj and its number (hz-2024-x-fj2). */
export function attachmentPolicyId(policyId: string, number: number): string {
  return number === 1 ? policyId : `${policyId}-fj${String(number)}`;
}
