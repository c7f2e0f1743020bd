/**
 * File names of provisions. Numbers are set, and their sequence checked, when the tree is built
 * (build-tree.ts): a gap or a repeat there is a defect of the source, not a refusal.
 */

/** The file name of a provision: NN-clause.md, two digits at least (matching is by number, not by name). */
export function clauseFileName(number: number): string {
  return `${String(number).padStart(2, '0')}-clause.md`;
}
