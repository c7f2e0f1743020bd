/**
 * The pages axe checks. By default: the first page of every template, the pages of a template
 * whose markup differs with their facts (a provision with award tables, a ladder, budgets,
 * targets, citations or notes; the industry and the reference with the most links), and
 * SAMPLE_SIZE other pages spread evenly over the rest, all read from the build (DIST_DIR) at
 * collection time, so the set is the same on every run of the same build, and its size does
 * not grow with the number of pages. With AXE_ALL=1 (`npm run test:e2e:axe-all`):
 * every page of the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sitePaths } from './dist';

/** Pages checked besides those chosen for their template or facts (about one in 20 of the real base). */
const SAMPLE_SIZE = 15;

/** Sections whose pages below the index are one template each, whatever their id (/industries/<id>/). */
const COLLECTIONS = new Set(['industries', 'support-types', 'references', 'calculator']);

interface ApiPolicy {
  id: string;
  provisionStyle: string;
}
interface ApiProvision {
  url: string;
  policy: string;
  awards: { ladder: unknown }[];
  budgets: unknown[];
  targets: unknown[];
  citations: unknown[];
  notes: unknown[];
}
interface ApiLinked {
  url: string;
  provisions?: unknown[];
  citations?: unknown[];
}

/** A list of the build's /api/ files. */
function api<T>(name: string): T[] {
  return JSON.parse(readFileSync(join(DIST, 'api', name), 'utf8')) as T[];
}

/**
 * The template a page is rendered with: a policy's full text and provisions by their
 * provisionStyle (clause, article, item), divisions by kind, page numbers as N, and any id below
 * a collection as *. A page of a kind this does not know is a template of its own.
 */
export function templateOf(path: string, styleOf: (policy: string) => string): string {
  const policy = /^\/policies\/([^/]+)\/(.*)$/u.exec(path);
  if (policy) {
    const [, id = '', rest = ''] = policy;
    if (rest === '') return `policy full text (${styleOf(id)})`;
    if (/^\d+\/$/u.test(rest)) return `provision (${styleOf(id)})`;
    return `policy ${rest.replace(/\d+/gu, 'N')}`;
  }
  const [section = '', ...rest] = path.split('/').filter((s) => s !== '');
  const below = rest.map((s, i) => (/^\d+$/u.test(s) ? 'N' : i === 0 && COLLECTIONS.has(section) ? '*' : s));
  return ['', section, ...below, ''].join('/').replace(/^\/\/$/u, '/');
}

/** The pages whose markup differs from their template's first page with what they hold. */
function distinctPages(styleOf: (policy: string) => string): string[] {
  const provisions = api<ApiProvision>('clauses.json');
  const kinds: ((p: ApiProvision) => boolean)[] = [
    (p) => p.awards.length > 0,
    (p) => p.awards.some((a) => a.ladder !== null),
    (p) => p.budgets.length > 0,
    (p) => p.targets.length > 0,
    (p) => p.citations.length > 0,
    (p) => p.notes.length > 0,
  ];
  const styles = [...new Set(provisions.map((p) => styleOf(p.policy)))];
  const byFacts = styles.flatMap((style) =>
    kinds.map((has) => provisions.find((p) => styleOf(p.policy) === style && has(p))?.url),
  );
  /** The page of a list with the most links: its longest lists. */
  const most = (list: ApiLinked[], count: (x: ApiLinked) => number) =>
    [...list].sort((a, b) => count(b) - count(a))[0]?.url;
  return [
    ...byFacts,
    most(api<ApiLinked>('industries.json'), (i) => i.provisions?.length ?? 0),
    most(api<ApiLinked>('references.json'), (r) => r.citations?.length ?? 0),
  ].filter((url): url is string => url !== undefined);
}

/** The policy's provisionStyle, from the build's /api/policies.json. */
export function styles(): (policy: string) => string {
  const byId = new Map(api<ApiPolicy>('policies.json').map((p) => [p.id, p.provisionStyle]));
  return (policy) => byId.get(policy) ?? 'unknown';
}

/** The first page of each template of the build, by template. */
export function templatePages(): Map<string, string> {
  const styleOf = styles();
  const first = new Map<string, string>();
  for (const path of sitePaths()) {
    const template = templateOf(path, styleOf);
    if (!first.has(template)) first.set(template, path);
  }
  return first;
}

/** The first provision with awards (it carries the award tables), for the dark-mode and anchor checks. */
export function provisionWithAwards(): string {
  const url = api<ApiProvision>('clauses.json').find((p) => p.awards.length > 0)?.url;
  if (url === undefined) throw new Error(`${DIST}: no provision with awards in /api/clauses.json`);
  return url;
}

/** The pages to check, sorted, with the 404 page: every page under AXE_ALL=1, else as above. */
export function axePages(): string[] {
  const all = sitePaths();
  if (process.env['AXE_ALL'] === '1') return [...all, '/404.html'];
  const chosen = new Set([...templatePages().values(), ...distinctPages(styles())]);
  const rest = all.filter((p) => !chosen.has(p));
  const step = rest.length / SAMPLE_SIZE;
  for (let i = 0; i < Math.min(SAMPLE_SIZE, rest.length); i++) {
    const p = rest[Math.floor((i + 0.5) * step)];
    if (p !== undefined) chosen.add(p);
  }
  return [...[...chosen].sort(), '/404.html'];
}
