/**
 * The places a provision's text names a document or a part of one: 《title》 (titles quoted inside
 * titles too, 《浙江省实施〈中华人民共和国慈善法〉办法》, and each title of a list 《…》《…》等), with the
 * pinpoints that follow it (《中华人民共和国电子商务法》第十四条第二款); the document itself
 * (本条例第十六条第二款, 本办法第三条, 本法第五十二条、第五十六条); and the citing article
 * (依照本条第一款). 前款 and 本条 alone are left as written: a link would lead where the reader is.
 */
import { pinpointsAt, type Pinpoint } from './pinpoint';

/** A place the text names a document, or part of one. */
export interface Mention {
  /** document: a title in 《》; self: the citing document (本条例); article: the citing article (本条). */
  kind: 'document' | 'self' | 'article';
  /** The title as written, without its outer 《》, for a document; null otherwise. */
  title: string | null;
  /** Offset of the title (its 《) or of 本条例 in the text. */
  at: number;
  /** Offset after it (after its 文号 in brackets, when one follows). */
  end: number;
  /** The pinpoints that follow it, in order; empty when it names the whole document. */
  pinpoints: Pinpoint[];
}

/** A title in 《》, holding titles in 〈〉 or 《》; then, optionally, its number in brackets. */
const TITLE = /《((?:[^《》]|《[^《》]*》){2,150})》(?:[（(][^（）()]{4,30}?号[）)])?/gu;

/** The words by which a document names itself, longest first; 本条 (not 本条例) names the article. */
const SELF = /本(?:实施细则|实施办法|条例|办法|规定|细则|规则|决定|法)(?=第)|本条(?!例)(?=第)/gu;

/** Every mention in a text, in text order. */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(TITLE)) {
    const end = m.index + m[0].length;
    found.push({ kind: 'document', title: m[1] ?? '', at: m.index, end, pinpoints: pinpointsAt(text, end) });
  }
  for (const m of text.matchAll(SELF)) {
    const end = m.index + m[0].length;
    const article = m[0] === '本条';
    const pinpoints = pinpointsAt(text, end, article);
    if (pinpoints.length > 0)
      found.push({ kind: article ? 'article' : 'self', title: null, at: m.index, end, pinpoints });
  }
  return found.sort((a, b) => a.at - b.at);
}
