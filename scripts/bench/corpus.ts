/**
 * A realistic synthetic knowledge base for the scale benchmark: many policies of 10–40 clauses,
 * of two shapes (a 意见 of （一） parenthesised provisions in 一、 parts; every third policy a 条例 of 第N条
 * articles in 第N章 chapters, as a province's base mixes them),
 * clause texts recombined from the real policy's sentences with the money varied (in the text
 * and in the frontmatter alike), the real vocabularies, and citations between the synthetic
 * policies. Every file it writes passes validateContent, the lossless rule included: each
 * policy's raw source is rebuilt from the generated content.
 */
import { updateShortFormsFile } from '../../src/lib/content/short-forms-file';
import { basename, join } from 'node:path';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import type { ClauseEntry, RawKnowledgeBase } from '../../src/lib/content/load';
import { toChineseNumeral } from '../../src/lib/text/numerals';
import { industryMatcher } from '../../src/lib/text/industry-match';
import { chineseDate } from '../../src/lib/text/dates';
import { rebuildPolicyText } from '../../src/lib/validate/lossless';
import { INDUSTRY_GROUPS } from '../../src/schemas/vocabulary';
import type { ClauseData } from '../../src/schemas/clause';
import { PROVISION_STYLE } from '../../src/schemas/division';
import type { Policy } from '../../src/schemas/policy';
import type { Reference } from '../../src/schemas/reference';
import { buildPool, itemsFor, scaleMoney, type PoolSentence, type SentencePool } from './pool';
import { createRng, type Rng } from './rng';

/** Options of generateCorpus. */
export interface CorpusOptions {
  /** How many clauses in all. */
  clauses: number;
  /** Seed of the random choices; the same seed gives the same corpus. */
  seed?: number;
}

/** What was generated. */
export interface CorpusStats {
  policies: number;
  clauses: number;
  awards: number;
  references: number;
  /** Characters of clause text. */
  bodyChars: number;
}

/** A generated policy with its clauses, before it is written. */
interface GeneratedPolicy {
  policy: Policy;
  clauses: ClauseEntry[];
}

const FACTORS = [0.5, 0.6, 0.8, 1, 1.2, 1.5, 2, 2.5, 3] as const;
const THEMES = [
  '加快{}产业高质量发展',
  '促进{}产业集聚发展',
  '支持{}企业做大做强',
  '推进{}产业创新发展',
  '扶持{}产业链协同发展',
] as const;

/** Sizes of the policies: 10–40 clauses each, summing to `total`. */
export function policySizes(total: number, rng: Rng): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    let size = rng.int(10, 40);
    if (left - size < 10) size = left <= 40 ? left : left - 10;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Splits n clauses over p parts, each part holding at least one clause, in order. */
function partOf(n: number, parts: number, rng: Rng): number[] {
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(rng.int(1, n - 1));
  const sorted = [...cuts].sort((a, b) => a - b);
  return Array.from({ length: n }, (_, i) => 1 + sorted.filter((c) => c <= i).length);
}

/** The body of one synthetic clause: a run of one real clause's sentences and a few others. */
function composeBody(pool: SentencePool, anchor: ClauseEntry, rng: Rng): PoolSentence[] {
  const own = pool.byClause.get(anchor.file) ?? [];
  const picked: PoolSentence[] = [];
  if (own.length > 0) {
    const len = rng.int(1, Math.min(4, own.length));
    const from = rng.int(0, own.length - len);
    picked.push(...own.slice(from, from + len));
  }
  for (let extra = rng.int(0, 2); extra > 0; extra--) picked.push(rng.pick(pool.all));
  if (rng.chance(0.6) && !picked.some((s) => s.hasAward) && pool.withAward.length > 0)
    picked.push(rng.pick(pool.withAward));
  return [...new Set(picked)];
}

/** Joins sentences into a body that ends with 。 */
function joinSentences(sentences: readonly string[]): string {
  const text = sentences.join('');
  return /[。！？]$/.test(text) ? text : `${text.replace(/[；，、]$/, '')}。`;
}

