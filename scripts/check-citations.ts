/**
 * `npm run check:citations`: of the titles the base's provisions write in 《》 whose document the
 * base holds, the share that links to it (at least MIN_SHARE), and the pinpoints (第十四条第二款,
 * 本条例第十六条) that land on an article; lists every title and pinpoint that does not.
 * Exit code 1 when the share is below MIN_SHARE or content is invalid.
 */
import { parseArgs } from 'node:util';
import { citationCoverage } from '../src/lib/citations/coverage';
import { getKnowledgeBase } from '../src/lib/kb/index';

/** The share of citations of documents in the base that must link to them (issue 21). */
const MIN_SHARE = 0.99;

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
const kb = getKnowledgeBase();
const refs = new Map(kb.references.map((r) => [r.id, r]));
const m = citationCoverage(kb.clauses, kb.citationTargets, refs);
const pct = (a: number, b: number) => `${(b === 0 ? 100 : (100 * a) / b).toFixed(1)}%`;
const shown = values.all ? Infinity : 40;

console.log(`titles in 《》: ${String(m.titles)}; of documents the base holds: ${String(m.inBase)}`);
console.log(`linked to the document: ${String(m.linked)} of ${String(m.inBase)} (${pct(m.linked, m.inBase)})`);
console.log(
  `pinpoints after a title of the base: ${String(m.pinpoints.afterTitleLanded)} of ${String(m.pinpoints.afterTitle)} land on the article`,
);
console.log(
  `pinpoints within a document (本条例第X条, 本条第X款): ${String(m.pinpoints.withinLanded)} of ${String(m.pinpoints.within)} land`,
);
console.log(`pinpoints into a later version, with the version note: ${String(m.versionNotes)}`);
if (m.unlinked.length > 0) {
  console.log(`\nnot linked (${String(m.unlinked.length)}):`);
  for (const x of m.unlinked.slice(0, shown)) console.log(`  ${x.url} ${x.text} → ${x.policy}`);
}
if (m.unlanded.length > 0) {
  console.log(`\npinpoints that land on no article of the base's version (${String(m.unlanded.length)}):`);
  for (const x of m.unlanded.slice(0, shown)) console.log(`  ${x.url} ${x.text} → ${x.policy}`);
  if (m.unlanded.length > shown) console.log(`  … ${String(m.unlanded.length - shown)} more (--all lists every one)`);
}
if (m.share < MIN_SHARE) {
  console.error(
    `\ncheck:citations: ${pct(m.linked, m.inBase)} link to their document; at least ${String(MIN_SHARE * 100)}% must`,
  );
  process.exit(1);
}
