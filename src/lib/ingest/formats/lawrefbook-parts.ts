/**
 * A code that the LawRefBook collection keeps in parts, one file per 编 (the 民法典: 总则.md,
 * 物权编.md, …, 附则.md), read as one document. Each part is a collection file: the code's
 * `# ` title, the part's own `# ` heading, the passage lines, the info marker, then the body.
 *
 * The parts are joined in the order of their first articles, which a code numbers through,
 * never by file name. The first part's title and passage lines head the document once, and
 * each part's heading opens its 编, followed by the part's body. The part headings carry no numeral
 * (人格权编, not 第四编): they are returned as `books`, lines the markup makes 编 headings,
 * and no numeral is made up for them. Every line of every file is in the joined text: the
 * later parts' repeated title, passage lines and markers (placed first, see below), and a
 * heading mark with no text (附则.md's `##`), are excluded lines with their reason.
 */
import { IngestError } from '../errors';
import { parseChineseNumeral } from '../../text/numerals';
import type { ExcludedLine, ExtractedText } from './extracted';
import { INFO_END } from './lawrefbook';

/** One part file of a code, as read. */
export interface CodePart {
  /** Its path, for messages. */
  path: string;
  /** Its text, decoded. */
  text: string;
}

/** The joined text of a code's parts, with the lines that are its 编 headings. */
export interface JoinedCode extends ExtractedText {
  /** 1-based lines of `text` that the collection's markup makes 编 headings without a numeral. */
  books: number[];
}

/** A part split into its pieces. */
interface SplitPart {
  path: string;
  title: string;
  heading: string;
  /** The lines between the heading and the info marker. */
  info: string[];
  body: string[];
  firstArticle: number;
}

const HEADING_MARK = /^#{1,6}\s+/u;

/** Splits one part file (see the file's comment), or says what in it is not as expected. */
function splitPart(part: CodePart): SplitPart {
  const lines = part.text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  const fail = (what: string): never => {
    throw new IngestError(
      `${part.path}: ${what}; a code kept in parts needs, in each file, the code's "# " title, the part's "# " heading, the passage lines and ${INFO_END}`,
    );
  };
  const title = /^# +(\S.*?)\s*$/u.exec(lines[0] ?? '')?.[1] ?? fail('line 1 is not a "# " title');
  const headingAt = lines.findIndex((l, i) => i > 0 && /^# +\S/u.test(l));
  const end = lines.findIndex((l) => l.trim() === INFO_END);
  if (headingAt < 0 || end < 0 || end < headingAt) fail(`no "# " part heading before ${INFO_END}`);
  if (lines.slice(1, headingAt).some((l) => l.trim() !== '')) fail(`text between the title and the part heading`);
  const body = lines.slice(end + 1);
  const first = body.map((l) => /^第([一二三四五六七八九十百千零〇]+)条/u.exec(l)?.[1]).find(Boolean);
  const firstArticle = first ? parseChineseNumeral(first.replace(/〇/gu, '零')) : null;
  if (firstArticle === null) fail('no 第…条 article in the body');
  return {
    path: part.path,
    title,
    heading: (lines[headingAt] ?? '').replace(HEADING_MARK, '').trim(),
    info: lines.slice(headingAt + 1, end),
    body,
    firstArticle: firstArticle ?? 0,
  };
}

/** Joins a code's part files into one text (see the file's comment). */
export function joinLawRefBookParts(parts: readonly CodePart[]): JoinedCode {
  if (parts.length < 2) throw new IngestError('a code kept in parts needs at least two part files');
  const split = parts.map(splitPart).sort((a, b) => a.firstArticle - b.firstArticle);
  const title = split[0]?.title ?? '';
  for (const p of split)
    if (p.title !== title)
      throw new IngestError(`${p.path}: its title ${p.title} is not the code's (${title}); pass the parts of one code`);
  const out: string[] = [];
  const excluded: ExcludedLine[] = [];
  const books: number[] = [];
  const push = (text: string, reason?: string) => {
    out.push(text);
    if (reason) excluded.push({ line: out.length, text, reason });
  };
  // The later parts' repeated title and passage lines lead, excluded: a record's excluded lines
  // drop the first equal lines of the source, which must not be the code's own title and passage.
  for (const p of split.slice(1)) {
    const repeated = `分编文件重复的法典标题与题注（${p.path}）`;
    push(title, repeated);
    for (const line of p.info) if (line.trim() !== '') push(line, repeated);
    push(INFO_END, 'LawRefBook 信息块结束标记');
  }
  const [first] = split;
  push(title);
  for (const line of first?.info ?? []) push(line);
  push(INFO_END, 'LawRefBook 信息块结束标记');
  for (const p of split) {
    push(p.heading);
    books.push(out.length);
    for (const line of p.body) {
      if (/^#{1,6}\s*$/u.test(line)) push(line, '没有文字的标题标记');
      else push(line.replace(HEADING_MARK, ''));
    }
  }
  return { text: out.join('\n'), excluded, dropped: [], books };
}