/** Generates the policies of the corpus, in memory. */
function generatePolicies(
  kb: RawKnowledgeBase,
  options: CorpusOptions,
): { policies: GeneratedPolicy[]; references: Reference[] } {
  const rng = createRng(options.seed ?? 2018);
  const pool = buildPool(kb);
  // Parts are borrowed from a real policy divided into 一、 parts, chapters from a real 条例.
  const realPolicy = kb.policies.find((p) => p.data.divisions.some((d) => d.kind === 'part'))?.data;
  const realChapters = kb.policies.flatMap((p) =>
    p.data.divisions.filter((d) => d.kind === 'chapter' && d.title !== null && d.inSource),
  );
  if (!realPolicy || realChapters.length === 0) throw new Error('the source content has no policy to recombine');
  const industries = kb.vocabularies.industries;
  const matcher = industryMatcher(industries);
  const supportKind = kb.vocabularies.supportTypes[0]?.name ?? '资助';
  const policies: GeneratedPolicy[] = [];
  const references = new Map<string, Reference>();

  policySizes(options.clauses, rng).forEach((size, p) => {
    const year = 2016 + (p % 9);
    const industry = industries[p % industries.length]?.name ?? '制造业';
    const theme = (THEMES[Math.floor(p / industries.length) % THEMES.length] ?? THEMES[0]).replace('{}', industry);
    const regulation = p % 3 === 2;
    const id = `syn-${String(year)}-${String(p + 1).padStart(4, '0')}`;
    const docNumber = `${p % 3 === 0 ? '杭政办函' : '杭政'}〔${String(year)}〕${String(p + 1)}号`;
    const title = regulation
      ? `杭州市${industry}产业促进条例（第${String(p + 1)}号）`
      : `杭州市人民政府关于${theme}的若干意见（第${String(p + 1)}号）`;
    const realParts = realPolicy.divisions;
    const partCount = Math.max(1, Math.min(6, Math.ceil(size / 6), regulation ? 9 : realParts.length));
    const divisions = Array.from({ length: partCount }, (_, i) => {
      if (regulation) {
        // 第一章 总则 … 第N章 附则 would need their own texts; any real chapter title will do.
        const real = rng.pick(realChapters);
        return {
          id: String(i + 1),
          kind: 'chapter' as const,
          numeral: toChineseNumeral(i + 1),
          title: real.title,
          intro: '',
          inSource: true,
        };
      }
      const real = rng.pick(realParts);
      return {
        id: String(i + 1),
        kind: 'part' as const,
        numeral: toChineseNumeral(i + 1),
        title: real.title,
        intro: real.intro,
        inSource: true,
      };
    });
    const partNumbers = partOf(size, partCount, rng);
    const expires = `${String(year + 3)}-12-31`;
    const policy: Policy = {
      id,
      title,
      shortTitle: regulation ? `${industry}产业促进条例（${String(p + 1)}）` : `${String(year)}年${industry}产业政策`,
      kind: regulation ? '地方性法规' : '规范性文件',
      issuers: [regulation ? '杭州市人民代表大会常务委员会' : '杭州市人民政府'],
      docNumber: regulation ? 'unknown' : docNumber,
      // The synthetic texts state no date of issue, and the base never claims what a text does not state.
      issuedOn: 'unknown',
      passed: null,
      approved: null,
      amendments: [],
      effectiveFrom: { rule: regulation ? '自公布之日起施行' : '自印发之日起施行', date: 'unknown' },
      expiresOn: regulation ? null : expires,
      source: { portal: '合成测试语料', rawFile: `content/sources/${id}.raw.txt`, excluded: [], collection: null },
      cover: null,
      preamble: regulation ? '' : `为${theme}，推动制造业高质量发展，现提出如下意见。`,
      preambleCitations: [],
      provisionStyle: regulation ? PROVISION_STYLE.article : PROVISION_STYLE.parenthesised,
      divisions,
      closing: regulation ? '本条例自公布之日起施行。' : `本意见自印发之日起施行，有效期至${chineseDate(expires)}。`,
      defects: [],
      validity: null,
      copiedTo: null,
      printed: null,
    };
    const clauses: ClauseEntry[] = [];
    for (let n = 1; n <= size; n++) {
      const anchor = rng.pick(pool.clauses);
      const sentences = composeBody(pool, anchor, rng);
      const factor = rng.pick(FACTORS);
      const texts = sentences.map((s) => scaleMoney(s.text, factor));
      if (rng.chance(0.25)) texts.push(`对${rng.pick(industries).name}领域的重点项目优先给予支持。`);
      let citation: { ref: Reference; quote: string } | null = null;
      if (p > 0 && rng.chance(0.08)) {
        const cited = policies[rng.int(0, p - 1)]?.policy;
        if (cited && cited.docNumber !== 'unknown') {
          const ref: Reference = {
            id: `ref-${cited.id}`,
            docNumber: cited.docNumber,
            title: cited.title,
            policy: cited.id,
          };
          const quote = `符合条件的，按照《${ref.title}》（${cited.docNumber}）相关政策给予支持`;
          texts.push(`${quote}。`);
          citation = { ref, quote };
        }
      }
      const body = joinSentences(texts);
      const items = itemsFor(
        sentences.map((s) => s.clause),
        body,
        factor,
        `${String(p + 1)}-${String(n)}`,
      );
      const data: ClauseData = {
        policy: id,
        number: n,
        numeral: toChineseNumeral(n),
        titleEnd: '。',
        // Articles of a 条例 carry no caption here (第十二条 and its text), as many do.
        title: regulation ? null : anchor.data.title,
        division: String(partNumbers[n - 1] ?? partCount),
        industries: matcher.namedIn(body),
        industryGroups: INDUSTRY_GROUPS.filter((g) => body.includes(g)),
        ...items,
        citations: citation ? [{ ref: citation.ref.id, quote: citation.quote }] : [],
        departments: [],
      };
      if (citation) {
        references.set(citation.ref.id, citation.ref);
        if (rng.chance(0.5)) {
          data.awards.push({
            id: `by-reference-${String(p + 1)}-${String(n)}`,
            recipient: '企业',
            condition: '符合所引政策条件',
            level: null,
            kind: supportKind,
            amount: { type: 'byReference', ref: citation.ref.id },
            quote: citation.quote,
          });
        }
      }
      const slug = basename(anchor.file, '.md').replace(/^\d+-/, '');
      clauses.push({ file: `content/clauses/${id}/${String(n).padStart(2, '0')}-${slug}.md`, data, body });
    }
    policies.push({ policy, clauses });
  });
  return { policies, references: [...references.values()] };
}

