/**
 * Reads one provision (a sentence up to 。 or ；) that grants support: who gets what, how much.
 * Amount forms, in the order they are tried: matching (同比例), rate with or without a cap
 * (按…不超过15%、最高300万元), fixed sums and ceilings (分别给予A、B paired with a list of levels,
 * items or thresholds; 给予最高50万元 is a ceiling, upTo), support by reference to a cited document (按照《…》相关政策给予支持), and
 * support without an amount (给予专项资助, 具体政策另行制定).
 */
import type { Amount } from '../../schemas/amount';
import { findCaps, findCeilings } from '../amounts/forms';
import { findMoney, findRates } from '../amounts/money';
import { inBrackets, splitTop, type LevelWords } from './lists';
import { groupBy } from '../util/group';

/** One award a provision grants, before ids, kinds and ladders are attached. */
export interface AwardSpec {
  /** What must be true, as written (经认定的国家级制造业创新中心). */
  condition: string;
  /** Who receives it (制造业创新中心), or 符合条件的单位 when the text names a condition only. */
  recipient: string;
  /** The level word as written (国家级, 省, 国内), or null. */
  levelWord: string | null;
  /** How much, in the schema's amount forms. */
  amount: Amount;
  /** Position in a fixed list paired with levels or thresholds, for ladders. */
  rung?: { list: 'levels' | 'thresholds'; size: number };
}

/** The verbs that grant support, in the order they are looked for. */
const GRANTS = ['给予', '予以'] as const;

/** Where the provision grants support: the first 给予/予以 outside brackets, or 进行 + a kind. */
export function grantAt(s: string, kindAt: (post: string) => boolean): { at: number; verb: string } | null {
  for (const verb of GRANTS) {
    for (let at = s.indexOf(verb); at >= 0; at = s.indexOf(verb, at + 1)) if (!inBrackets(s, at)) return { at, verb };
  }
  const at = s.indexOf('进行');
  return at >= 0 && kindAt(s.slice(at + 2)) ? { at, verb: '进行' } : null;
}

/**
 * The object of 对…: the phrase up to the first comma outside brackets, or up to the words that
 * start the grant (按照, 根据, 分别); it keeps a final 的, which says the object is a condition.
 */
function objectPhrase(pre: string): string | null {
  // Prefer a 对 that opens a comma-phrase (…，对符合…的重大项目，): an earlier 对 may sit inside a verb phrase (加强对…的统筹).
  const opening = [...pre.matchAll(/(?:^|，)对/gu)].pop();
  const at = opening ? opening.index + opening[0].length - 1 : pre.indexOf('对');
  if (at < 0) return null;
  // …奖项的给予: the object runs up to the grant, its commas separate a list.
  if (pre.endsWith('的')) return pre.slice(at + 1);
  const phrase = splitTop(pre.slice(at + 1), '，')[0] ?? '';
  // A modal word before the grant (…的重大项目可给予) is no part of the object.
  return (phrase.split(/按照|按其|根据|依据|分别|按/u)[0] ?? phrase).replace(/(?:可以|可|均|再|另)$/u, '');
}

/** A condition as awards state it: the object without its final 的. */
function conditionOf(object: string): string {
  return object.replace(/的(（[^（）]*）)?$/u, '$1');
}

/**
 * Who receives it: the noun after the last 的 of the object, without its level words. The
 * fallback 符合条件的单位 (when the text names a condition only) is no vocabulary word.
 */
function recipientOf(full: string | null, levels: LevelWords): string {
  if (full === null) return '符合条件的单位';
  const object = full.replace(/（[^（）]*）$/u, '');
  const head = object.slice(object.lastIndexOf('的') + 1);
  const noun = levels.strip(head).trim();
  return noun.length >= 2 && !object.endsWith('的') ? noun : '符合条件的单位';
}

/**
 * What the rate applies to: the words before it, after 按/按照/给予 (项目投入额, 实际成交额), or
 * null when the text names no base (按照百分之三十的比例给予; 次年再给予50%).
 */
