/**
 * Cleans a parsed web page down to its text: drops scripts, styles, forms, images, embedded
 * objects and hidden elements with their content, and strips link targets and event handler
 * attributes, counting each kind of thing that went. The counts are the reader's `dropped`
 * report, so that what the page held besides text is said, never silently lost.
 */
import type { Root, RootContent } from 'hast';
import type { Parent } from './html-tree';

/** Elements left out with their content, by how the report names them. */
const DROPPED: Record<string, string> = {
  script: 'script element',
  style: 'style element',
  noscript: 'noscript element',
  iframe: 'iframe',
  frame: 'frame',
  object: 'embedded object',
  embed: 'embedded object',
  applet: 'embedded object',
  form: 'form',
  input: 'form control',
  select: 'form control',
  textarea: 'form control',
  template: 'template',
  svg: 'svg image',
  canvas: 'canvas element',
  audio: 'audio element',
  video: 'video element',
  img: 'image',
};

/**
 * Removes what is not text (scripts, styles, forms, images, hidden elements, link targets, event
 * handlers) from `tree` in place and says what went: one entry a kind, with its count
 * ("2 script elements"), in the order of the kinds above.
 */
export function sanitize(tree: Root): string[] {
  const counts = new Map<string, number>();
  const add = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  const drop = (node: RootContent): boolean => {
    if (node.type !== 'element') return node.type === 'doctype' || node.type === 'comment';
    const what = DROPPED[node.tagName];
    const style = typeof node.properties.style === 'string' ? node.properties.style : '';
    const hidden =
      node.tagName !== 'body' && (node.properties.hidden || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
    if (what ?? hidden) add(what ?? 'hidden element');
    return Boolean(what ?? hidden);
  };
  const stack: Parent[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'root') node.children = node.children.filter((c) => !drop(c));
    else node.children = node.children.filter((c) => !drop(c));
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const p = child.properties;
      const handlers = Object.keys(p).filter((k) => /^on/i.test(k));
      if (handlers.length > 0) add('element with event handler attributes');
      if (p.href !== undefined) add('link target');
      if (typeof p.href === 'string' && /^[\s\0-\x1f]*javascript:/i.test(p.href)) add('javascript: link');
      child.properties = Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'href' && !handlers.includes(k)));
      stack.push(child);
    }
  }
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const order = [...Object.values(DROPPED), 'hidden element', 'link target', 'javascript: link'];
  const sorted = [...counts].sort(([a], [b]) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
  return sorted.map(([what, n]) =>
    what === 'element with event handler attributes'
      ? `event handler attributes on ${plural(n, 'element')}`
      : plural(n, what),
  );
}
