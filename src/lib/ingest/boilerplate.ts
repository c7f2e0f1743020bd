/**
 * Plugin: tells the policy text from what the portal put around it. Lines before the title,
 * a title repeated as a page heading, and lines after the last sentence of the text that look
 * like page furniture (no closing 。, links, 版权, 上传) are marked excluded; the portal's name
 * is read from them.
 */
import type { Plugin } from 'unified';
import { normalizeDocNumber } from '../citations/doc-number';
import { isoDateOf } from '../text/dates';
import { IngestError } from './errors';
import { ingestData } from './file-data';
import { TITLE_PATTERN } from './headings';
import type { LineNode, PolicyRoot } from './tree';

/** Words that only page furniture uses, never a policy. */
const FURNITURE = /https?:|www\.|@|版权所有|Copyright|©|上传|如需删除|点击|浏览次数|打印本页|关闭窗口|分享到|字号|【字体|来源：|发布时间|发布日期|责任编辑|扫一扫|立即获取|热门阅读|首页\s*>/iu;

/** How portals name themselves in their furniture: 为产业园区网用户上传, 来源：…, …版权所有. */
const PORTAL_PATTERNS = [
  /为([\u4e00-\u9fa5]{2,12}?网)用户/u,
  /来源：\s*([^\s，。]{2,30})/u,
  /([\u4e00-\u9fa5]{2,20}?(?:网站|网))\s*版权所有/u,
  /版权所有\s*[©]?\s*(?:\d{4}\s*)?([\u4e00-\u9fa5]{2,20}?(?:网站|网|人民政府))/u,
];

/** A line that only names issuers, where a long title wraps before 关于: 中共杭州市委 杭州市人民政府. */
const ISSUER_LINE = /^[^。，；：]{2,40}(?:人民政府|市委|省委|区委|县委|办公厅|办公室|委员会|局|厅)$/u;

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

/** Whether a line after the text is page furniture rather than policy text. */
function isFurniture(line: string): boolean {
  return FURNITURE.test(line) || !/[。]$/u.test(line);
}

/** Marks boilerplate lines excluded and records portal, document number and date. */
export const ingestBoilerplate: Plugin<[], PolicyRoot> = () => (tree, file) => {
  const data = ingestData(file);
  const lines = tree.children.filter((c): c is LineNode => c.type === 'line');
  let start = lines.findIndex((l) => TITLE_PATTERN.test(l.value));
  if (start < 0) {
    const hasClause = lines.some((l) => /（一）/u.test(l.value));
    throw new IngestError(
      hasClause
        ? `${file.path || 'input'}: no policy title found; expected a line starting with the title, e.g. "…人民政府关于…的若干意见"`
        : `${file.path || 'input'}: no recognisable clauses; expected a policy text with a title (…关于…的意见) and clause headings such as （一）…。`,
    );
  }
  const title = TITLE_PATTERN.exec(lines[start]?.value ?? '')?.[0] ?? '';
  // A portal repeats the title as a page heading when a later line starts with it again.
  if (lines[start]?.value === title) {
    const again = lines.findIndex((l, i) => i > start && l.value.startsWith(title));
    if (again > start && lines.slice(start + 1, again).every((l) => FURNITURE.test(l.value) || l.value === title)) start = again;
  }
  // A title that wraps after its issuers starts a line earlier; the join puts it back together.
  if (start > 0 && ISSUER_LINE.test(lines[start - 1]?.value ?? '') && !(lines[start]?.value ?? '').startsWith(lines[start - 1]?.value ?? '')) start--;
  let end = lines.length - 1;
  while (end > start && isFurniture(lines[end]?.value ?? '') && !DATE_LINE.test(lines[end]?.value ?? '')) end--;
  lines.forEach((line, i) => {
    const out = i < start || i > end || (i > start && FURNITURE.test(line.value) && !line.value.endsWith('。'));
    if (out) line.data = { excluded: true };
  });
  const excluded = lines.filter((l) => l.data?.excluded).map((l) => l.value);
  data.excluded = excluded;
  data.portal = findPortal(excluded);
  const docNumber = lines.slice(0, start).map((l) => normalizeDocNumber(l.value)).find((d) => d !== null);
  if (docNumber) data.docNumber = docNumber;
  const dateLine = lines[end]?.value ?? '';
  const issuedOn = DATE_LINE.test(dateLine) ? isoDateOf(dateLine) : null;
  if (issuedOn) data.issuedOn = issuedOn;
};
