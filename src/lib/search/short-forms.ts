/**
 * The short forms the texts define for themselves, kept in content/vocabularies/short-forms.yaml
 * so that they are reviewed like content: `npm run vocab:short-forms` reads them from every
 * document (definedAbbreviations) and writes the file, keeping a reviewer's `use: false`; the
 * content check proves the file and the texts agree, both ways; the search reads the file.
 */
import type { ContentIssue } from '../content/issue';
import type { RawKnowledgeBase } from '../content/load';
import { bodyText } from '../content/body';
import { clausesByPolicy } from '../validate/indexes';
import { SHORT_FORMS_FILE, type ShortForm } from '../../schemas/vocabulary';
import { definedAbbreviations } from './abbreviations';
import { toYaml } from '../ingest/serialize';

/** The file's path from the project root. */
export const SHORT_FORMS_PATH = `content/vocabularies/${SHORT_FORMS_FILE}`;

/** The key of an entry: a document defines a short form for a full form once. */
const keyOf = (f: Pick<ShortForm, 'policy' | 'full' | 'short'>) => `${f.policy}\0${f.full}\0${f.short}`;

/** The short forms each document of `kb` defines, in content order, each with use: true. */
export function readShortForms(kb: Pick<RawKnowledgeBase, 'policies' | 'clauses'>): ShortForm[] {
  const clauses = clausesByPolicy(kb.clauses);
  return kb.policies.flatMap(({ data: p }) => {
    const text = [p.preamble, ...(clauses.get(p.id) ?? []).map((c) => bodyText(c.body))].join('\n');
    return definedAbbreviations(text).map((a) => ({ policy: p.id, full: a.full, short: a.short, use: true }));
  });
}

/**
 * The file's entries for the short forms the texts define: `read` in order, each keeping the
 * reviewer's `use` from `kept` (the file as it was). Entries no text defines any more are dropped.
 */
export function reviewedShortForms(read: readonly ShortForm[], kept: readonly ShortForm[]): ShortForm[] {
  const use = new Map(kept.map((f) => [keyOf(f), f.use]));
  return read.map((f) => ({ ...f, use: use.get(keyOf(f)) ?? true }));
}

/**
 * Where the file and the texts of the base disagree: an entry no text of its document defines (a
 * made-up or stale short form would widen searches on no ground), and a definition the file lacks.
 */
export function checkShortForms(kb: Pick<RawKnowledgeBase, 'policies' | 'clauses' | 'vocabularies'>): ContentIssue[] {
  const read = readShortForms(kb);
  const defined = new Set(read.map(keyOf));
  const listed = new Set(kb.vocabularies.shortForms.map(keyOf));
  // The file serves the whole base; a smaller base of some of its documents (the curated sample)
  // holds entries of documents it lacks. A mistyped id is still caught: its document's entry is missing.
  const held = new Set(kb.policies.map((p) => p.data.id));
  const fix =
    'run `npm run vocab:short-forms`, which writes the file from the texts and keeps each use: false, then review its diff';
  return [
    ...kb.vocabularies.shortForms.flatMap((f, i): ContentIssue[] =>
      defined.has(keyOf(f)) || !held.has(f.policy)
        ? []
        : [
            {
              file: SHORT_FORMS_PATH,
              field: `[${String(i)}]`,
              found: `${f.short} = ${f.full} for ${f.policy}, which no text of that document defines`,
              expected: 'only the short forms the document defines: （以下简称…） after the full form',
              fix,
            },
          ],
    ),
    ...read
      .filter((f) => !listed.has(keyOf(f)))
      .map((f): ContentIssue => ({
        file: SHORT_FORMS_PATH,
        field: '',
        found: `no entry for ${f.short} = ${f.full}, which ${f.policy} defines`,
        expected: 'every short form the texts define',
        fix,
      })),
  ];
}

/** The file's header: what it is and how it is kept. */
const HEADER = `# Short forms the documents define for themselves: （以下简称X） after the full form.
# Written by \`npm run vocab:short-forms\` (and by the collection import) from the texts; do not add entries by hand.
# In search, each pair means the same within its document only (事故 or 职工 mean other things elsewhere).
# Review the diff: set use: false on a wrong reading to keep it out of search (writing the file again keeps it).
# npm run check:content fails when this file and the texts disagree.
`;

/** The file's text for `entries`. */
export function shortFormsYaml(entries: readonly ShortForm[]): string {
  return `${HEADER}${entries.length === 0 ? '[]\n' : toYaml(entries)}`;
}
