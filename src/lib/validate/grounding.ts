import { bodyText } from '../content/body';
import { industryMatcher } from '../text/industry-match';
import { MAX_NUMERAL, toChineseNumeral } from '../text/numerals';
import type { ClauseEntry, RawKnowledgeBase } from '../content/load';
import { preview, type ContentIssue } from '../content/issue';
import { grantedPart } from '../amounts/forms';
import { formatYuan, textStatesYuan } from '../amounts/money';
import type { Reference } from '../../schemas/reference';
import { checkAwards, type Report } from './grounding-awards';
import { clausesCiting } from './indexes';

/** Every quote a clause makes, with the field it sits in. */
function quotesOf(c: ClauseEntry): Array<[string, string]> {
  const d = c.data;
  return [
    ...d.awards.map((a, i): [string, string] => [`awards[${String(i)}].quote`, a.quote]),
    ...d.budgets.map((b, i): [string, string] => [`budgets[${String(i)}].quote`, b.quote]),
    ...d.targets.map((t, i): [string, string] => [`targets[${String(i)}].quote`, t.quote]),
    ...d.citations.map((t, i): [string, string] => [`citations[${String(i)}].quote`, t.quote]),
    ...d.notes.map((t, i): [string, string] => [`notes[${String(i)}].quote`, t.quote]),
    ...d.ladders.flatMap((l, i): Array<[string, string]> =>
      l.quote ? [[`ladders[${String(i)}].quote`, l.quote]] : [],
    ),
  ];
}

/** The part of an award's quote that says what is given (see amounts/forms.ts). */
export { grantedPart };

/** One clause, read once for every check below. */
interface ClauseCheck {
  clause: ClauseEntry;
  /** The text the page shows (escapes such as \* resolved): quotes and names are read against it. */
  text: string;
  /** The references by id. */
  refs: ReadonlyMap<string, Reference>;
  report: Report;
}

/** Every quote is word for word in the body. */
function checkQuotes({ clause, text, report }: ClauseCheck): void {
  for (const [field, quote] of quotesOf(clause)) {
    if (!text.includes(quote))
      report(
        field,
        preview(quote),
        'a quote that is word for word in the clause body',
        'copy the sentence from the body below the frontmatter (full-width punctuation: ，；（）)',
      );
  }
}

/** Every budget's sum is in its quote. */
function checkBudgets({ clause, report }: ClauseCheck): void {
  clause.data.budgets.forEach((b, i) => {
    if (!textStatesYuan(b.quote, b.amountYuan))
      report(
        `budgets[${String(i)}].amountYuan`,
        `${String(b.amountYuan)} (${formatYuan(b.amountYuan)})`,
        'an amount its quote states',
        'correct the amount (whole yuan: 2亿元 is 200000000) or the quote',
      );
  });
}

/** Every target's figure is in its quote, its value in its figure, its deadline in the body. */
function checkTargets({ clause, text, report }: ClauseCheck): void {
  clause.data.targets.forEach((t, i) => {
    if (!t.quote.includes(t.text))
      report(
        `targets[${String(i)}].text`,
        preview(t.text),
        'the figure as its quote writes it',
        'copy the figure (e.g. "50%以上") from the quote',
      );
    if (t.value !== null && !t.text.includes(String(t.value)))
      report(
        `targets[${String(i)}].value`,
        String(t.value),
        `the number in text ${preview(t.text)}`,
        'make value the number written in text',
      );
    if (t.deadline !== null && !text.includes(t.deadline))
      report(
        `targets[${String(i)}].deadline`,
        preview(t.deadline),
        'a deadline as the body writes it (到2020年, 通过3—5年努力)',
        'copy the deadline words from the body, or use null',
      );
  });
}

/** Every citation's quote names the document, and the article it points to. */
function checkCitations({ clause, refs, report }: ClauseCheck): void {
  clause.data.citations.forEach((ct, i) => {
    const ref = refs.get(ct.ref);
    if (ref && !ct.quote.includes(ref.docNumber ?? ref.title))
      report(
        `citations[${String(i)}].quote`,
        preview(ct.quote),
        `a sentence that names ${ref.docNumber ?? ref.title}`,
        'quote the sentence that cites the document',
      );
    if (
      ct.provision !== undefined &&
      ct.provision <= MAX_NUMERAL &&
      !ct.quote.includes(`第${toChineseNumeral(ct.provision)}条`)
    )
      report(
        `citations[${String(i)}].provision`,
        String(ct.provision),
        `an article the quote names (第${toChineseNumeral(ct.provision)}条 is not in it)`,
        'use the number of the article the quote names, or drop provision',
      );
  });
}

