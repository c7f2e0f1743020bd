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

/** The bracket of responsible departments at the end of a paragraph: （责任单位：…）, one level of brackets inside. */
const RESPONSIBLE = /（(?:责任单位|责任部门|牵头单位)[：:]((?:[^（）]|（[^（）]*）)+)）[。；]?$/u;

/**
 * The departments a body names in the （责任单位：…） that ends one of its paragraphs (a provision
 * may run on after it, as the last item of a policy does before the closing words), as written;
 * [] when it has none, or when a name is not one department (a phrase with brackets or
 * punctuation the list cannot hold).
 * @param body the provision's body, as in the source
 */
export function responsibleDepartments(body: string): string[] {
  const names = body.split(/\n\s*\n/u).flatMap((paragraph) => {
    const m = RESPONSIBLE.exec(paragraph.trim());
    if (!m) return [];
    const list = (m[1] ?? '')
      .split(/[、，,；;]/u)
      .map((n) => n.trim())
      .filter((n) => n !== '');
    return list.every((n) => DepartmentSchema.safeParse(n).success) ? list : [];
  });
  return [...new Set(names)];
}

/** Adds the departments of each provision's closing （责任单位：…）. */
export const ingestDepartments: Plugin<[], PolicyRoot> = () => (tree) => {
  visit(tree, isClause, (clause: ClauseNode) => {
    clause.data.draft.departments = responsibleDepartments(clause.body);
  });
};
