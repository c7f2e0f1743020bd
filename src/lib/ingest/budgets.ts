/**
 * Plugin: budgets and funds. Money the government sets aside (市本级财政每年安排2000万元用于…)
 * and funds it builds (建立规模为100亿元的…基金, 将产业基金规模扩大至100亿元) are not awards:
 * the calculator never counts them, but the report must not call their amounts unclassified.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Budget } from '../../schemas/budget';
import { toYuan } from '../amounts/money';
import { MAX_QUOTE } from './award-quote';
import { draftIdPrefix, isClause, quoteOf, type ClauseNode, type PolicyRoot } from './tree';

/** 〔payer〕〔每年〕〔再/统筹〕安排〔专项资金〕X元〔资金〕〔用于〕 what. */
const ALLOT =
  /([^，。；]{0,12}?)(每年|每年度)?(?:再|统筹)*安排(?:专项资金|资金)?(\d+(?:\.\d+)?)(亿|万)?元(?:资金)?(?:用于)?([^，。；]*)/gu;

/** 规模为X元的Y基金. */
const FUND_SIZED = /规模为(\d+(?:\.\d+)?)(亿|万)?元的([^，。；、]{2,30}?基金)/gu;

/** Y基金规模扩大至/达到X元. */
const FUND_GROWN = /(?:将)?([^，。；、将]{2,30}?基金)规模(?:扩大至|扩大到|达到|为)(\d+(?:\.\d+)?)(亿|万)?元/gu;

/** The budgets and funds of a sentence. */
export function findBudgets(sentence: string): Omit<Budget, 'id'>[] {
  const quote = quoteOf(sentence);
  const found: Omit<Budget, 'id'>[] = [];
  for (const m of quote.matchAll(ALLOT)) {
    const payer = (m[1] ?? '').replace(/^.*[，]/u, '').trim();
    found.push({
      kind: 'budget',
      what: (m[5] ?? '').length >= 2 ? (m[5] ?? '') : m[0],
      amountYuan: toYuan(m[3] ?? '0', m[4] ?? ''),
      period: m[2] ?? null,
      payer: payer.length >= 2 ? payer : null,
      quote,
    });
  }
  for (const m of quote.matchAll(FUND_SIZED))
    found.push({
      kind: 'fund',
      what: m[3] ?? '',
      amountYuan: toYuan(m[1] ?? '0', m[2] ?? ''),
      period: null,
      payer: null,
      quote,
    });
  for (const m of quote.matchAll(FUND_GROWN))
    found.push({
      kind: 'fund',
      what: (m[1] ?? '').replace(/^逐步/u, ''),
      amountYuan: toYuan(m[2] ?? '0', m[3] ?? ''),
      period: null,
      payer: null,
      quote,
    });
  return found;
}

/** Reads the budgets and funds of every clause. */
export const ingestBudgets: Plugin<[Readonly<{ policyId: string }>], PolicyRoot> = (options) => (tree) => {
  visit(tree, isClause, (clause: ClauseNode) => {
    const prefix = draftIdPrefix(options.policyId, clause.data.draft.number);
    for (const sentence of clause.children) {
      const budgets = findBudgets(sentence.value);
      if (budgets.length === 0) continue;
      sentence.data = { ...sentence.data, claimed: 'budget' };
      // Every budget quotes its sentence: a sentence past the bound would repeat itself per budget.
      if (sentence.value.length > MAX_QUOTE) {
        clause.data.unclassified.push(
          `budgets left out, the sentence is longer than ${String(MAX_QUOTE)} characters: ${sentence.value.slice(0, 60)}…`,
        );
        continue;
      }
      for (const b of budgets)
        clause.data.draft.budgets.push({
          id: `${prefix}-budget-${String(clause.data.draft.budgets.length + 1)}`,
          ...b,
        });
    }
  });
};
