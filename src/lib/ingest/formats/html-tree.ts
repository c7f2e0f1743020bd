/**
 * Small helpers on the hast tree of a web page, shared by the HTML reader's parts: walking its
 * elements and nodes in document order (with explicit stacks, never recursion, so a deep page
 * cannot overflow the stack), reading an element's text as lines and its class and id words, and
 * replacing an element in its parent.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** A node that holds elements: the root or an element. */
export type Parent = Root | Element;

/** An element with the node that holds it. */
export interface ElementAt {
  el: Element;
  parent: Parent;
}

/** The class and id words of an element, lower case, each whole and split at - and _. */
export function words(el: Element): string[] {
  const { className, id } = el.properties;
  const names = [...(Array.isArray(className) ? className : []), typeof id === 'string' ? id : ''];
  return names.flatMap((n) => {
    const whole = n.toLowerCase();
    return whole ? [whole, ...whole.split(/[-_]/)] : [];
  });
}

/** The text of an element as trimmed, non-empty lines, spaces inside a line collapsed (U+00A0, U+3000 too). */
export function linesOf(node: Element): string[] {
  return toText(node)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');
}

/** A div holding `children`: a block to read as text, or to leave in the place of one. */
export const div = (children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'div',
  properties: {},
  children,
});

/** Every element under a node in document order, each with its parent. */
export function elementsIn(root: Parent): ElementAt[] {
  const out: ElementAt[] = [];
  const stack: ElementAt[] = [];
  const pushChildren = (parent: Parent) => {
    for (let k = parent.children.length - 1; k >= 0; k--) {
      const el = parent.children[k] as RootContent;
      if (el.type === 'element') stack.push({ el, parent });
    }
  };
  pushChildren(root);
  for (let top = stack.pop(); top; top = stack.pop()) {
    out.push(top);
    pushChildren(top.el);
  }
  return out;
}

/** The nodes under `root` in document order; an element's children are skipped when `into` says no. */
export function* nodesIn(root: Parent, into: (el: Element) => boolean): Generator<RootContent> {
  const stack = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    if (node.type === 'element' && into(node)) stack.push(...[...node.children].reverse());
  }
}

/** Puts `next` in the place of `el` in its parent's children. */
export function replace(el: Element, parent: Parent, next?: Element): void {
  const k = parent.children.indexOf(el);
  if (k >= 0) parent.children.splice(k, 1, ...(next ? [next] : []));
}
