import { formatYuan } from '../amounts/money';
import { ladderKey, type Catalog, type CatalogAward } from './catalog';
import { echo } from './echo';
import type { ProfileError } from './errors';
import { baseName } from './groups';
import { MAX_BASE_YUAN, MAX_CLAIMS } from './profile';
import { rungLabel } from './rungs';

/** 万元 in the form, yuan in the profile. */
const WAN = 10_000;

/** What to do about a claim of a shared link that the form cannot take as it is. */
const REDO = '这一项未计算，请在表单中重新勾选或填写';

/** How the page names a claim: the award's name when it is one, else its place in the link. */
function who(e: ProfileError, award: CatalogAward | undefined): string {
  if (award) return `“${award.condition}”`;
  return e.claim === null ? '网址' : `网址中的第 ${String(e.claim + 1)} 项`;
}

/** An award's name in quotes, or the id as received (shortened) when it names none. */
function nameOf(id: unknown, byId: ReadonlyMap<string, CatalogAward>): string {
  const award = typeof id === 'string' ? byId.get(id) : undefined;
  return award ? `“${award.condition}”` : echo(id);
}

/**
 * One profile error in the calculator form's own terms: award names, amounts in 万元, the
 * link's parts by position; never a field name of the JSON profile (baseYuan, claims[0]) nor a
 * command line. Says what was wrong and what the page does or what to do.
 */
export function formErrorMessage(e: ProfileError, catalog: Catalog): string {
  const byId = new Map(catalog.awards.map((a) => [a.id, a]));
  const award = e.award === null ? undefined : byId.get(e.award);
  const name = who(e, award);
  const base = (award && baseName(award)) ?? '金额';
  switch (e.kind) {
    case 'profile':
    case 'claim':
      return `${name}的内容无法读取，已忽略；请在表单中重新勾选`;
    case 'total-too-large':
      return `合计超过 ${String(Number.MAX_SAFE_INTEGER)} 元，无法精确计算；请检查所填金额的单位是否为万元`;
    case 'award':
      return `${name}没有写明奖励，已忽略`;
    case 'base-type':
      return `${name}的${base}${echo(e.value)}不是数字；${REDO}`;
    case 'base-too-large':
      return `${base}过大：${name}的${base}最多可填 ${String(MAX_BASE_YUAN / WAN)} 万元；请检查单位是否为万元`;
    case 'base-fraction':
      return `${name}的${base}应精确到元（网址中为 ${echo(e.value)} 元）；${REDO}`;
    case 'base-not-positive':
      return `${name}的${base}应大于0万元；没有金额时请清空这一栏`;
    case 'previous':
      return `${name}的“已获得的较低档次”在网址中为空或无法读取；${REDO}`;
    case 'unknown-award': {
      const close = (e.suggestions ?? []).map((id) => nameOf(id, byId));
      const hint = close.length > 0 ? `是否指${close.join('、')}？` : '';
      return `网址中的第 ${String((e.claim ?? 0) + 1)} 项 ${echo(e.value)} 不是本计算器中的奖励，已忽略，其余各项照常计算。${hint}`;
    }
    case 'unknown-previous':
      return `${name}的“已获得的较低档次”${echo(e.value)}不是本计算器中的奖励；${REDO}`;
    case 'budget': {
      const fund = catalog.budgets.find((b) => b.id === e.value);
      const what = fund ? `${fund.policyTitle}${fund.clauseLabel}的财政预算或资金（${fund.what}）` : '财政预算或资金';
      return `网址中的第 ${String((e.claim ?? 0) + 1)} 项 ${echo(e.value)} 是${what}，不是给企业的奖励，已忽略`;
    }
    case 'duplicate':
      return `${name}在网址中出现了不止一次，只按第一次计算`;
    case 'base-not-needed': {
      const form = award?.amount.type === 'fixed' ? '是定额奖励' : '的金额不按基数计算';
      return `${name}${form}（${award?.amountText ?? ''}），不需要填写金额，网址中却附带了金额；${REDO}`;
    }
    case 'previous-not-allowed': {
      // A rung of the same ladder by its short label (1000亿元档), as the form's select shows it.
      const prev = typeof e.value === 'string' ? byId.get(e.value) : undefined;
      const same = prev && award && ladderKey(prev) !== null && ladderKey(prev) === ladderKey(award);
      const prevName = same ? `“${rungLabel(prev)}”` : nameOf(e.value, byId);
      return `${name}的“已获得的较低档次”${prevName}不是同一荣誉中较低的一档；${REDO}`;
    }
    case 'previous-also-claimed':
      return `${name}已作为另一项的“已获得的较低档次”，不能再单独申报；${REDO}`;
  }
}

/**
 * The messages of a calculation for the page, one per error, plus one when a link listed more
 * claims than the page reads (`omitted`, from decodeLink).
 */
export function formErrorMessages(errors: readonly ProfileError[], catalog: Catalog, omitted = 0): string[] {
  const messages = errors.map((e) => formErrorMessage(e, catalog));
  if (omitted > 0) messages.push(`网址中的申报项超过 ${String(MAX_CLAIMS)} 项，其余 ${String(omitted)} 项已忽略`);
  return messages;
}

/**
 * The page's total line: how many awards were computed, or, when none was, why the total is 0:
 * nothing chosen, or choices with `problems` (never "nothing chosen" when something was).
 */
export function formTotalText(totalYuan: number, computed: number, notComputed: number, problems: number): string {
  if (computed > 0) return `合计：${formatYuan(totalYuan)}（${String(computed)}项可计算）`;
  if (problems > 0) return `合计：0元（所选项目有 ${String(problems)} 处问题，见下方“申报有误”）`;
  if (notComputed > 0) return '合计：0元（0项可计算）';
  return '合计：0元（尚未选择任何奖励）';
}