export function rateBase(s: string, rateAt: number, rateText: string): string | null {
  const before = s.slice(0, rateAt).replace(/的?(?:不超过|不高于|最高)?$/u, '');
  const keyword = [...before.matchAll(/给予|按照|依据|按/gu)].pop();
  let base = keyword ? before.slice(keyword.index + keyword[0].length) : '';
  base = base.replace(/^(?:其|不超过|不高于)+/u, '').replace(/的$/u, '');
  if (base.length < 2) base = /(?:按照|按)其?([^，。；]{2,40}?)给予/u.exec(s)?.[1] ?? '';
  // A base that holds the rate itself (百分之三十的比例) names no base.
  return base.length >= 2 && !base.includes(rateText) && findRates(base).length === 0 ? base : null;
}

/**
 * An object of 对 that can be the base of a rate: a short phrase without 的, sums or rates,
 * ending in a word for a sum (研发投入, 设备投资, 技术改造费用, 销售收入, 合同金额).
 */
const SUM_LIKE = /^[^的，、%％\d]{0,20}(?:投入|投资|费用|额|收入|支出|成本|价款|金额)$/u;

/** A provision whose awards are left out, with the reason for the report. */
export interface Omission {
  /** Why, in words: "the amount is a rate whose base the text does not name (50%)". */
  omitted: string;
}

/**
 * The amount of a rate provision, an omission when the rate has no base, or null when no rate
 * applies to the grant. When the words before the rate name no base but 按 introduces the rate
 * (对企业研发投入，按照百分之三十的比例给予), the object of 对 is the base if it names a sum
 * (SUM_LIKE); a rate of an earlier award (次年再给予50%) has neither and is left out.
 */
function rateAmount(s: string, g: number, object: string | null): Amount | Omission | null {
  const rates = findRates(s).filter(
    (r) => !inBrackets(s, r.index) && (r.index > g || /(?:按照|按)[^，]*$/u.test(s.slice(0, r.index))),
  );
  const rate = rates[0];
  if (!rate || rate.rate <= 0 || rate.rate > 1) return null;
  const change = /(?:提高|增加|上浮|下浮|增长|降低|减少)$/u.exec(s.slice(0, rate.index))?.[0];
  if (change) return { omitted: `the amount is a change by a rate (${change}${rate.text}), not a share of a base` };
  const byRate = /(?:按照|按)[^，]*$/u.test(s.slice(0, rate.index));
  const thing = object !== null && byRate && SUM_LIKE.test(object) ? object : null;
  const base = rateBase(s, rate.index, rate.text) ?? thing;
  if (base === null) return { omitted: `the amount is a rate whose base the text does not name (${rate.text})` };
  const cap = findCaps(s)[0];
  const amount: Amount = { type: 'rate', rate: rate.rate, base };
  if (cap) amount.capYuan = cap.yuan;
  return amount;
}

/**
 * Pairs N granted sums with the provision's list of levels, items or thresholds. Each sum is a
 * fixed amount, or a ceiling (upTo) when 最高 or 不超过 stands before it or before its list.
 */
function fixedAwards(pre: string, object: string | null, amounts: readonly Amount[], levels: LevelWords): AwardSpec[] {
  const n = amounts.length;
  const condition = conditionOf(object ?? pre.replace(/，$/u, ''));
  const recipient = recipientOf(object, levels);
  if (n === 1) return [{ condition, recipient, levelWord: levels.first(condition), amount: amounts[0] as Amount }];
  const list = levels.lists(condition).find((l) => l.levels.length === n);
  if (list) {
    return amounts.map((amount, i) => ({
      condition: condition.replace(list.text, list.levels[i] ?? ''),
      recipient,
      levelWord: list.levels[i] ?? null,
      amount,
      rung: { list: 'levels', size: n },
    }));
  }
  const thresholds = findMoney(condition);
  if (thresholds.length === n) {
    const listText = condition.slice(
      thresholds[0]?.index ?? 0,
      (thresholds[n - 1]?.index ?? 0) + (thresholds[n - 1]?.text.length ?? 0),
    );
    return amounts.map((amount, i) => ({
      condition: condition.replace(listText, thresholds[i]?.text ?? ''),
      recipient,
      levelWord: null,
      amount,
      rung: { list: 'thresholds', size: n },
    }));
  }
  const items = splitTop(condition, '、');
  if (items.length === n) {
    return amounts.map((amount, i) => ({
      condition: items[i] ?? condition,
      recipient: recipientOf(items[i] ?? condition, levels),
      levelWord: levels.leading(items[i] ?? ''),
      amount,
    }));
  }
  return amounts.map((amount) => ({ condition, recipient, levelWord: levels.first(condition), amount }));
}

