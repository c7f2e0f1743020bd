/**
 * /api/awards.csv for office users: one row per award with Chinese column headers (the JSON
 * keeps its English field names), the policy's status and expiry on every row, the ladder an
 * award stands on, and absolute links when the site's address is known, so that a row pasted
 * into a report still says where it comes from and whether the policy is in force.
 */
import type { AwardJson } from './api-types';
import type { PolicyStatus } from '../kb/status';
import { toCsv, type CsvCell } from './csv';

/** What a row needs besides the award: its policy's status and expiry, and the site's address. */
export interface CsvContext {
  /** The status of each policy by id, on the build day. */
  status: ReadonlyMap<string, { status: PolicyStatus; expiresOn: string | null }>;
  /** The site's address (https://example.org/), or undefined: links stay site paths. */
  site: string | undefined;
}

/** Amount types in words. */
const AMOUNT_TYPES: Readonly<Record<AwardJson['amountType'], string>> = {
  fixed: '定额',
  rate: '按比例',
  upTo: '最高限额',
  matching: '同比例配套',
  byReference: '按所引文件',
  unspecified: '未定金额',
};

/** One column: its header and how a row's cell is read. */
interface Column {
  header: string;
  cell: (a: AwardJson, ctx: CsvContext) => CsvCell;
}

/** An absolute URL when the site's address is known. */
function link(path: string, ctx: CsvContext): string {
  return ctx.site ? new URL(path, ctx.site).href : path;
}

/** The columns, in order. */
export const AWARD_CSV_COLUMNS: readonly Column[] = [
  { header: '政策', cell: (a) => a.policyTitle },
  { header: '时效', cell: (a, ctx) => ctx.status.get(a.policy)?.status.label },
  { header: '有效期至', cell: (a, ctx) => ctx.status.get(a.policy)?.expiresOn ?? '原文未规定' },
  { header: '条款', cell: (a) => a.clauseLabel },
  { header: '条款标题', cell: (a) => a.clauseTitle },
  { header: '对象', cell: (a) => a.recipient },
  { header: '条件', cell: (a) => a.condition },
  { header: '级别', cell: (a) => a.level },
  { header: '支持方式', cell: (a) => a.kind },
  { header: '金额', cell: (a) => a.amountText },
  { header: '金额类型', cell: (a) => AMOUNT_TYPES[a.amountType] },
  { header: '定额（元）', cell: (a) => a.amountYuan },
  { header: '比例', cell: (a) => a.rate },
  { header: '上限（元）', cell: (a) => a.capYuan },
  { header: '基数', cell: (a) => a.base },
  { header: '最高金额（元）', cell: (a) => a.maxYuan },
  { header: '档次', cell: (a) => (a.ladder ? `${a.ladder.name}第${String(a.ladder.rank)}档` : null) },
  { header: '进档补差', cell: (a) => (a.ladder ? (a.ladder.stepUp ? '是' : '否') : null) },
  { header: '产业', cell: (a) => a.industries.join('、') },
  { header: '原文', cell: (a) => a.quote },
  { header: '链接', cell: (a, ctx) => link(a.url, ctx) },
  { header: '原文链接', cell: (a, ctx) => link(a.sentenceUrl, ctx) },
  { header: '奖励编号', cell: (a) => a.id },
  { header: '政策编号', cell: (a) => a.policy },
  // Added after the first columns, so that a spreadsheet reading columns by position keeps working.
  { header: '责任单位', cell: (a) => a.departments.join('、') },
];

/** The link columns, whose cells are site paths when the site's address is not known at build. */
const LINK_HEADERS: ReadonlySet<string> = new Set(['链接', '原文链接']);

/**
 * The header row. Without the site's address (no SITE_URL) the links are paths of the site
 * (/policies/…), which a spreadsheet cannot open: their headers say so, 链接（站内路径，请在本站网址后打开）,
 * rather than leave a column that looks like links and is not.
 */
export function awardCsvHeaders(site: string | undefined): string[] {
  return AWARD_CSV_COLUMNS.map((c) =>
    site || !LINK_HEADERS.has(c.header) ? c.header : `${c.header}（站内路径，请在本站网址后打开）`,
  );
}

/**
 * The CSV text, UTF-8 with BOM, CRLF, RFC 4180 quoting. Titles, conditions and quotes come from
 * source documents: a cell of text starting like a formula (=HYPERLINK(…), +1, @SUM) is written
 * with a leading ' (csv.ts), so that a spreadsheet shows it and never runs it.
 */
export function awardsCsvText(awards: readonly AwardJson[], ctx: CsvContext): string {
  return toCsv(
    awardCsvHeaders(ctx.site),
    awards.map((a) => AWARD_CSV_COLUMNS.map((c) => c.cell(a, ctx))),
  );
}
