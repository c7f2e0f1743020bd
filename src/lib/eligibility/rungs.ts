import { findMoney, formatYuan } from '../amounts/money';
import type { CatalogAward } from './catalog';

/**
 * A short name for an award's rung, for explanations: its level (省级, 国家级) when it has
 * one, else the first sum its condition names outside parentheses (1000亿元 for the revenue
 * tiers of 鲲鹏计划), else its rank. Read from the content, never written per award.
 */
export function rungLabel(award: Pick<CatalogAward, 'level' | 'condition' | 'ladder'>): string {
  if (award.level !== null) return `${award.level}档`;
  const outside = award.condition.replace(/（[^）]*）/g, '');
  const first = findMoney(outside)[0];
  if (first) return `${formatYuan(first.yuan)}档`;
  return award.ladder ? `第${String(award.ladder.rank)}档` : award.condition;
}

/** The ladder's name in Chinese quotes, or a neutral phrase when the award has none. */
export function ladderName(award: Pick<CatalogAward, 'ladderInfo'>): string {
  return award.ladderInfo ? `“${award.ladderInfo.name}”` : '同一荣誉';
}
