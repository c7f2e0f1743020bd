/**
 * The ingest pipeline: raw text → policy tree (parser) → plugins, each with one job
 * (boilerplate, structure, numbering, citations, awards, budgets, targets, industries, notes,
 * departments)
 * → a draft of the content files, validated with the content's own schemas.
 */
import { unified } from 'unified';
import { escapeBodyText } from '../content/body';
import { VFile } from 'vfile';
import { ClauseSchema, type ClauseData } from '../../schemas/clause';
import { PolicySchema, type Policy } from '../../schemas/policy';
import { ReferenceSchema, type Reference } from '../../schemas/reference';
import { UNKNOWN } from '../../schemas/common';
import type { Vocabularies } from '../../schemas/vocabulary';
import { findForeignMoney, findMoney, findRates } from '../amounts/money';
import { vocabularyNames } from '../content/load';
import { zodIssues } from '../content/zod-issues';
import { losslessDifference } from '../validate/lossless';
import { ingestAwards } from './awards';
import { ingestBoilerplate } from './boilerplate';
import { ingestBudgets } from './budgets';
import { ingestCitations } from './citations';
import { IngestError } from './errors';
import { ingestData } from './file-data';
import { ingestDepartments } from './departments';
import { ingestIndustries } from './industries';
import { ingestNotes } from './notes';
import { clauseFileName } from './numbering';
import { ingestParse } from './parse';
import { ingestExcludedLines } from './excluded-lines';
import { endingDefect } from './ending';
import { startDefect } from './start';
import type { ExcludedLine } from './formats/extracted';
import { ingestUnwrap } from './unwrap-plugin';
import { buildPolicy } from './policy-record';
import { ingestStructure } from './structure';
import { ingestTargets } from './targets';
import { legislationAwards, LEGISLATION_KINDS } from './legislation-awards';
import { clausesOf, type ClauseNode, type PolicyRoot } from './tree';

/** What the ingest needs besides the text. */
export interface IngestOptions {
  /** The policy id (a slug), e.g. hz-2018-manufacturing. */
  policyId: string;
  /** Where the raw file is kept in the project, content/sources/<name>.txt. */
  rawFile: string;
  /** The controlled vocabularies. */
  vocabularies: Vocabularies;
  /** The records of content/references/, reused by citations. */
  references?: readonly Reference[];
  /** The name of the input, for error messages. */
  path?: string;
  /** Lines of the text its format reader found not to be policy text. */
  excluded?: readonly ExcludedLine[];
  /** Lines its format's markup makes 编 headings that write no numeral (a code kept in parts). */
  books?: readonly number[];
}

/** A provision file to write. */
export interface ClauseDraftFile {
  /** content/clauses/<policy>/NN-clause.md */
  file: string;
  /** The draft frontmatter, valid against ClauseSchema. */
  data: ClauseData;
  /** The clause's text after its heading, as in the source, written as a body is stored (Markdown-escaped, see escapeBodyText). */
  body: string;
}

/** The draft content of one policy and what the ingest could not classify. */
export interface IngestResult {
  /** The policy record, valid against PolicySchema. */
  policy: Policy;
  /** One draft per clause, in order. */
  clauses: ClauseDraftFile[];
  /** Reference records for cited documents content/references/ does not hold. */
  newReferences: Reference[];
  /** Sentences with an amount no award or budget took, unknown industry words. */
  unclassified: Array<{ clause: number; text: string }>;
}

/** The processor with every plugin, in order. */
export function ingestProcessor(options: Readonly<IngestOptions>) {
  return unified()
    .use(ingestParse)
    .use(ingestExcludedLines, { excluded: options.excluded ?? [], books: options.books ?? [] })
    .use(ingestUnwrap)
    .use(ingestBoilerplate)
    .use(ingestStructure)
    .use(ingestCitations, { references: options.references ?? [] })
    .use(ingestAwards, { vocabularies: options.vocabularies, policyId: options.policyId })
    .use(ingestBudgets, { policyId: options.policyId })
    .use(ingestTargets, { vocabularies: options.vocabularies, policyId: options.policyId })
    .use(ingestIndustries, { vocabularies: options.vocabularies })
    .use(ingestNotes)
    .use(ingestDepartments);
}

/** Sentences of a clause that state an amount (in any currency) or a rate no plugin accounted for. */
function unaccounted(clause: ClauseNode): string[] {
  return clause.children
    .filter(
      (s) =>
        !s.data?.claimed &&
        (findMoney(s.value).length > 0 || findRates(s.value).length > 0 || findForeignMoney(s.value).length > 0),
    )
    .map((s) => `amount not attached to an award: ${s.value}`);
}

