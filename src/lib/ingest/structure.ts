/**
 * Plugin: the policy's structure. Replaces the lines of the root with the cover, title,
 * preamble, divisions, provisions and closing. A text with 第一条 at the start of a line is a
 * regulation, cut line by line (structure-articles.ts); any other text is numbered like a
 * 意见, with headings that may run into the text (structure-clauses.ts).
 */
import type { Plugin } from 'unified';
import { IngestError } from './errors';
import { TITLE_PATTERN } from './headings';
import { joinLines } from './layout';
import { articleStructure, hasArticles } from './structure-articles';
import { clauseStructure } from './structure-clauses';
import type { CoverNode, LineNode, ParagraphNode, PolicyRoot } from './tree';

/** Zero-width and other invisible characters that break headings without showing. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;

/** Refuses a text with an invisible character, naming the line and what surrounds it. */
function refuseInvisible(lines: readonly LineNode[], name: string): void {
  for (const [i, l] of lines.entries()) {
    const m = INVISIBLE.exec(l.value);
    if (!m) continue;
    const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const around =
      l.value.slice(Math.max(0, m.index - 8), m.index) +
      '⟦' +
      `U+${code}` +
      '⟧' +
      l.value.slice(m.index + 1, m.index + 9);
    throw new IngestError(
      `${name}: an invisible character U+${code} in line ${String(i + 1)} of the text, at "${around}"; it can hide a heading such as （二）: delete it from the source`,
    );
  }
}

/** Replaces the lines of the root with the policy's structure. */
export const ingestStructure: Plugin<[], PolicyRoot> = () => (tree, file) => {
  const name = file.path || 'input';
  const all = tree.children.filter((c): c is LineNode => c.type === 'line');
  refuseInvisible(all, name);
  const withRole = (role: string | undefined) => all.filter((l) => l.data?.role === role).map((l) => l.value);
  const paragraph = (role: ParagraphNode['role'], value: string): ParagraphNode => ({ type: 'paragraph', role, value });
  const coverTitle = withRole('cover-title');
  const cover: CoverNode[] =
    coverTitle.length > 0 ? [{ type: 'cover', title: coverTitle.join(''), value: withRole('cover').join('\n\n') }] : [];
  const titleLines = withRole('title');
  let lines = withRole(undefined);
  let title = titleLines.join('');
  // A title that runs into the text: the policy text starts with it.
  if (titleLines.length === 0) {
    const joined = joinLines(lines);
    title = TITLE_PATTERN.exec(joined.text)?.[0] ?? '';
    if (hasArticles(lines)) {
      let rest = title.length;
      lines = lines.flatMap((l) => {
        const cut = Math.min(rest, l.length);
        rest -= cut;
        return l.slice(cut) === '' ? [] : [l.slice(cut)];
      });
    } else {
      const s = clauseStructure(joined, title.length, name);
      tree.data = { provisionStyle: s.style };
      tree.children = [
        ...cover,
        paragraph('title', title),
        paragraph('preamble', s.preamble),
        ...s.top,
        ...s.divisions,
        paragraph('closing', s.closing),
      ];
      return;
    }
  }
  if (title === '') throw new IngestError(`${name}: no policy title found`);
  if (hasArticles(lines)) {
    const s = articleStructure(lines);
    tree.data = { provisionStyle: 'article' };
    tree.children = [
      ...cover,
      paragraph('title', title),
      paragraph('preamble', s.preamble),
      ...s.top,
      ...s.divisions,
      paragraph('closing', ''),
    ];
    return;
  }
  const s = clauseStructure(joinLines(lines), 0, name);
  tree.data = { provisionStyle: s.style };
  tree.children = [
    ...cover,
    paragraph('title', title),
    paragraph('preamble', s.preamble),
    ...s.top,
    ...s.divisions,
    paragraph('closing', s.closing),
  ];
};
