/**
 * Plugin: the policy's structure. Replaces the lines of the root with the cover, title,
 * preamble, divisions, provisions and closing. The lines of the policy text are cut where
 * headings run into the text (run-in.ts), classified once by the marker each starts with, and
 * built into a tree in one walk (build-tree.ts). Defects of the source are messages on the
 * file, never a reason to refuse the text.
 */
import type { Plugin } from 'unified';
import { IngestError } from './errors';
import { TITLE_PATTERN } from './headings';
import { buildTree } from './build-tree';
import { rolesOf } from './classify';
import { provisionKindOf, splitRunIn } from './run-in';
import type { CoverNode, LineNode, ParagraphNode, PolicyRoot } from './tree';

/** The lines of the policy text after a title that runs into its first line. */
function afterRunInTitle(lines: readonly LineNode[], length: number): LineNode[] {
  let rest = length;
  return lines.flatMap((l) => {
    const cut = Math.min(rest, l.value.length);
    rest -= cut;
    if (cut === l.value.length) return [];
    const start = l.position?.start;
    return [
      {
        ...l,
        value: l.value.slice(cut).trim(),
        position: start &&
          l.position && { start: { line: start.line, column: start.column + cut }, end: l.position.end },
      },
    ];
  });
}

/** Replaces the lines of the root with the policy's structure. */
export const ingestStructure: Plugin<[], PolicyRoot> = () => (tree, file) => {
  const name = file.path || 'input';
  const all = tree.children.filter((c): c is LineNode => c.type === 'line');
  const withRole = (role: string | undefined) => all.filter((l) => l.data?.role === role);
  const paragraph = (role: ParagraphNode['role'], value: string): ParagraphNode => ({ type: 'paragraph', role, value });
  const coverTitle = withRole('cover-title').map((l) => l.value);
  const cover: CoverNode[] =
    coverTitle.length > 0
      ? [
          {
            type: 'cover',
            title: coverTitle.join(''),
            value: withRole('cover')
              .map((l) => l.value)
              .join('\n\n'),
          },
        ]
      : [];
  const titleLines = withRole('title').map((l) => l.value);
  let lines = withRole(undefined);
  let title = titleLines.join('');
  // A title that runs into the text: the policy text starts with it.
  if (titleLines.length === 0) {
    title = TITLE_PATTERN.exec(lines.map((l) => l.value).join(''))?.[0] ?? '';
    lines = afterRunInTitle(lines, title.length);
  }
  if (title === '') throw new IngestError(`${name}: no policy title found`);
  const policyProvision = provisionKindOf(lines);
  let roles = rolesOf(lines, policyProvision);
  if (roles.provision !== 'article' && policyProvision) {
    lines = splitRunIn(lines, policyProvision);
    roles = rolesOf(lines, policyProvision);
  }
  const s = buildTree(lines, roles, file);
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