/**
 * Splits an amount that applies to several levels (对经认定的国家级、省级…平台，按照…同比例资助;
 * 对列入国家…计划、省…专项的) into one award per level; one award when the object names one level.
 */
function perLevel(object: string | null, pre: string, amount: Amount, levels: LevelWords): AwardSpec[] {
  const condition = conditionOf(object ?? pre.replace(/，$/u, ''));
  const recipient = recipientOf(object, levels);
  const list = levels.lists(condition)[0];
  if (object && list && new Set(list.levels).size > 1) {
    return [...new Set(list.levels)].map((level) => ({
      condition: condition.replace(list.text, level),
      recipient,
      levelWord: level,
      amount,
    }));
  }
  const items = object ? splitTop(object, '、') : [];
  const leading = items.map((item, i) => levels.leading(item, i === 0 ? 6 : 0));
  if (
    items.length > 1 &&
    leading.every((l) => l !== null) &&
    new Set(leading.map((l) => l.replace(/级$/u, ''))).size > 1
  ) {
    const byLevel = groupBy(items.keys(), (i) => (leading[i] ?? '').replace(/级$/u, ''));
    return [...byLevel].map(([level, at]) => ({
      condition: conditionOf(at.map((i) => items[i]).join('、')),
      recipient: recipientOf(items[at[at.length - 1] ?? -1] ?? condition, levels),
      levelWord: level,
      amount,
    }));
  }
  return [{ condition, recipient, levelWord: levels.first(condition), amount }];
}

/**
 * Reads the awards of a provision.
 * @param s the provision without its closing 。 or ；
 * @param g where it grants support (grantAt)
 * @param refBefore the id of the last document the provision cites before an offset, or null
 * @param note why no amount is stated (具体政策另行制定, 优先保障), or null
 * @param levels the level words of the levels vocabulary (levelWords)
 * @returns the awards, or an omission when the provision states an amount no award can hold
 */
export function readProvision(
  s: string,
  g: { at: number; verb: string },
  refBefore: (at: number) => string | null,
  note: string | null,
  levels: LevelWords,
): AwardSpec[] | Omission {
  const pre = s.slice(0, g.at);
  const post = s.slice(g.at + g.verb.length);
  const object = objectPhrase(pre);
  if (/同比例/u.test(post)) {
    const base = /(?:按照|按)([^，。；]{2,30})$/u.exec(pre)?.[1] ?? '同比例';
    return perLevel(object, pre, { type: 'matching', base }, levels);
  }
  const rate = rateAmount(s, g.at, object);
  if (rate && 'omitted' in rate) return rate;
  if (rate) return perLevel(object, pre, rate, levels);
  const sums = findMoney(post);
  if (sums.length > 0) {
    const ceilings = new Set(findCeilings(post, 0).map((m) => m.index));
    const amounts = sums.map((m): Amount =>
      ceilings.has(m.index) ? { type: 'upTo', maxYuan: m.yuan } : { type: 'fixed', yuan: m.yuan },
    );
    return fixedAwards(pre, object, amounts, levels);
  }
  const ref = refBefore(g.at);
  if (ref) {
    const condition = object ?? splitTop(pre, '，').slice(0, -1).join('，');
    return perLevel(object, condition || pre, { type: 'byReference', ref }, levels);
  }
  if (note)
    return [
      {
        condition: conditionOf(object ?? pre),
        recipient: recipientOf(object, levels),
        levelWord: null,
        amount: { type: 'unspecified', note },
      },
    ];
  return [];
}
