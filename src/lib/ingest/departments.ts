/**
 * Plugin: departments. A provision that ends with （责任单位：市科技局、市财政局） names the
 * departments responsible for it: each name, as written, in the text's order. Only that
 * bracket is read, at the end of the body: a department named elsewhere in the text (由市发改委
 * 牵头实施) is no 责任单位 of the provision.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { DepartmentSchema } from '../../schemas/clause';
import { isClause, type ClauseNode, type PolicyRoot } from './tree';

/** The bracket of responsible departments at the end of a body: （责任单位：…）, one level of brackets inside. */
const RESPONSIBLE = /（(?:责任单位|责任部门|牵头单位)[：:]((?:[^（）]|（[^（）]*）)+)）[。；]?$/u;

/**
 * The departments a body names in its closing （责任单位：…）, as written; [] when it has none, or
 * when a name is not one department (a phrase with brackets or punctuation the list cannot hold).
 * @param body the provision's body, as in the source
 */
export function responsibleDepartments(body: string): string[] {
  const m = RESPONSIBLE.exec(body.trim());
  if (!m) return [];
  const names = (m[1] ?? '')
    .split(/[、，,；;]/u)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (!names.every((n) => DepartmentSchema.safeParse(n).success)) return [];
  return [...new Set(names)];
}

/** Adds the departments of each provision's closing （责任单位：…）. */
export const ingestDepartments: Plugin<[], PolicyRoot> = () => (tree) => {
  visit(tree, isClause, (clause: ClauseNode) => {
    clause.data.draft.departments = responsibleDepartments(clause.body);
  });
};
