/**
 * Plugin: tells the policy text from what surrounds it. Lines before the title, a title
 * repeated as a page heading, and lines after the last sentence of the text that look like
 * page furniture (no closing 。, links, 版权, 上传) are marked excluded; the portal's name is
 * read from them. A 印发 notice that wraps the policy as its attachment is marked as the
 * cover; a title on lines of its own (a regulation's, or one wrapped over two lines in a PDF
 * copy) is marked as the title.
 */
import type { Plugin } from 'unified';
import { normalizeDocNumber } from '../citations/doc-number';
import { isoDateOf } from '../text/dates';
import { IngestError } from './errors';
import { ingestData, type IngestFileData } from './file-data';
import { findTitle } from './title';
import type { LineNode, PolicyRoot } from './tree';

/** Words that only page furniture uses, never a policy. */
const FURNITURE =
  /https?:|www\.|@|版权所有|Copyright|©|上传|如需删除|点击|浏览次数|打印本页|关闭窗口|分享到|字号[：:]|【字体|来源：|发布时间|发布日期|责任编辑|扫一扫|立即获取|热门阅读|首页\s*>/iu;

/** How portals name themselves in their furniture: 为产业园区网用户上传, 来源：…, …版权所有. */
const PORTAL_PATTERNS = [
  /为([\u4e00-\u9fa5]{2,12}?网)用户/u,
  /来源：\s*([^\s，。]{2,30})/u,
  /([\u4e00-\u9fa5]{2,20}?(?:网站|网))\s*版权所有/u,
  /版权所有\s*[©]?\s*(?:\d{4}\s*)?([\u4e00-\u9fa5]{2,20}?(?:网站|网|人民政府))/u,
];

/** A line that is only a date, as signatures date a policy: 2018年8月2日. */
const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

/** Finds the portal's name in the excluded lines, or 'unknown'. */
export function findPortal(lines: readonly string[]): string {
  for (const re of PORTAL_PATTERNS) {
    for (const l of lines) {
      const m = re.exec(l);
      if (m?.[1]) return m[1];
    }
  }
  return 'unknown';
}

/** The end matter of an official document: who it is copied to (抄送), and who printed it when (…印发). */
const END_MATTER = /^(?:抄送|抄报|分送)[：:]|印发$/u;

/** Whether a line after the text is page furniture or end matter rather than policy text. */
function isFurniture(line: string): boolean {
  return FURNITURE.test(line) || END_MATTER.test(line) || !/[。]$/u.test(line);
}

/** Marks boilerplate lines excluded, the cover and title lines, and records portal, document number and date. */
export const ingestBoilerplate: Plugin<[], PolicyRoot> = () => (tree, file) => {
  const data = ingestData(file);
  const all = tree.children.filter((c): c is LineNode => c.type === 'line');
  // The lines a format reader excluded stay excluded; the rest are read for title and cover.
  const lines = all.filter((l) => l.data?.role !== 'excluded');
  const found = findTitle(lines.map((l) => l.value));
  if (!found) {
    const hasClause = lines.some((l) => /（一）|^第一条/u.test(l.value));
    throw new IngestError(
      hasClause
        ? `${file.path || 'input'}: no policy title found; expected a line starting with the title, e.g. "…人民政府关于…的若干意见" or "浙江省…条例"`
        : `${file.path || 'input'}: no recognisable clauses; expected a policy text with a title (…关于…的意见, …条例) and clause headings such as （一）…。 or 第一条`,
    );
  }
  const first = found.cover?.titleStart ?? found.start;
  let end = lines.length - 1;
  while (end > found.start && isFurniture(lines[end]?.value ?? '') && !DATE_LINE.test(lines[end]?.value ?? '')) end--;
  // The end matter (抄送：… over a few lines, then …印发) closes an official document.
  const copies = lines.findIndex((l, k) => k > found.start && k >= lines.length - 8 && END_MATTER.test(l.value));
  if (copies > found.start) end = Math.min(end, copies - 1);
  lines.forEach((line, i) => {
    // Furniture inside the text only when it cannot be a sentence of the policy: a line that
    // holds a sentence (老字号企业…。) is text whatever words it uses.
    const out = i < first || i > end || (i > found.start && FURNITURE.test(line.value) && !/[。；]/u.test(line.value));
    if (out) line.data = { role: 'excluded' };
    else if (found.cover && i >= found.cover.titleStart && i < found.cover.titleEnd)
      line.data = { role: 'cover-title' };
    else if (found.cover && i >= found.cover.titleEnd && i < found.start) line.data = { role: 'cover' };
    else if (found.titleEnd !== null && i >= found.start && i < found.titleEnd) line.data = { role: 'title' };
  });
  const excluded = all.filter((l) => l.data?.role === 'excluded').map((l) => l.value);
  data.excluded = excluded;
  data.portal = findPortal(excluded);
  // The 文号 stands before the title or, in a notice, between its title and its addressees.
  const around = lines.slice(0, found.start).filter((l) => l.data?.role !== 'cover' || found.cover !== null);
  const docNumber = around.map((l) => normalizeDocNumber(l.value)).find((d) => d !== null);
  if (docNumber) data.docNumber = docNumber;
  // A notice is dated above its attachment; a policy without one is dated after its closing.
  const coverDates = lines.filter((l) => l.data?.role === 'cover' && DATE_LINE.test(l.value));
  const dateLine = coverDates.length > 0 ? (coverDates[coverDates.length - 1]?.value ?? '') : (lines[end]?.value ?? '');
  const issuedOn = DATE_LINE.test(dateLine) ? isoDateOf(dateLine) : null;
  if (issuedOn) data.issuedOn = issuedOn;
  if (copies > found.start) Object.assign(data, readEndMatter(lines.slice(copies).map((l) => l.value)));
};

/** The 印发 line of the end matter: the office, then the date (杭州市人民政府办公厅 2024年2月18日印发). */
const PRINTED = /^(\S.*?)\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*印发$/u;

/**
 * What the end matter states: who the document is copied to (the 抄送 lines, as written) and
 * which office printed it on which day.
 */
export function readEndMatter(lines: readonly string[]): Pick<IngestFileData, 'copiedTo' | 'printed'> {
  const printedAt = lines.findIndex((l) => PRINTED.test(l));
  const copied = lines.slice(0, printedAt < 0 ? lines.length : printedAt).filter((l) => !/^—\s*\d+\s*—$/u.test(l));
  const m = printedAt < 0 ? null : PRINTED.exec(lines[printedAt] ?? '');
  const date = m ? isoDateOf(m[2] ?? '') : null;
  return {
    copiedTo: copied.length > 0 ? copied.join('').replace(/^(?:抄送|抄报|分送)[：:]\s*/u, '') : null,
    printed: m && date ? { date, by: (m[1] ?? '').trim() || null } : null,
  };
}
