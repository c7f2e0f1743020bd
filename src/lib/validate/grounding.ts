import { bodyText } from '../content/body';
import { industryMatcher } from '../text/industry-match';
import { MAX_NUMERAL, toChineseNumeral } from '../text/numerals';
import type { ClauseEntry, RawKnowledgeBase } from '../content/load';
import { preview, type ContentIssue } from '../content/issue';
import { describeAmount } from '../amounts/describe';
import { contradictions, describeForm, findCaps, grantedPart } from '../amounts/forms';
import { formatRate, formatYuan, textStatesRate, textStatesYuan } from '../amounts/money';
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

/**
 * Grounding: nothing in frontmatter that the clause's own text does not say. Every quote is
 * in the body; every amount, rate and cap is in its quote, and the amount's type is the form
 * the quote states (a quote that states a rate, a range, a period or a foreign sum backs no
 * fixed award; a cap follows 最高 or 不超过); every target's figure is in its
 * quote; every citation's quote names the document; every industry is named in the body.
 */
export function checkGrounding(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const refs = new Map(kb.references.map((r) => [r.data.id, r.data]));
  const industries = new Map(kb.vocabularies.industries.map((i) => [i.name, i]));
  const matcher = industryMatcher(kb.vocabularies.industries);
  // An empty body is reported once by the consistency rules, not once per quote here.
  for (const c of kb.clauses.filter((x) => x.body !== '')) {
    // Quotes and names are read against the text the page shows (escapes such as \* resolved).
    const text = bodyText(c.body);
    const named = matcher.namedIn(text);
    const at = (field: string, found: string, expected: string, fix: string) =>
      issues.push({ file: c.file, field, found, expected, fix });
    for (const [field, quote] of quotesOf(c)) {
      if (!text.includes(quote))
        at(
          field,
          preview(quote),
          'a quote that is word for word in the clause body',
          'copy the sentence from the body below the frontmatter (full-width punctuation: ，；（）)',
        );
    }
    c.data.awards.forEach((a, i) => {
      const amount = a.amount;
      if (amount.type === 'fixed' && !textStatesYuan(grantedPart(a.quote), amount.yuan)) {
        at(
          `awards[${String(i)}].amount.yuan`,
          `${String(amount.yuan)} (${formatYuan(amount.yuan)})`,
          `an amount its quote grants (after 给予 where it says so); the quote says ${preview(a.quote, 80)}`,
          'correct the amount (whole yuan: 200万元 is 2000000) or quote the sentence that states it',
        );
      }
      const clash = contradictions(amount, a.quote)[0];
      if (clash)
        at(
          `awards[${String(i)}].amount.type`,
          `${amount.type} (${describeAmount(amount)})`,
          `an amount of the form its quote states; the granted part states ${describeForm(clash)}: ${preview(grantedPart(a.quote), 80)}`,
          amount.type === 'fixed'
            ? 'use the type the quote states (rate for a share of a base), or delete the award: a range, a sum per period or unit, or a foreign sum is no fixed award'
            : 'delete the award: a range of rates or a foreign sum is no rate the calculator can apply',
        );
      if (amount.type === 'rate') {
        if (!textStatesRate(a.quote, amount.rate))
          at(
            `awards[${String(i)}].amount.rate`,
            `${String(amount.rate)} (${formatRate(amount.rate)})`,
            `a rate its quote states; the quote says ${preview(a.quote, 80)}`,
            'correct the rate (a fraction: 15% is 0.15) or quote the sentence that states it',
          );
        if (amount.capYuan !== undefined && !findCaps(a.quote).some((m) => m.yuan === amount.capYuan))
          at(
            `awards[${String(i)}].amount.capYuan`,
            `${String(amount.capYuan)} (${formatYuan(amount.capYuan)})`,
            'a cap its quote states, after 最高 or 不超过 (最高300万元, 不超过100万元)',
            'correct the cap, quote the sentence that states it, or drop capYuan when the sum is not a cap',
          );
      }
      if ((amount.type === 'rate' || amount.type === 'matching') && !a.quote.includes(amount.base)) {
        at(
          `awards[${String(i)}].amount.base`,
          preview(amount.base),
          'the base as its quote writes it',
          'copy the words for the base from the quote',
        );
      }
      if (amount.type === 'byReference') {
        const ref = refs.get(amount.ref);
        if (ref && !a.quote.includes(ref.docNumber ?? ref.title))
          at(
            `awards[${String(i)}].amount.ref`,
            amount.ref,
            `a document the quote cites (${ref.docNumber ?? ref.title})`,
            'point to the document the quote names, or quote the sentence that names it',
          );
      }
    });
    c.data.budgets.forEach((b, i) => {
      if (!textStatesYuan(b.quote, b.amountYuan))
        at(
          `budgets[${String(i)}].amountYuan`,
          `${String(b.amountYuan)} (${formatYuan(b.amountYuan)})`,
          'an amount its quote states',
          'correct the amount (whole yuan: 2亿元 is 200000000) or the quote',
        );
    });
    c.data.targets.forEach((t, i) => {
      if (!t.quote.includes(t.text))
        at(
          `targets[${String(i)}].text`,
          preview(t.text),
          'the figure as its quote writes it',
          'copy the figure (e.g. "50%以上") from the quote',
        );
      if (t.value !== null && !t.text.includes(String(t.value)))
        at(
          `targets[${String(i)}].value`,
          String(t.value),
          `the number in text ${preview(t.text)}`,
          'make value the number written in text',
        );
      if (t.deadline !== null && !text.includes(t.deadline))
        at(
          `targets[${String(i)}].deadline`,
          preview(t.deadline),
          'a deadline as the body writes it (到2020年, 通过3—5年努力)',
          'copy the deadline words from the body, or use null',
        );
    });
    c.data.citations.forEach((ct, i) => {
      const ref = refs.get(ct.ref);
      if (ref && !ct.quote.includes(ref.docNumber ?? ref.title))
        at(
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
        at(
          `citations[${String(i)}].provision`,
          String(ct.provision),
          `an article the quote names (第${toChineseNumeral(ct.provision)}条 is not in it)`,
          'use the number of the article the quote names, or drop provision',
        );
    });
    c.data.industries.forEach((name, i) => {
      const industry = industries.get(name);
      if (industry && !named.includes(industry.name))
        at(
          `industries[${String(i)}]`,
          preview(name),
          'an industry the body names (by its name or an alias)',
          `remove it, or add the body's word for it to the aliases of ${name} in content/vocabularies/industries.yaml`,
        );
    });
    c.data.industryGroups.forEach((g, i) => {
      if (!text.includes(g))
        at(
          `industryGroups[${String(i)}]`,
          preview(g),
          'an industry group the body names',
          'remove it: list a group only where the body names it',
        );
    });
  }
  for (const r of kb.references) {
    const citing = clausesCiting(kb.clauses).get(r.data.id) ?? [];
    if (citing.length > 0 && !citing.some((c) => bodyText(c.body).includes(r.data.title))) {
      issues.push({
        file: r.file,
        field: 'title',
        found: preview(r.data.title),
        expected: 'the title as a citing clause writes it',
        fix: 'copy the title from the citing clause (inside 《》, full-width punctuation), or the name a name-only citation uses',
      });
    }
  }
  return issues;
}
