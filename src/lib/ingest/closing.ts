/**
 * The closing of a policy that is not a regulation, cut from the text after its last heading.
 */
import type { ProvisionStyle } from '../../schemas/division';
import { closingStart } from './headings';
import { provisionNode } from './provision-node';
import type { ClauseNode, DivisionNode } from './tree';

/**
 * Where the closing starts in the last provision's body: at the first sentence that speaks of the
 * document itself, or earlier, at the paragraph after the one that ends the item with its
 * （责任单位：…）: an item ends there, and what follows (上述8个领域政策…) speaks of the whole document.
 */
function closingAt(body: string): number {
  const bracket = /（(?:责任单位|责任部门|牵头单位)[：:](?:[^（）]|（[^（）]*）)+）[。；]?\n\s*\n/u.exec(body);
  const afterItem = bracket ? bracket.index + bracket[0].length : -1;
  const stated = closingStart(body);
  if (afterItem <= 0 || afterItem >= body.trimEnd().length) return stated;
  return stated < 0 ? afterItem : Math.min(stated, afterItem);
}

/**
 * The closing of a policy that is not a regulation: from the first sentence after the last
 * heading that speaks of the document itself (本意见自…施行, 有效期至…), whether that heading is a
 * provision or a part that holds only paragraphs. A regulation says it in its last article.
 */
export function cutClosing(
  style: ProvisionStyle,
  top: ClauseNode[],
  divisions: DivisionNode[],
  lastNode: 'provision' | 'division' | 'none',
): string {
  if (style === 'article') return '';
  const all = [...top, ...divisions.flatMap((d) => d.children)].sort(
    (a, b) => a.data.draft.number - b.data.draft.number,
  );
  const lastProvision = all[all.length - 1];
  const lastDivision = divisions[divisions.length - 1];
  if (lastNode === 'division' && lastDivision && lastDivision.children.length === 0) {
    const at = closingStart(lastDivision.intro);
    if (at < 0) return '';
    const closing = lastDivision.intro.slice(at).trim();
    lastDivision.intro = lastDivision.intro.slice(0, at).trim();
    return closing;
  }
  if (!lastProvision) return '';
  const at = closingAt(lastProvision.body);
  if (at <= 0) return '';
  const closing = lastProvision.body.slice(at).trim();
  const kept = provisionNode(
    lastProvision.numeral,
    lastProvision.title,
    lastProvision.body.slice(0, at).trim(),
    lastProvision.data.draft.division,
    lastProvision.data.draft.titleEnd,
  );
  kept.data.draft.number = lastProvision.data.draft.number;
  Object.assign(lastProvision, kept);
  return closing;
}
