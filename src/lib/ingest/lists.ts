/**
 * The lists of a provision that awards are paired with: levels (国家级、省级), items
 * (国家级…企业、省级…企业) and thresholds (1000亿元、500亿元). Splitting respects brackets and
 * quotes, so that 行业标准（“浙江制造”标准、团体标准） stays one item. Level words are the names
 * of content/vocabularies/levels.yaml, passed in (levelWords), never copied here.
 */
import { alternation } from '../text/words';

/** Opening and closing brackets and quotes that protect their content from splitting. */
const OPEN = '（“《〔';
const CLOSE = '）”》〕';

/** Splits `text` at any of `separators` outside brackets and quotes. */
export function splitTop(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Whether offset `at` of `text` lies inside （…）. */
export function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '（') depth++;
    else if (text[i] === '）') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * Bare level words (国家 for 国家级), read where a list or an item starts; levelName maps each to
 * its vocabulary name, and one counts only while the vocabulary has that name. They are not
 * vocabulary names; 区 and 县 are left out because they stand inside other words (园区, 县（市）).
 */
const BARE_LEVELS = ['国家', '省', '市'] as const;

/** Words that join the levels of a list: 国家级、省级; 省级和市级; 国内、省内. */
const JOINERS = /、|和|及|与|或/u;

/** A level list found in a text. */
export interface LevelList {
  /** The list as written (国家级、省级). */
  text: string;
  /** Offset in the text. */
  at: number;
  /** The level words in order. */
  levels: string[];
}

/** The level words of a vocabulary, compiled: the readers of levels in a provision. */
export interface LevelWords {
  /** Every level list of a text (two or more level words joined by 、/和/及/与/或). */
  lists(text: string): LevelList[];
  /** The level word an item starts with (after a short verb such as 列入 or 获得认定的), or null. */
  leading(item: string, maxPrefix?: number): string | null;
  /**
   * The first vocabulary level anywhere in a text (国家级, 省级, 国内 …), or null. Bare 国家/省/市
   * count only at the start of an item (leading): inside a text they are names (杭州市).
   */
  first(text: string): string | null;
  /** Strips level words and list separators from the start of a noun phrase: 国家级、省级绿色园区 → 绿色园区. */
  strip(text: string): string;
}

/**
 * Compiles the level words of the names of content/vocabularies/levels.yaml and the bare forms
 * of those names (国家 for 国家级), longest first so that 国家级 wins over 国家.
 */
export function levelWords(names: readonly string[]): LevelWords {
  const bare = BARE_LEVELS.filter((w) => names.includes(`${w}级`));
  // A bare form is no level where it begins a word: 市场运营机构 is a market operator, not a 市级 one.
  const level = `(?:${alternation(names)}|(?:${alternation(bare)})(?![场民]))`;
  const list = new RegExp(`${level}(?:(?:${JOINERS.source})${level})+`, 'gu');
  const explicit = new RegExp(alternation(names), 'u');
  const strip = new RegExp(`^(?:${level}(?:${JOINERS.source})?)+`, 'u');
  return {
    lists: (text) => [...text.matchAll(list)].map((m) => ({ text: m[0], at: m.index, levels: m[0].split(JOINERS) })),
    leading: (item, maxPrefix = 6) =>
      new RegExp(`^[^、，]{0,${String(maxPrefix)}}?(${level})`, 'u').exec(item)?.[1] ?? null,
    first: (text) => explicit.exec(text)?.[0] ?? null,
    strip: (text) => text.replace(strip, ''),
  };
}

/** Maps a level word to a name of the levels vocabulary (国家 → 国家级), or null. */
export function levelName(word: string | null, names: readonly string[]): string | null {
  if (word === null) return null;
  if (names.includes(word)) return word;
  return names.includes(`${word}级`) ? `${word}级` : null;
}
