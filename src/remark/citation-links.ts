import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

/** A document that clauses may cite. */
export interface LinkableReference {
  /** Its id, as citations name it. */
  id: string;
  /** The number, e.g. 杭政办函〔2018〕64号, or null when cited by name only. */
  docNumber: string | null;
  /** Its title, or the name a name-only citation uses. */
  title: string;
}

/** Options of remarkCitationLinks. */
export interface CitationLinkOptions {
  /** Every document that may be cited. */
  references: readonly LinkableReference[];
  /** The URL of a referenced document's page. */
  href: (id: string) => string;
}

/** The citations a file's frontmatter declares, as Astro passes them to remark. */
function declaredCitations(data: unknown): string[] {
  const frontmatter = (data as { astro?: { frontmatter?: { citations?: Array<{ ref?: unknown }> } } }).astro?.frontmatter;
  return (frontmatter?.citations ?? []).map((c) => c.ref).filter((r): r is string => typeof r === 'string');
}

/**
 * Links every citation in a clause's text to the cited document's page: the document number
 * where the text gives one (杭政办函〔2018〕64号), otherwise the name it cites it by. Only the
 * citations declared in the frontmatter are linked, so the data and the links cannot disagree.
 */
export const remarkCitationLinks: Plugin<[CitationLinkOptions], Root> = (options) => {
  const byId = new Map(options.references.map((r) => [r.id, r]));
  return (tree, file) => {
    const needles = declaredCitations(file.data)
      .map((id) => byId.get(id))
      .filter((r): r is LinkableReference => r !== undefined)
      .map((r) => ({ text: r.docNumber ?? r.title, url: options.href(r.id), title: r.docNumber ? r.title : '仅按名称引用的文件' }));
    if (needles.length === 0) return;
    const pattern = new RegExp(needles.map((n) => n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(pattern)) {
        const needle = needles.find((n) => n.text === m[0]);
        if (!needle) continue;
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const link: Link = { type: 'link', url: needle.url, title: needle.title, children: [{ type: 'text', value: m[0] }], data: { hProperties: { className: ['citation'] } } };
        parts.push(link);
        last = m.index + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};
