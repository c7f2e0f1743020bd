import type { Link, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Plugin } from 'unified';

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
   * Every document that may be cited. A clause's body is rendered again when a reference it
   * cites changes: its digest in the clauses' loader includes theirs (src/loaders/content.ts).
   */
  references: readonly LinkableReference[];
  /**
   * The URL a citation links to: the referenced document's page, or the document itself (and the
   * provision the citation names) when the base holds its text.
   */
  href: (id: string, provision?: number) => string;
}

/** What a citation's words are, and where they link. */
interface Needle {
  text: string;
  url: string;
  title: string;
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

/** The words of each declared citation and where they link, one per cited document. */
function needlesOf(
  data: unknown,
  byId: ReadonlyMap<string, LinkableReference>,
  href: CitationLinkOptions['href'],
): Needle[] {
  // The first declaration of a document decides where its mentions link.
  const first = new Map<string, { ref: string; provision?: number }>();
  for (const c of declaredCitations(data)) if (!first.has(c.ref)) first.set(c.ref, c);
  return [...first.values()].reverse().flatMap((c) => {
    const r = byId.get(c.ref);
    return r
      ? [
          {
            text: r.docNumber ?? r.title,
            url: href(r.id, c.provision),
            title: r.docNumber ? r.title : '仅按名称引用的文件',
          },
        ]
      : [];
  });
}

/** A link of class "citation" around the cited words. */
function citationLink(needle: Needle): Link {
  return {
    type: 'link',
    url: needle.url,
    title: needle.title,
    children: [{ type: 'text', value: needle.text }],
    data: { hProperties: { className: ['citation'] } },
  };
}

/**
 * Links every citation in a clause's text to the cited document's page: the document number
 * where the text gives one (杭政办函〔2018〕64号), otherwise the name it cites it by. Only the
 * citations declared in the frontmatter are linked, so the data and the links cannot disagree.
 * Words already inside a link are left alone.
 */
export const remarkCitationLinks: Plugin<[CitationLinkOptions], Root> = (options) => {
  const byId = new Map(options.references.map((r) => [r.id, r]));
  return (tree, file) => {
    const needles = needlesOf(file.data, byId, options.href);
    if (needles.length === 0) return;
    // One expression for all of them: at each place the earliest alternative wins, as it always has.
    const pattern = new RegExp(needles.map((n) => n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    findAndReplace(
      tree,
      [
        pattern,
        (value: string) => {
          const needle = needles.find((n) => n.text === value);
          return needle ? citationLink(needle) : false;
        },
      ],
      { ignore: ['link', 'linkReference'] },
    );
  };
};
