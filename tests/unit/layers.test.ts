import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of the project (README "How it is built"): src/schemas is the content model and
// depends on zod only; src/lib is domain logic that runs anywhere (build, CLI, tests) and so
// depends on neither the site (remark plugins, components, pages, integrations), nor the CLIs,
// nor Astro. Each import of each .ts file is checked; a test below proves the scanner finds the
// kinds of import it must.

const root = process.cwd();

/** Every .ts file under a folder, as paths relative to the project root. */
function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The module specifiers a TypeScript file imports: static imports and re-exports (type-only too:
 * a type import still ties the layers), side-effect imports and dynamic import() with a literal.
 * Comments are removed first so that an example in a comment is not taken for an import.
 */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1] as string);
  return found;
}

/** A relative specifier as a path from the project root; a package name as it is. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
}

/** Why an import of src/lib crosses a layer, or null when it does not. */
function libViolation(to: string): string | null {
  for (const dir of ['src/remark', 'src/components', 'src/pages', 'src/integrations', 'src/layouts', 'scripts']) {
    if (to === dir || to.startsWith(`${dir}/`)) return `imports ${dir}`;
  }
  if (to === 'astro' || to.startsWith('astro/') || to.startsWith('astro:')) return 'imports Astro';
  return null;
}

/** Why an import of src/schemas crosses a layer, or null when it does not. */
function schemaViolation(to: string): string | null {
  if (to === 'zod' || to.startsWith('zod/') || to.startsWith('src/schemas/')) return null;
  return `imports ${to} (schemas import only zod and each other)`;
}

/** Every crossing in the files of a folder, as "file → specifier: why". */
function violations(dir: string, rule: (to: string) => string | null): string[] {
  return tsFiles(dir).flatMap((file) =>
    importsOf(readFileSync(join(root, file), 'utf8')).flatMap((spec) => {
      const why = rule(target(file, spec));
      return why ? [`${file} → ${spec}: ${why}`] : [];
    }),
  );
}

/** Crossings that exist today, each to be removed, never added to (none left: the list stays as the place to say why, should one be unavoidable). */
const KNOWN: readonly string[] = [];

describe('layers', () => {
  it('the scanner finds every kind of import, and not those in comments', () => {
    const source = [
      "import { a } from '../../remark/x';",
      "import type { B } from 'astro';",
      "export { c } from './c';",
      "import 'astro:content';",
      "const d = await import('../integrations/d');",
      'import {\n  e,\n  f,\n} from "../../components/e";',
      "// import { g } from '../pages/g';",
      "/* import { h } from 'astro/errors'; */",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      '../../remark/x',
      'astro',
      './c',
      '../../components/e',
      'astro:content',
      '../integrations/d',
    ]);
    expect(libViolation(target('src/lib/site/x.ts', '../../remark/x'))).toBe('imports src/remark');
    expect(libViolation('astro:content')).toBe('imports Astro');
    expect(libViolation(target('src/lib/site/x.ts', '../kb/urls'))).toBeNull();
    expect(schemaViolation(target('src/schemas/a.ts', '../lib/text/normalize'))).toBe(
      'imports src/lib/text/normalize (schemas import only zod and each other)',
    );
  });

  it('src/lib imports nothing of the site, the CLIs or Astro (beyond the known crossings)', () => {
    const found = violations('src/lib', libViolation);
    expect(found.filter((v) => !KNOWN.includes(v))).toEqual([]);
    // A known crossing that is gone must leave the list, so that it cannot come back unnoticed.
    expect(KNOWN.filter((v) => !found.includes(v))).toEqual([]);
  });

  it('src/lib has no command line (arguments, exit codes): that is scripts/', () => {
    const cli = tsFiles('src/lib').filter((f) =>
      /\bprocess\.(?:argv|exit)\b/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(cli).toEqual([]);
  });

  it('src/schemas imports only zod and other schemas', () => {
    expect(violations('src/schemas', schemaViolation)).toEqual([]);
  });
});