/** Writes a value as YAML the way content/ files are written. */
function yaml(value: unknown): string {
  return dump(value, { lineWidth: -1 });
}

/**
 * Writes a synthetic content/ folder under `root`: the vocabularies copied from `sourceRoot`,
 * policies, clauses, references, one raw source per policy, and the short forms' file of its texts.
 * @param kb the real content, validated, whose sentences are recombined
 */
export function generateCorpus(root: string, kb: RawKnowledgeBase, options: CorpusOptions): CorpusStats {
  const { policies, references } = generatePolicies(kb, options);
  const content = join(root, 'content');
  for (const dir of ['policies', 'references', 'sources', 'clauses'])
    mkdirSync(join(content, dir), { recursive: true });
  cpSync(join(kb.root, 'content/vocabularies'), join(content, 'vocabularies'), { recursive: true });
  let awards = 0;
  let bodyChars = 0;
  for (const { policy, clauses } of policies) {
    writeFileSync(join(content, 'policies', `${policy.id}.yaml`), yaml(policy));
    writeFileSync(join(root, policy.source.rawFile), `${rebuildPolicyText(policy, clauses)}\n`);
    mkdirSync(join(content, 'clauses', policy.id), { recursive: true });
    for (const c of clauses) {
      writeFileSync(join(root, c.file), `---\n${yaml(c.data)}---\n\n${c.body}\n`);
      awards += c.data.awards.length;
      bodyChars += c.body.length;
    }
  }
  for (const r of references) writeFileSync(join(content, 'references', `${r.id}.yaml`), yaml(r));
  // The short forms the recombined texts define, as the import writes them for real documents.
  updateShortFormsFile(root);
  return {
    policies: policies.length,
    clauses: policies.reduce((n, p) => n + p.clauses.length, 0),
    awards,
    references: references.length,
    bodyChars,
  };
}
