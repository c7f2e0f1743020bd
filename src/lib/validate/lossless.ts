import { realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { MAX_SOURCE_BYTES, readRegularFile } from '../content/read-bounded';
import type { ClauseEntry, RawKnowledgeBase } from '../content/load';

/** What the rule reads of a provision: its file, frontmatter and body as stored (Markdown, escapes and all). */
export type Provision = Pick<ClauseEntry, 'file' | 'data' | 'body'>;
import { preview, type ContentIssue } from '../content/issue';
import { bodyText } from '../content/body';
import { normalizeText } from '../text/normalize';
import { divisionHeading, provisionHeading, provisionName } from '../text/headings';
import type { Policy } from '../../schemas/policy';
import { clausesByPolicy } from './indexes';
import { groupBy } from '../util/group';

/** A stretch of the policy text and where in content it is kept. */
interface Piece {
  /** The text. */
  text: string;
  /** Where it is kept, for error messages: a file and field. */
  place: string;
}

/**
 * Layout characters: whitespace and the zero-width characters that only ever separate or join
 * (U+200B–U+200D, U+2060, U+FEFF).
 */
const LAYOUT = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * Whitespace is layout in Chinese text (line breaks, indentation, the space after 第一条, the
 * spacing of 第七章  附  则), and so are zero-width spaces: the rule compares every other character.
 */
export function withoutLayout(text: string): string {
  return text.replace(LAYOUT, '');
}

/** Whether a text is layout only (blank, or zero-width characters alone). */
export function isLayout(text: string): boolean {
  return withoutLayout(text) === '';
}

/** The provisions of a policy in numbering order, grouped by the id of their division ('' for none). */
function provisionsByDivision(policy: Policy, clauses: readonly Provision[]): Map<string, ClauseEntry[]> {
  const own = [...(clausesByPolicy(clauses).get(policy.id) ?? [])].sort((a, b) => a.data.number - b.data.number);
  return groupBy(own, (c) => c.data.division ?? '');
}

/**
 * The policy's text in document order, each stretch labelled with the file and field that hold
 * it: the cover, title, preamble, then each division's heading and intro followed by its own
 * provisions (heading and body), and the closing.
 */
export function policyPieces(policy: Policy, clauses: readonly Provision[]): Piece[] {
  const groups = provisionsByDivision(policy, clauses);
  const pieces: Piece[] = [];
  if (policy.cover)
    pieces.push({ text: policy.cover.title, place: 'cover.title' }, { text: policy.cover.text, place: 'cover.text' });
  pieces.push({ text: policy.title, place: 'the policy title' }, { text: policy.preamble, place: 'the preamble' });
  const provisions = (key: string) => {
    for (const c of groups.get(key) ?? []) {
      const name = provisionName(policy.provisionStyle, c.data);
      pieces.push(
        { text: provisionHeading(policy.provisionStyle, c.data), place: `the heading of ${name} in ${c.file}` },
        { text: bodyText(c.body), place: `the body of ${c.file}` },
      );
    }
  };
  provisions('');
  policy.divisions.forEach((d, i) => {
    if (d.inSource)
      pieces.push({ text: divisionHeading(d.kind, d), place: `divisions[${String(i)}] (the heading of ${d.id})` });
    pieces.push({ text: d.intro, place: `divisions[${String(i)}].intro` });
    provisions(d.id);
  });
  pieces.push({ text: policy.closing, place: 'the closing' });
  return pieces.map((p) => ({ ...p, text: withoutLayout(p.text) }));
}

/** The policy's text rebuilt from content, in document order, without layout. */
export function rebuildPolicyText(policy: Policy, clauses: readonly Provision[]): string {
  return policyPieces(policy, clauses)
    .map((p) => p.text)
    .join('');
}

/** Where a policy's content first departs from its source: the place, the offset and the two readings. */
export interface LosslessDifference {
  /** The file and field that hold the text there, e.g. "the body of content/…/16-….md". */
  place: string;
  /** Offset in the text without layout. */
  index: number;
  /** The source around the place. */
  expected: string;
  /** The content around the place. */
  actual: string;
}

/**
 * Compares a policy's content with its raw source, the lossless rule of the build and the gate
 * of the ingest alike.
 * @returns the first difference, or null when the content rebuilds the source
 */
export function losslessDifference(
  raw: string,
  policy: Policy,
  clauses: readonly Provision[],
): LosslessDifference | null {
  const pieces = policyPieces(policy, clauses);
  const diff = firstDifference(sourcePolicyText(raw, policy.source.excluded), pieces.map((x) => x.text).join(''));
  return diff ? { ...diff, place: placeOf(pieces, diff.index) } : null;
}

/** The piece that holds character `index` of the rebuilt text. */
function placeOf(pieces: readonly Piece[], index: number): string {
  let end = 0;
  for (const p of pieces) {
    // An empty piece where the texts part is the likeliest culprit: text lost from it.
    if (p.text === '' && index === end) return p.place;
    end += p.text.length;
    if (index < end) return p.place;
  }
  return 'the end of the policy text';
}

/**
 * The policy text of a raw source: normalised, without the lines the policy record lists as
 * not policy text, and without layout. Each entry of `excluded` drops one line, the first left
 * that equals it: a title a portal repeats as a page heading is listed once and its second
 * line, the document's own title, stays.
 */
export function sourcePolicyText(raw: string, excluded: readonly string[]): string {
  // An entry is one line as the ingest read it: a hard-wrapped title may span several raw lines.
  const drop = new Map<string, number>();
  for (const l of excluded.map((x) => withoutLayout(normalizeText(x)))) drop.set(l, (drop.get(l) ?? 0) + 1);
  const lines = normalizeText(raw)
    .split('\n')
    .map((l) => withoutLayout(l))
    .filter((l) => l !== '');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    let end = -1;
    for (let j = i; j < lines.length && j < i + MAX_WRAPPED_LINES; j++) {
      joined += lines[j] ?? '';
      if ((drop.get(joined) ?? 0) > 0) {
        end = j;
        break;
      }
      if (![...drop.keys()].some((k) => k.startsWith(joined))) break;
    }
    if (end < 0) kept.push(lines[i] ?? '');
    else {
      drop.set(joined, (drop.get(joined) ?? 0) - 1);
      i = end;
    }
  }
  return kept.join('');
}

