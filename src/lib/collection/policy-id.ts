/**
 * A readable policy id for a collection document: its level, its year and the pinyin of its
 * title without the place, one word of the title per hyphenated part:
 * 浙江省专利条例 (2015) → zj-2015-zhuanli-tiaoli. Pinyin comes from pinyin-pro, words from the
 * Chinese segmenter the project already uses.
 */
import { pinyin } from 'pinyin-pro';
import { wordsOf } from '../search/segment';

/** The prefixes of the places a title may open with, and the id prefix of each. */
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['中华人民共和国', 'cn'],
  ['浙江省', 'zj'],
  ['杭州市', 'hz'],
  ['杭州', 'hz'],
];

/** The longest id: it names files and starts every provision id (see scripts/ingest.ts). */
const MAX_ID = 60;

/** The slug of a title's words in pinyin, ASCII letters and digits only. */
function pinyinSlug(title: string): string {
  return wordsOf(title)
    .map((w) =>
      pinyin(w, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replace(/ü/gu, 'v')
        .replace(/[^a-z0-9]/gu, ''),
    )
    .filter((w) => w !== '')
    .join('-');
}

/**
 * The id of a collection document: `<place>-<year>-<pinyin>`, the place a national document
 * does not name being `cn`, cut at a word to stay within the bound.
 */
export function collectionPolicyId(title: string, year: string, national: boolean): string {
  const place = PLACES.find(([p]) => title.startsWith(p));
  const prefix = place?.[1] ?? (national ? 'cn' : 'zj');
  const rest = place ? title.slice(place[0].length) : title;
  let slug = pinyinSlug(rest);
  const head = `${prefix}-${year}-`;
  while (head.length + slug.length > MAX_ID && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
  return `${head}${slug.slice(0, MAX_ID - head.length)}`.replace(/-+$/u, '');
}
