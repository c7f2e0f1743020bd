/**
 * What the search page says around its results, as text: the status line (how many results,
 * exact or estimated),
 * the note on the results (query rewritten, partial matches, the award list) and the notice on
 * the request (query cut, filter dropped).
 */
import { MAX_QUERY_CHARS } from '../../lib/search/limits';
import { namedWords } from '../../lib/search/key-words';

/** A rewritten query longer than this is not repeated in the note (a pasted question would be, whole). */
const REWRITE_SHOWN_CHARS = 40;
import type { PreparedQuery } from '../../lib/search/query';
import type { UnknownFilter } from '../../lib/search/url-state';
import type { FilterKey } from '../../lib/search/filters';
import type { ResultCount } from '../../lib/search/lazy-matches';
import type { SearchOutcome } from './search-flow';

/** The names of the filters as the form labels them, for notes. */
const FILTER_LABELS: Record<FilterKey, string> = {
  industry: '产业',
  type: '支持方式',
  level: '级别',
  part: '部分或章',
  policy: '政策',
  kind: '文件类别',
  status: '时效',
};

/** Notes that concern the request rather than its results: a query cut, a filter dropped. */
export function noticeText(
  prepared: PreparedQuery | null,
  typed: string,
  urlCut: boolean,
  dropped: readonly UnknownFilter[],
): string {
  return [
    prepared?.cut || urlCut || Array.from(typed).length > MAX_QUERY_CHARS
      ? `查询超过 ${String(MAX_QUERY_CHARS)} 个字，只按前 ${String(MAX_QUERY_CHARS)} 个字搜索。`
      : '',
    dropped.length > 0
      ? `已忽略不存在的筛选条件：${dropped.map((d) => `${FILTER_LABELS[d.key]}“${d.value}”`).join('、')}。`
      : '',
  ].join('');
}

/**
 * The status line: how many results, or why there are none. The count is exact once every
 * result Pagefind found has been checked (always, for a few dozen); else it is estimated from
 * those checked so far, and says so.
 * @param typed the query as typed
 */
export function statusText(outcome: SearchOutcome, count: ResultCount, typed: string): string {
  if (count.n > 0)
    return (
      (count.exact
        ? `找到 ${String(count.n)} 条结果。`
        : `找到约 ${String(count.n)} 条结果（按已核对的 ${String(count.checked)} 条估计）。`) + scopeText(outcome)
    );
  if (outcome.awardList) return '没有找到载明金额的奖励。';
  const quoted = namedWords(outcome.words.map((w) => w.shown));
  const checked = count.exact ? '' : `（只核对了前 ${String(count.checked)} 条候选）`;
  return `没有找到同时包含${quoted || `“${typed}”`}的条款${checked}。`;
}

/**
 * On a large base the directory chooses the policies a search goes to: the count is theirs, and
 * the line says so, and how to reach the others.
 */
function scopeText(outcome: SearchOutcome): string {
  const scope = outcome.scope;
  if (!scope) return '';
  return `结果来自最相关的 ${String(scope.policies)} 项政策（共 ${String(scope.of)} 项政策含有这些词）；按“政策”筛选可查看其他政策的条款。`;
}

/**
 * The note on the results: the query as searched when it was rewritten, that the results hold
 * only some words, or what the award list is; empty when there is nothing to say.
 * @param shownCount the results shown on the first page
 */
export function noteText(
  outcome: SearchOutcome,
  prepared: PreparedQuery,
  typed: string,
  n: number,
  shownCount: number,
): string {
  const rewritten = prepared.shown !== typed.trim() && prepared.shown.length > 0;
  return [
    outcome.leftOut > 0
      ? `问题较长，只按其中的关键词${namedWords(outcome.words.map((w) => w.shown))}搜索。`
      : rewritten && Array.from(prepared.shown).length <= REWRITE_SHOWN_CHARS
        ? `已按“${prepared.shown}”搜索。`
        : '',
    outcome.partial && shownCount > 0 ? `下列 ${String(shownCount)} 条结果只包含部分词，每条注明了不含的词。` : '',
    // The list holds provisions, each with one or more awards: it says so, not 全部奖励.
    outcome.awardList && n > 0
      ? `未输入关键词：列出载明奖励金额的 ${String(n)} 条条款（一条可含多项奖励），按条款中的最高金额从高到低。`
      : '',
  ].join('');
}