/** How many raw lines one excluded line may span (a title wrapped over a few lines). */
const MAX_WRAPPED_LINES = 8;

/** Where two texts first differ, with some context of each, or null when they are equal. */
export function firstDifference(
  expected: string,
  actual: string,
): { index: number; expected: string; actual: string } | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 15);
  return { index: i, expected: expected.slice(from, i + 25), actual: actual.slice(from, i + 25) };
}

/**
 * The text of a policy's raw source, or why it cannot be read. Only a regular file whose real
 * path (links resolved) lies inside <root>/content/sources/ is read, and at most
 * MAX_SOURCE_BYTES of it: a FIFO, a link to /dev/zero or a path that leaves the folder
 * (content/sources/../../x.txt) is refused unread, so that the build never blocks on it and
 * never echoes the text of a file outside the base.
 */
export function readRawSource(root: string, rawFile: string): { text: string } | { problem: string } {
  const path = join(root, rawFile);
  let real: string;
  let sources: string;
  try {
    sources = realpathSync(join(root, 'content/sources'));
    real = realpathSync(path);
  } catch {
    return { problem: 'a file that does not exist' };
  }
  if (rawFile.split('/').some((s) => s === '..') || !real.startsWith(`${sources}${sep}`))
    return { problem: 'a path that leads outside content/sources/ (it is not read)' };
  const read = readRegularFile(real, MAX_SOURCE_BYTES);
  if (read.ok) return { text: Buffer.from(read.bytes).toString('utf8') };
  const why = read.reason;
  if (why.kind === 'not-regular') return { problem: 'not a regular file (a folder, device or pipe; it is not read)' };
  if (why.kind === 'too-large')
    return { problem: `${String(why.bytes)} bytes, more than a raw source may hold (${String(MAX_SOURCE_BYTES)})` };
  return {
    problem: why.kind === 'missing' ? 'a file that does not exist' : `a file that cannot be read (${why.code})`,
  };
}

/**
 * Lossless: the source's policy text equals the content's text in document order, so that
 * no character was lost, added or moved in curation.
 */
export function checkLossless(kb: RawKnowledgeBase): ContentIssue[] {
  return kb.policies.flatMap((p): ContentIssue[] => {
    const source = readRawSource(kb.root, p.data.source.rawFile);
    if ('problem' in source)
      return [
        {
          file: p.file,
          field: 'source.rawFile',
          found: `${preview(p.data.source.rawFile)}: ${source.problem}`,
          expected: `a regular text file inside content/sources/ of at most ${String(MAX_SOURCE_BYTES / 1024 / 1024)} MB`,
          fix: 'put the raw source text under content/sources/ and name it here',
        },
      ];
    const raw = source.text;
    const diff = losslessDifference(raw, p.data, kb.clauses);
    if (!diff) return [];
    return [
      {
        file: p.file,
        field: '(policy text)',
        found: `in ${diff.place} (character ${String(diff.index)}) the content reads "${diff.actual}"`,
        expected: `the source, which reads "${diff.expected}"`,
        fix: `restore the text there as ${p.data.source.rawFile} has it; a line of the source that is not policy text goes in source.excluded`,
      },
    ];
  });
}
