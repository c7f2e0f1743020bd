/**
 * The facts a regulation's passage lines (题注) state: 2016年10月26日 …会议通过, …批准,
 * …公告第78号公布, 2017年3月1日 施行, 根据…修正. Each is read only where the text writes it,
 * with the body as written; nothing is inferred.
 */
import type { StatedEvent } from '../../schemas/policy';
import { isoDateOf } from '../text/dates';

/** A date the Chinese way. */
const DATE = '(\\d{4}年\\d{1,2}月\\d{1,2}日)';

/** What the passage lines state. */
export interface Passage {
  passed: StatedEvent | null;
  approved: StatedEvent | null;
  /** The announcement that published it (…公告第78号) and its date. */
  published: { docNumber: string; date: string } | null;
  /** A body that issued it without a number (1987年9月15日 国务院发布), and the date. */
  issuedBy: StatedEvent | null;
  /** The effect line (2017年3月1日 施行): as written and the date. */
  effective: { rule: string; date: string } | null;
  amendments: StatedEvent[];
}

/** The event `verb` (通过, 批准) with its date and the body before the verb. */
function event(text: string, verb: string): StatedEvent | null {
  const m = new RegExp(`${DATE}\\s*([^\\s。；]{2,80}?)\\s*${verb}`, 'u').exec(text);
  const date = m ? isoDateOf(m[1] ?? '') : null;
  return m && date ? { date, by: m[2] ?? null } : null;
}

/**
 * An amendment as the passage states it, in either form: 根据2017年11月4日…《关于修改…的决定》修正
 * within a line, or a line of its own, 1999年10月31日 第九届…会议修订 (the collection's form),
 * with an ordinal (第二次修正) and a closing bracket of the source kept out of the body. The body
 * never spans another event of the same line (…会议通过 根据…修正), but a city's amendment names
 * the province's approval of its decision (…会议批准的《…关于修改〈…〉的决定》修正).
 */
const AMENDMENT = new RegExp(
  `(?:根据)?${DATE}\\s*((?:(?!通过|批准(?!的)|公布|施行)[^。；\\n]){2,200}?)(?:第[一二三四五六七八九十]+次)?(?:修正|修订)(?:通过)?）?`,
  'gu',
);

/** Reads the passage facts of a preamble (empty when it has none). */
export function readPassage(preamble: string): Passage {
  // Amendments first, so that their dates and bodies are not read as the passage. The verb is
  // 修正 or 修订: 修改 names the amending decision (《关于修改〈…〉的决定》).
  const amendments: StatedEvent[] = [];
  for (const m of preamble.matchAll(AMENDMENT)) {
    const date = isoDateOf(m[1] ?? '');
    if (date) amendments.push({ date, by: (m[2] ?? '').trim() || null });
  }
  const rest = preamble.replace(AMENDMENT, '\n');
  const pub = new RegExp(`${DATE}\\s*([^\\s。；]{2,80}?(?:公告|令)\\s*第?\\s*\\d+\\s*号)\\s*(?:公布|发布)`, 'u').exec(
    rest,
  );
  const pubDate = pub ? isoDateOf(pub[1] ?? '') : null;
  const eff = new RegExp(`${DATE}\\s*(?:起)?施行`, 'u').exec(rest);
  const effDate = eff ? isoDateOf(eff[1] ?? '') : null;
  return {
    passed: event(rest, '通过'),
    approved: event(rest, '批准'),
    published: pub && pubDate ? { docNumber: (pub[2] ?? '').replace(/\s+/gu, ''), date: pubDate } : null,
    issuedBy: pub ? null : event(rest, '(?:发布|公布)'),
    effective: eff && effDate ? { rule: eff[0], date: effDate } : null,
    amendments,
  };
}

/**
 * The body a congress session names: 浙江省第十三届人民代表大会常务委员会第二十六次会议 →
 * 浙江省人民代表大会常务委员会; 市十二届人大常委会第二十一次会议 → 市人大常委会.
 */
export function enactingBody(session: string): string {
  return session
    .replace(/第?[一二三四五六七八九十百]+届/u, '')
    .replace(/第[\d一二三四五六七八九十百]+次(?:全体|常务)?会议(?:审议)?$/u, '');
}

/**
 * The bodies that an order or announcement names as its publishers, for a document no session
 * passed: 中华人民共和国国务院令第306号 → 国务院; 中华人民共和国国务院、中华人民共和国中央军事委员会令
 * 第128号 → 国务院, 中央军事委员会; none when the number names none.
 */
export function publishersOf(docNumber: string): string[] {
  const bodies = /^([\u4e00-\u9fa5、]{2,60}?)(?:令|公告)/u.exec(docNumber)?.[1] ?? '';
  return bodies
    .split('、')
    .map((b) => enactingBody(b.replace(/^中华人民共和国(?=.{2})/u, '')))
    .filter((b) => b.length >= 2);
}