/** Every industry and industry group is named in the body (an industry by its name or an alias). */
function checkIndustries(
  { clause, text, report }: ClauseCheck,
  vocabulary: ReadonlySet<string>,
  named: readonly string[],
): void {
  clause.data.industries.forEach((name, i) => {
    // A name outside the vocabulary is the schema's to report.
    if (vocabulary.has(name) && !named.includes(name))
      report(
        `industries[${String(i)}]`,
        preview(name),
        'an industry the body names (by its name or an alias)',
        `remove it, or add the body's word for it to the aliases of ${name} in content/vocabularies/industries.yaml`,
      );
  });
  clause.data.industryGroups.forEach((g, i) => {
    if (!text.includes(g))
      report(
        `industryGroups[${String(i)}]`,
        preview(g),
        'an industry group the body names',
        'remove it: list a group only where the body names it',
      );
  });
}

/** Every department is named in the body, as written (in its （责任单位：…）). */
function checkDepartments({ clause, text, report }: ClauseCheck): void {
  clause.data.departments.forEach((d, i) => {
    if (!text.includes(d))
      report(
        `departments[${String(i)}]`,
        preview(d),
        'a department the body names, as written (in its （责任单位：…）)',
        'copy the name from the body (市科技局, not 杭州市科学技术局), or remove it',
      );
  });
}

/** Every cited reference's title is written as a citing clause writes it. */
function checkReferenceTitles(kb: RawKnowledgeBase): ContentIssue[] {
  const citing = clausesCiting(kb.clauses);
  return kb.references.flatMap((r): ContentIssue[] => {
    const by = citing.get(r.data.id) ?? [];
    if (by.length === 0 || by.some((c) => bodyText(c.body).includes(r.data.title))) return [];
    return [
      {
        file: r.file,
        field: 'title',
        found: preview(r.data.title),
        expected: 'the title as a citing clause writes it',
        fix: 'copy the title from the citing clause (inside 《》, full-width punctuation), or the name a name-only citation uses',
      },
    ];
  });
}

/**
 * Grounding: nothing in frontmatter that the clause's own text does not say. Every quote is
 * in the body; every amount, rate and cap is in its quote, and the amount's type is the form
 * the quote states (a quote that states a rate, a range, a period or a foreign sum backs no
 * fixed award; a cap follows 最高 or 不超过); every target's figure is in its
 * quote; every citation's quote (a provision's or a preamble's) names the document; every industry and department is named
 * in the body.
 */
export function checkGrounding(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const refs = new Map(kb.references.map((r) => [r.data.id, r.data]));
  const industries = new Set(kb.vocabularies.industries.map((i) => i.name));
  const matcher = industryMatcher(kb.vocabularies.industries);
  // An empty body is reported once by the consistency rules, not once per quote here.
  for (const clause of kb.clauses.filter((x) => x.body !== '')) {
    const text = bodyText(clause.body);
    const report: Report = (field, found, expected, fix) =>
      issues.push({ file: clause.file, field, found, expected, fix });
    const check: ClauseCheck = { clause, text, refs, report };
    checkQuotes(check);
    checkAwards(clause.data.awards, refs, report);
    checkBudgets(check);
    checkTargets(check);
    checkCitations(check);
    checkIndustries(check, industries, matcher.namedIn(text));
    checkDepartments(check);
  }
  return [...issues, ...checkPreambleCitations(kb, refs), ...checkReferenceTitles(kb)];
}

/** Every citation of a preamble quotes the preamble word for word and names the document. */
function checkPreambleCitations(kb: RawKnowledgeBase, refs: ReadonlyMap<string, Reference>): ContentIssue[] {
  return kb.policies.flatMap((p) =>
    p.data.preambleCitations.flatMap((ct, i): ContentIssue[] => {
      const field = `preambleCitations[${String(i)}]`;
      const ref = refs.get(ct.ref);
      const issues: ContentIssue[] = [];
      if (!p.data.preamble.includes(ct.quote))
        issues.push({
          file: p.file,
          field: `${field}.quote`,
          found: preview(ct.quote),
          expected: 'a quote that is word for word in the preamble',
          fix: 'copy the sentence from the preamble (full-width punctuation: ，；（）)',
        });
      if (!ref)
        issues.push({
          file: p.file,
          field: `${field}.ref`,
          found: preview(ct.ref),
          expected: 'the id of a record in content/references/',
          fix: 'add content/references/<id>.yaml for the cited document, or fix the id',
        });
      else if (!ct.quote.includes(ref.docNumber ?? ref.title))
        issues.push({
          file: p.file,
          field: `${field}.quote`,
          found: preview(ct.quote),
          expected: `a sentence that names ${ref.docNumber ?? ref.title}`,
          fix: 'quote the sentence that cites the document',
        });
      return issues;
    }),
  );
}
