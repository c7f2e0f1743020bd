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
  /**
   * Every document that may be cited, or a function returning them. astro.config.mjs passes a
   * function: Astro hashes the serialisable config to invalidate its caches, and a reference
   * added with a new policy must not re-render every page; the pages that cite a changed
   * reference are re-rendered by their own keys (lib/site/page-keys.ts, integrations/reference-store.ts).
   */
  references: readonly LinkableReference[] | (() => readonly LinkableReference[]);
  /**
   * The URL a citation links to: the referenced document's page, or the document itself (and the
   * provision the citation names) when the base holds its text.
   */
  href: (id: string, provision?: number) => string;
}

/** The citations a file's frontmatter declares, as Astro passes them to remark. */
function declaredCitations(data: unknown): Array<{ ref: string; provision?: number }> {
  const frontmatter = (
    data as { astro?: { frontmatter?: { citations?: Array<{ ref?: unknown; provision?: unknown }> } } }
  ).astro?.frontmatter;
  return (frontmatter?.citations ?? []).flatMap((c) =>
    typeof c.ref === 'string'
      ? [typeof c.provision === 'number' ? { ref: c.ref, provision: c.provision } : { ref: c.ref }]
      : [],
  );
}

/**
 * Links every citation in a clause's text to the cited document's page: the document number
 * where the text gives one (杭政办函〔2018〕64号), otherwise the name it cites it by. Only the
 * citations declared in the frontmatter are linked, so the data and the links cannot disagree.
 */
export const remarkCitationLinks: Plugin<[CitationLinkOptions], Root> = (options) => {
  const references = typeof options.references === 'function' ? options.references() : options.references;
  const byId = new Map(references.map((r) => [r.id, r]));
  return (tree, file) => {
    // The first declaration of a document decides where its mentions link.
    const needles = [...new Map(declaredCitations(file.data).map((c) => [c.ref, c] as const)).values()]
      .reverse()
      .flatMap((c) => {
        const r = byId.get(c.ref);
        return r
          ? [
              {
                text: r.docNumber ?? r.title,
                url: options.href(r.id, c.provision),
                title: r.docNumber ? r.title : '仅按名称引用的文件',
              },
            ]
          : [];
      });
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
        const link: Link = {
          type: 'link',
          url: needle.url,
          title: needle.title,
          children: [{ type: 'text', value: m[0] }],
          data: { hProperties: { className: ['citation'] } },
        };
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
