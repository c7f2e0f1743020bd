/**
 * The lists of a provision that awards are paired with: levels (国家级、省级), items
 * (国家级…企业、省级…企业) and thresholds (1000亿元、500亿元). Splitting respects brackets and
 * quotes, so that 行业标准（“浙江制造”标准、团体标准） stays one item.
 */

/**
 * Level words as policies write them in lists, longest first so that 国家级 wins over 国家: the
 * names of content/vocabularies/levels.yaml, then the bare forms (国家, 省, 市) that levelName maps
 * to them. A test keeps the two in step, so that no level read here is lost for want of a name.
 */
export const LEVEL_WORDS = ['国家级', '省级', '市级', '区级', '县级', '国内', '省内', '国家', '省', '市'] as const;
const LEVEL = `(?:${LEVEL_WORDS.join('|')})`;
/** The explicit level words (国家级 …), without the bare forms that are also place names. */
const EXPLICIT_LEVEL = new RegExp(LEVEL_WORDS.filter((w) => w.length > 1 && w !== '国家').join('|'), 'u');

/** A run of two or more level words joined by 、/和/及/与: 国家级、省级; 省级和市级; 国内、省内. */
const LEVEL_LIST = new RegExp(`${LEVEL}(?:(?:、|和|及|与|或)${LEVEL})+`, 'gu');

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

/** A level list found in a text. */
export interface LevelList {
  /** The list as written (国家级、省级). */
  text: string;
  /** Offset in the text. */
  at: number;
  /** The level words in order. */
  levels: string[];
}

/** Every level list of a text. */
export function levelLists(text: string): LevelList[] {
  return [...text.matchAll(LEVEL_LIST)].map((m) => ({
    text: m[0],
    at: m.index,
    levels: m[0].split(/、|和|及|与|或/u),
  }));
}

/** The level word an item starts with (after a short verb such as 列入 or 获得认定的), or null. */
export function leadingLevel(item: string, maxPrefix = 6): string | null {
  const m = new RegExp(`^[^、，]{0,${String(maxPrefix)}}?(${LEVEL})`, 'u').exec(item);
  return m?.[1] ?? null;
}

/**
 * The first explicit level anywhere in a text (国家级, 省级, 国内 …), or null. Bare 国家/省/市
 * count only at the start of an item (leadingLevel): inside a text they are names (杭州市).
 */
export function firstLevel(text: string): string | null {
  return EXPLICIT_LEVEL.exec(text)?.[0] ?? null;
}

/** Strips level words and list separators from the start of a noun phrase: 国家级、省级绿色园区 → 绿色园区. */
export function stripLevels(text: string): string {
  return text.replace(new RegExp(`^(?:${LEVEL}(?:、|和|及|与|或)?)+`, 'u'), '');
}

/** Maps a level word to a name of the levels vocabulary (国家 → 国家级), or null. */
export function levelName(word: string | null, names: readonly string[]): string | null {
  if (word === null) return null;
  if (names.includes(word)) return word;
  return names.includes(`${word}级`) ? `${word}级` : null;
}
