/** Grounding of awards: each award's amount is what its quote states (see grounding.ts). */
import type { Award } from '../../schemas/award';
import type { Reference } from '../../schemas/reference';
import { describeAmount } from '../amounts/describe';
import { contradictions, describeForm, findCaps, findCeilings, grantedPart } from '../amounts/forms';
import { formatRate, formatYuan, textStatesRate, textStatesYuan } from '../amounts/money';
import { preview } from '../content/issue';

/** Reports a problem of the clause being checked, at a field of its frontmatter. */
export type Report = (field: string, found: string, expected: string, fix: string) => void;

/** A fixed award's sum is one its quote grants. */
function checkFixedSum(a: Award, field: string, report: Report): void {
  const amount = a.amount;
  if (amount.type === 'fixed' && !textStatesYuan(grantedPart(a.quote), amount.yuan))
    report(
      `${field}.yuan`,
      `${String(amount.yuan)} (${formatYuan(amount.yuan)})`,
      `an amount its quote grants (after 给予 where it says so); the quote says ${preview(a.quote, 80)}`,
      'correct the amount (whole yuan: 200万元 is 2000000) or quote the sentence that states it',
    );
}

/** The amount's type is the form its quote states (amounts/forms.ts). */
function checkAmountForm(a: Award, field: string, report: Report): void {
  const amount = a.amount;
  const clash = contradictions(amount, a.quote)[0];
  if (clash)
    report(
      `${field}.type`,
      `${amount.type} (${describeAmount(amount)})`,
      `an amount of the form its quote states; the granted part states ${describeForm(clash)}: ${preview(grantedPart(a.quote), 80)}`,
      amount.type === 'fixed'
        ? 'use the type the quote states (rate for a share of a base, upTo for a ceiling such as 最高50万元), or delete the award: a range, a sum per period or unit, or a foreign sum is no fixed award'
        : amount.type === 'upTo'
          ? 'use the type the quote states (rate for a share of a base with its cap), or quote only the words that grant the ceiling'
          : 'delete the award: a range of rates or a foreign sum is no rate the calculator can apply',
    );
}

/** A ceiling (upTo) is a sum its quote grants after 最高 or 不超过 (or before 以下). */
function checkCeiling(a: Award, field: string, report: Report): void {
  const amount = a.amount;
  if (amount.type === 'upTo' && !findCeilings(a.quote).some((m) => m.yuan === amount.maxYuan))
    report(
      `${field}.maxYuan`,
      `${String(amount.maxYuan)} (${formatYuan(amount.maxYuan)})`,
      `a ceiling its quote grants, after 最高 or 不超过 (最高50万元, 不超过30万元); the quote says ${preview(a.quote, 80)}`,
      'correct the ceiling (whole yuan: 50万元 is 500000), quote the sentence that states it, or use fixed when the text grants a sure sum',
    );
}

/** A rate and its cap are in the quote; a rate's or a matching's base is written as the quote writes it. */
function checkRate(a: Award, field: string, report: Report): void {
  const amount = a.amount;
  if (amount.type === 'rate') {
    if (!textStatesRate(a.quote, amount.rate))
      report(
        `${field}.rate`,
        `${String(amount.rate)} (${formatRate(amount.rate)})`,
        `a rate its quote states; the quote says ${preview(a.quote, 80)}`,
        'correct the rate (a fraction: 15% is 0.15) or quote the sentence that states it',
      );
    if (amount.capYuan !== undefined && !findCaps(a.quote).some((m) => m.yuan === amount.capYuan))
      report(
        `${field}.capYuan`,
        `${String(amount.capYuan)} (${formatYuan(amount.capYuan)})`,
        'a cap its quote states, after 最高 or 不超过 (最高300万元, 不超过100万元)',
        'correct the cap, quote the sentence that states it, or drop capYuan when the sum is not a cap',
      );
  }
  if ((amount.type === 'rate' || amount.type === 'matching') && !a.quote.includes(amount.base))
    report(
      `${field}.base`,
      preview(amount.base),
      'the base as its quote writes it',
      'copy the words for the base from the quote',
    );
}

/** An award granted as another document says names that document in its quote. */
function checkByReference(a: Award, field: string, refs: ReadonlyMap<string, Reference>, report: Report): void {
  const amount = a.amount;
  if (amount.type !== 'byReference') return;
  const ref = refs.get(amount.ref);
  if (ref && !a.quote.includes(ref.docNumber ?? ref.title))
    report(
      `${field}.ref`,
      amount.ref,
      `a document the quote cites (${ref.docNumber ?? ref.title})`,
      'point to the document the quote names, or quote the sentence that names it',
    );
}

/**
 * Every award's amount is what its quote states: a fixed sum one it grants, a ceiling one it
 * grants after 最高 or 不超过, the form it states,
 * a rate and cap it states, a base as it writes it, a document it names.
 */
export function checkAwards(awards: readonly Award[], refs: ReadonlyMap<string, Reference>, report: Report): void {
  awards.forEach((a, i) => {
    const field = `awards[${String(i)}].amount`;
    checkFixedSum(a, field, report);
    checkCeiling(a, field, report);
    checkAmountForm(a, field, report);
    checkRate(a, field, report);
    checkByReference(a, field, refs, report);
  });
}