/** Validates a draft with the content schemas; a failure is a bug of the ingest, reported as such. */
function checked<T>(file: string, data: unknown, schema: import('zod').ZodType<T>, schemaFile: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = zodIssues(file, data, result.error, schemaFile).map(
    (i) => `  ${i.field}: found ${i.found}; expected ${i.expected}`,
  );
  throw new IngestError(`${file}: the draft does not pass the content schema:\n${issues.join('\n')}`);
}

/**
 * The lossless gate: the drafts, rebuilt in document order, must give the source's policy text
 * character for character (whitespace aside), as the build will check.
 * @throws IngestError naming the place of the first difference
 */
export function assertLossless(raw: string, policy: Policy, clauses: readonly ClauseDraftFile[]): void {
  const diff = losslessDifference(raw, policy, clauses);
  if (!diff) return;
  throw new IngestError(
    `${policy.id}: the drafts would not rebuild the source text (nothing written): in ${diff.place} (character ${String(diff.index)}) they read "${diff.actual}" where the source reads "${diff.expected}"; the ingest cannot place this text: check the headings and numbering there`,
  );
}

/** Runs the pipeline on a raw text and returns the draft files, validated and proven lossless. */
export function ingestText(raw: string, options: Readonly<IngestOptions>): IngestResult {
  const processor = ingestProcessor(options);
  const file = new VFile({ path: options.path ?? 'input', value: raw });
  const tree: PolicyRoot = processor.runSync(processor.parse(file), file);
  const data = ingestData(file);
  const policyFile = `content/policies/${options.policyId}.yaml`;
  const policy = checked(
    policyFile,
    buildPolicy(tree, data, options.policyId, options.rawFile),
    PolicySchema,
    'src/schemas/policy.ts',
  );
  const clauseSchema = ClauseSchema(vocabularyNames(options.vocabularies));
  const nodes = clausesOf(tree);
  const leftOut: Array<{ clause: number; text: string }> = [];
  if (policy.kind !== UNKNOWN && LEGISLATION_KINDS.has(policy.kind))
    for (const c of nodes) {
      const { kept, left } = legislationAwards(c.data.draft.awards);
      c.data.draft.awards = kept;
      leftOut.push(
        ...left.map((q) => ({ clause: c.data.draft.number, text: `award left out, legislation names no money: ${q}` })),
      );
      // Industries too (see legislation-awards.ts): a law names 机械 or 化工 as what it regulates,
      // not as an industry it supports; read by word, 18 of 51 tags of a checked sample held.
      if (c.data.draft.industries.length > 0)
        leftOut.push({
          clause: c.data.draft.number,
          text: `industries left out, legislation: ${c.data.draft.industries.join('、')}`,
        });
      c.data.draft.industries = [];
      c.data.draft.industryGroups = [];
    }
  const clauses = nodes.map((c) => {
    const file = `content/clauses/${options.policyId}/${clauseFileName(c.data.draft.number)}`;
    return {
      file,
      data: checked(file, { policy: options.policyId, ...c.data.draft }, clauseSchema, 'src/schemas/clause.ts'),
      body: escapeBodyText(c.body),
    };
  });
  assertLossless(raw, policy, clauses);
  const lastClause = clauses.at(-1)?.data;
  const ending = endingDefect(
    policy,
    [...clauses.map((c) => c.body), policy.closing],
    lastClause,
    raw.trimEnd().split('\n').length,
  );
  const firstClause = clauses[0]?.data;
  const start = startDefect(policy, firstClause, raw);
  for (const defect of [start, ending]) {
    if (!defect) continue;
    policy.defects.push(defect);
    file.message(`${defect.place}: ${defect.note}`, {
      place: { line: defect.line, column: 1 },
      ruleId: defect.kind,
      source: 'ingest',
    }).fatal = false;
  }
  const newReferences = data.newReferences.map((r) =>
    checked(`content/references/${r.id}.yaml`, r, ReferenceSchema, 'src/schemas/reference.ts'),
  );
  const unclassified = nodes.flatMap((c) =>
    [...unaccounted(c), ...c.data.unclassified].map((text) => ({ clause: c.data.draft.number, text })),
  );
  return { policy, clauses, newReferences, unclassified: [...unclassified, ...leftOut] };
}
