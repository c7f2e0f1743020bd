/**
 * Where a policy's title stands among the lines of a raw text: run into the text (as portals
 * scrape a 意见), on a line of its own (a regulation: 浙江省数字经济促进条例), wrapped over two
 * lines (PDF copies), repeated as a page heading, or inside a 印发 notice that carries the
 * policy as its attachment. Pure functions over the normalised lines.
 */
import { KIND_ALTERNATION, TITLE_SUFFIX } from '../text/document-kinds';
import { TITLE_PATTERN } from './headings';

/**
 * A title that is a line of its own: a name ending in the kind of document, with no sentence
 * punctuation (浙江省数字经济促进条例, 杭州市…管理办法（试行）, 浙江省实施《中华人民共和国慈善法》办法,
 * 中华人民共和国中小企业促进法, …行动计划（2018—2020年）).
 */
export const STANDALONE_TITLE = new RegExp(
  `^(?!第[一二三四五六七八九十百千零]+[编章节条])[^。，；：！？]{1,80}?(?:${KIND_ALTERNATION})${TITLE_SUFFIX}$`,
  'u',
);

/** A notice that issues a policy: …关于印发《X》的通知 (with or without 《》). */
const NOTICE = /^[^。；：]{0,60}?(?:关于(?:印发|转发|发布)|(?:印发|转发|发布)(?=关于))(.{4,200}?)的通知$/u;

/** A line that can be the first half of a wrapped title: short, no sentence punctuation. */
const WRAPPED_HEAD = /^[^。，；：！？]{2,40}$/u;

/** How titles start: a jurisdiction (浙江省, 杭州市, 西湖区), 中共…, 国务院 or 全国. */
const PLACE = /^(?:中共)?[\u4e00-\u9fa5]{1,8}?[省市县区州旗]|^(?:国务院|全国|中共中央)/u;

/** Where the title and the cover stand, as line indexes. */
export interface TitlePlace {
  /** The notice's title lines [titleStart, titleEnd) when the policy is a notice's attachment; its text runs up to `start`. */
  cover: { titleStart: number; titleEnd: number } | null;
  /** The first line of the policy's title. */
  start: number;
  /** The end (exclusive) of the title's lines when the title stands on lines of its own; null when it runs into the text. */
  titleEnd: number | null;
}

/**
 * Without whitespace: wrapped titles compare by their characters. A notice names its attachment
 * with or without 的 and book marks (印发关于…若干政策的通知 for 关于…的若干政策): those are left out too.
 */
const bare = (s: string) => s.replace(/[\s《》的]+/gu, '');

/** The title at line `i`: its place, or null when no title starts there. */
function titleAt(lines: readonly string[], i: number): { titleEnd: number | null } | null {
  const line = lines[i] ?? '';
  const joined = line + (lines[i + 1] ?? '');
  if (STANDALONE_TITLE.test(line) || TITLE_PATTERN.exec(line)?.[0] === line) return { titleEnd: i + 1 };
  if (TITLE_PATTERN.test(line)) return { titleEnd: null };
  // A wrapped title starts with its jurisdiction or issuer; its second half does not, unless
  // it starts with 关于 (a title that wraps after its issuers).
  const next = lines[i + 1] ?? '';
  if (
    !WRAPPED_HEAD.test(line) ||
    i + 1 >= lines.length ||
    !PLACE.test(line) ||
    (PLACE.test(next) && !next.startsWith('关于'))
  )
    return null;
  if (STANDALONE_TITLE.test(joined) || TITLE_PATTERN.exec(joined)?.[0] === joined) return { titleEnd: i + 2 };
  // A title that wraps and then runs into the text (中共…市委 …人民政府 / 关于…的若干意见为…).
  return TITLE_PATTERN.test(joined) && !TITLE_PATTERN.test(next.replace(/^关于/u, '')) ? { titleEnd: null } : null;
}

/** A notice title at line `i` (one line or two): the attachment's name and the notice title's end. */
function noticeAt(lines: readonly string[], i: number): { name: string; titleEnd: number } | null {
  const one = NOTICE.exec(lines[i] ?? '');
  if (one?.[1]) return { name: one[1], titleEnd: i + 1 };
  // A document number (杭政函〔2024〕16号) stands above a notice's title, never inside it.
  if (!WRAPPED_HEAD.test(lines[i] ?? '') || /号$/u.test(lines[i] ?? '')) return null;
  const two = NOTICE.exec((lines[i] ?? '') + (lines[i + 1] ?? ''));
  return two?.[1] ? { name: two[1], titleEnd: i + 2 } : null;
}

/**
 * The documents a notice issues, by name: the whole name, or each of several joined by 和, 及 or
 * 、, or written as 《A》《B》 (印发《…意见》和《…方案》的通知).
 */
function issuedNames(name: string): string[] {
  const parts = name
    .split(/》\s*(?:和|及|、)?\s*《|(?<![《])(?:和|及)(?=[^》]*$)/u)
    .map((p) => p.replace(/[《》]/gu, ''))
    .filter((p) => p.length >= 4);
  return [name.replace(/^《(.*)》$/u, '$1'), ...(parts.length > 1 ? parts : [])];
}

/** The line (or two) after `from` that is the (first) attachment's own title. */
function attachmentTitle(lines: readonly string[], from: number, name: string): { start: number; end: number } | null {
  const wants = issuedNames(name).map(bare);
  for (let k = from; k < lines.length; k++) {
    const l = bare(lines[k] ?? '');
    if (wants.includes(l)) return { start: k, end: k + 1 };
    const two = bare(l + (lines[k + 1] ?? ''));
    if (l.length >= 2 && wants.some((want) => want.startsWith(l) && two === want)) return { start: k, end: k + 2 };
  }
  return null;
}

/** A passage line of a regulation (题注): a date, then who passed, approved, published or amended it. */
const PASSAGE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日.{0,120}(?:通过|批准|公布|发布|修正|修订|施行）?)$/u;

/**
 * Finds the title (and the cover) among the lines.
 * @returns null when no line holds a policy title
 */
export function findTitle(lines: readonly string[]): TitlePlace | null {
  for (let i = 0; i < lines.length; i++) {
    const notice = noticeAt(lines, i);
    if (notice) {
      const attachment = attachmentTitle(lines, notice.titleEnd, notice.name);
      if (attachment)
        return {
          cover: { titleStart: i, titleEnd: notice.titleEnd },
          start: attachment.start,
          titleEnd: attachment.end,
        };
    }
    const t = titleAt(lines, i);
    if (!t) continue;
    // A portal repeats the title as a page heading when a later line starts with it again.
    if (t.titleEnd === i + 1) {
      // Compared without whitespace: a copy may set the title's spaces differently (or lose one to a wrap).
      const title = bare(lines[i] ?? '');
      const again = lines.findIndex((l, k) => k > i && bare(l).startsWith(title));
      // Only page furniture (no sentence) may stand between the page heading and the title; a
      // passage line (2016年3月16日 …会议通过) makes the first line the title and the later one a repeat.
      const between = lines.slice(i + 1, again);
      if (again > i && again <= i + 8 && between.every((l) => !/[。；]$/u.test(l) && !PASSAGE_LINE.test(l))) {
        return { cover: null, start: again, titleEnd: bare(lines[again] ?? '') === title ? again + 1 : null };
      }
    }
    return { cover: null, start: i, titleEnd: t.titleEnd };
  }
  return null;
}
