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
