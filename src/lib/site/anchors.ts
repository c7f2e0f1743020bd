/**
 * In-page anchors that several pages link to; kept here so the links and the ids cannot drift
 * apart (the link check would catch it, but only after a build).
 */
import type { DivisionKind } from '../../schemas/division';
import { INDUSTRY_GROUPS, type IndustryGroup } from '../../schemas/vocabulary';

/** The id of an industry group's section on the industries index: group-1 … */
export function industryGroupAnchor(group: IndustryGroup): string {
  return `group-${String(INDUSTRY_GROUPS.indexOf(group) + 1)}`;
}

/** The id of a clause's section on the policy's full-text page: clause-16. */
export function clauseAnchor(n: number): string {
  return `clause-${String(n)}`;
}

/**
 * What the ids of a clause's text (para-1, item-3, s1 …) start with on the policy's full-text
 * page, where every clause numbers its own from 1: clause-16-para-1, clause-16-s1.
 */
export function bodyIdPrefix(n: number): string {
  return `${clauseAnchor(n)}-`;
}

/** The fragment part of a URL (with its #), or the URL itself when it has none. */
export function fragmentOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(at);
}

/**
 * The id of a division's section on the policy's full-text page: part-4 for a 意见's part,
 * chapter-3 and chapter-3-section-2 for a 条例 of chapters; in a code of 编 (and 分编), the
 * kind and the whole path, book-2, subbook-2-1, chapter-2-1-3.
 */
export function divisionAnchor(d: { id: string; kind: DivisionKind }): string {
  const path = d.id.split('.');
  const [top = '', second] = path;
  if (d.kind === 'part') return `part-${top}`;
  if (d.kind === 'chapter' && path.length === 1) return `chapter-${top}`;
  if (d.kind === 'section' && path.length === 2 && second) return `chapter-${top}-section-${second}`;
  return `${d.kind}-${path.join('-')}`;
}
