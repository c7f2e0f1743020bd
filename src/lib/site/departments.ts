/** The departments of a policy's provisions (责任单位), each with the provisions it answers for. */
import type { ClauseView } from '../kb/model';
import { groupByEach } from '../util/group';

/** A department and the provisions whose text names it as responsible. */
export interface DepartmentEntry {
  /** As the text writes it (市科技局). */
  name: string;
  /** The provisions, in the policy's order. */
  clauses: Array<Pick<ClauseView, 'number' | 'label' | 'url'>>;
}

/**
 * Every department the provisions name, in the order of first mention, each with its provisions
 * in order; empty when no provision names one.
 * @param clauses a policy's provisions, in order
 */
export function departmentsOf(
  clauses: readonly Pick<ClauseView, 'number' | 'label' | 'url' | 'departments'>[],
): DepartmentEntry[] {
  return [...groupByEach(clauses, (c) => c.departments)].map(([name, list]) => ({
    name,
    clauses: list.map((c) => ({ number: c.number, label: c.label, url: c.url })),
  }));
}
