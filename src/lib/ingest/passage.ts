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

/** Reads the passage facts of a preamble (empty when it has none). */
export function readPassage(preamble: string): Passage {
  // Amendments first, so that their dates and bodies are not read as the passage. The verb is
  // 修正 or 修订: 修改 names the amending decision (《关于修改〈…〉的决定》).
  const amendments: StatedEvent[] = [];
  for (const m of preamble.matchAll(new RegExp(`根据${DATE}([^。；\\n]{2,200}?)(?:修正|修订)`, 'gu'))) {
    const date = isoDateOf(m[1] ?? '');
    if (date) amendments.push({ date, by: (m[2] ?? '').trim() || null });
  }
  const rest = preamble.replace(new RegExp(`根据${DATE}[^。；\\n]{2,200}?(?:修正|修订)`, 'gu'), '\n');
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
    effective: eff && effDate ? { rule: eff[0], date: effDate } : null,
    amendments,
  };
}

/** The body a congress session names: 浙江省第十三届人民代表大会常务委员会第二十六次会议 → 浙江省人民代表大会常务委员会. */
export function enactingBody(session: string): string {
  return session
    .replace(/第[一二三四五六七八九十百]+届/u, '')
    .replace(/第[一二三四五六七八九十百]+次(?:全体)?会议$/u, '');
}
