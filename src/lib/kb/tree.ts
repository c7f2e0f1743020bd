/**
 * A policy's provision tree for display: its divisions nested as the ids say (chapter "3"
 * holds section "3.1"), each with the provisions that stand directly in it, in document order.
 */
import type { ClauseView, DivisionView, PolicyView } from './model';

/** A division with what it holds directly. */
export interface TreeNode {
  division: DivisionView;
  /** Provisions that stand in this division and not in one of its sub-divisions. */
  clauses: ClauseView[];
  /** Its sub-divisions, in order. */
  children: TreeNode[];
}

/** The tree of a policy: provisions outside every division (a 条例 without chapters), then the top divisions. */
export function policyTree(policy: Pick<PolicyView, 'clauses' | 'divisionViews'>): {
  clauses: ClauseView[];
  nodes: TreeNode[];
} {
  const nodes = new Map<string, TreeNode>(
    policy.divisionViews.map((d) => [d.id, { division: d, clauses: [], children: [] }]),
  );
  const top: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.division.parent === null ? undefined : nodes.get(node.division.parent);
    (parent ? parent.children : top).push(node);
  }
  const loose: ClauseView[] = [];
  for (const c of policy.clauses) {
    const node = c.division === null ? undefined : nodes.get(c.division);
    (node ? node.clauses : loose).push(c);
  }
  return { clauses: loose, nodes: top };
}

/** What the text before the first provision is called: 题注 for a regulation's passage lines, else 序言. */
export function preambleName(policy: Pick<PolicyView, 'provisionStyle'>): string {
  return policy.provisionStyle === 'article' ? '题注' : '序言';
}

/**
 * Provisions up to which a table of contents opens every division; a longer policy's (民法典:
 * 1,260 articles in 7 编, 84 章) opens closed, so that a reader sees its 编 and 章 and opens one.
 */
export const TOC_OPEN_MAX = 150;

/** Whether a policy's table of contents opens with its divisions closed: its provisions would make it too long to scan. */
export function tocClosed(policy: Pick<PolicyView, 'clauses'>): boolean {
  return policy.clauses.length > TOC_OPEN_MAX;
}

/** What a division's toggle in a table of contents says it holds: its sub-divisions (10 章), else its provisions (12 条). */
export function tocCount(node: TreeNode, unit: string): string {
  const first = node.children[0];
  if (first) return `${String(node.children.length)} ${DIVISION_UNITS[first.division.kind]}`;
  return `${String(node.clauses.length)} ${unit}`;
}

/** How divisions of each kind are counted: 7 编, 84 章, 3 节, 6 个部分. */
const DIVISION_UNITS: Readonly<Record<DivisionView['kind'], string>> = {
  book: '编',
  subbook: '分编',
  chapter: '章',
  section: '节',
  part: '个部分',
};
