/**
 * The ingest reads its support-type and level words from content/vocabularies/, not from lists
 * copied into code: names that only the vocabulary holds, or that a test adds in memory, change
 * what the ingest reads.
 */
import { describe, expect, it } from 'vitest';
import { levelName, levelWords } from '../../src/lib/ingest/lists';
import { ingestText } from '../../src/lib/ingest/pipeline';
import { targetFinder } from '../../src/lib/ingest/targets';
import { alternation } from '../../src/lib/text/words';
import type { ClauseData } from '../../src/schemas/clause';
import type { Vocabularies } from '../../src/schemas/vocabulary';
import { project } from '../fixtures/ingest/support';

const vocabularies = project.vocabularies;
const supportTypes = vocabularies.supportTypes;
const levelNames = vocabularies.levels.map((l) => l.name);

/** The vocabularies with one more support type or level, in memory. */
function withExtra(extra: { supportType?: string; level?: string }): Vocabularies {
  return {
    ...vocabularies,
    supportTypes: extra.supportType
      ? [...supportTypes, { id: 'extra-type', name: extra.supportType, description: '测试', synonyms: [] }]
      : supportTypes,
    levels: extra.level
      ? [...vocabularies.levels, { id: 'extra-level', name: extra.level, rank: 10 }]
      : vocabularies.levels,
  };
}

/** The draft of the one clause of a small policy around `body`, ingested with `v`. */
function clauseWith(body: string, v: Vocabularies): ClauseData {
  const raw = `示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试先行。(一)测试条款。${body}本意见自印发之日起施行。`;
  const clause = ingestText(raw, {
    policyId: 'sample-test',
    rawFile: 'content/sources/sample-test.raw.txt',
    vocabularies: v,
  }).clauses[0];
  if (!clause) throw new Error('the wrapper policy has no clause');
  return clause.data;
}

describe('alternation', () => {
  it('puts longer words first, escapes RegExp syntax, and never matches without words', () => {
    expect(alternation(['资助', '专项资助', '资助'])).toBe('专项资助|资助');
    expect(new RegExp(alternation(['奖补(专项)']), 'u').test('奖补专项')).toBe(false);
    expect(new RegExp(alternation(['奖补(专项)']), 'u').test('给予奖补(专项)')).toBe(true);
    expect(new RegExp(alternation([]), 'u').test('任何文字')).toBe(false);
  });
});

describe('support types in the targets plugin', () => {
  const sentence = (word: string) => `到2020年，新增${word}企业30家。`;

  it('takes a sentence naming a support type of the yaml that no code lists (通报表扬) for a grant', () => {
    expect(supportTypes.map((t) => t.name)).toContain('通报表扬');
    const quote = '到2020年，新增上市企业30家，进行通报表扬。';
    expect(targetFinder(supportTypes)(quote)).toEqual([]);
    // Without that entry, the same sentence states a goal: the vocabulary decides.
    expect(targetFinder(supportTypes.filter((t) => t.name !== '通报表扬'))(quote)).toHaveLength(1);
  });

  it('follows support types added to the vocabulary in memory', () => {
    expect(targetFinder(supportTypes)(sentence('以奖代补'))).toHaveLength(1);
    expect(targetFinder(withExtra({ supportType: '以奖代补' }).supportTypes)(sentence('以奖代补'))).toEqual([]);
    // The name is matched literally, not as a pattern.
    const escaped = targetFinder(withExtra({ supportType: '奖补(专项)' }).supportTypes);
    expect(escaped(sentence('奖补专项'))).toHaveLength(1);
    expect(escaped(sentence('奖补(专项)'))).toEqual([]);
  });

  it('is given the vocabulary by the pipeline', () => {
    const body = '到2020年，新增以奖代补企业30家。';
    expect(clauseWith(body, vocabularies).targets).toHaveLength(1);
    expect(clauseWith(body, withExtra({ supportType: '以奖代补' })).targets).toEqual([]);
  });
});

describe('levels in the awards plugin', () => {
  it('reads every level the vocabulary names, and bare forms only of names it has', () => {
    const read = levelWords(levelNames);
    const all = [...levelNames, '国家', '省', '市'];
    expect(read.lists(`获评${all.join('、')}认定的企业`)[0]?.levels).toEqual(all);
    for (const word of all) expect(levelName(word, levelNames), word).not.toBeNull();
    expect(read.leading('列入省重点项目')).toBe('省');
    expect(levelWords(levelNames.filter((n) => n !== '省级')).leading('列入省重点项目')).toBeNull();
    expect(levelWords([]).first('国家级企业')).toBeNull();
  });

  it('pairs sums with a level that only the vocabulary, extended in memory, names', () => {
    const body = '对获评国家级、乡镇级绿色工厂的,分别给予200万元、100万元资助。';
    const levels = (v: Vocabularies) => clauseWith(body, v).awards.map((a) => [a.condition, a.level]);
    expect(levels(withExtra({ level: '乡镇级' }))).toEqual([
      ['获评国家级绿色工厂', '国家级'],
      ['获评乡镇级绿色工厂', '乡镇级'],
    ]);
    expect(levels(vocabularies)).not.toContainEqual(['获评乡镇级绿色工厂', '乡镇级']);
  });

  it('strips the vocabulary’s levels from a recipient', () => {
    const body = '对国家级、乡镇级绿色园区,分别给予200万元、100万元资助。';
    const recipients = (v: Vocabularies) => clauseWith(body, v).awards.map((a) => a.recipient);
    expect(recipients(withExtra({ level: '乡镇级' }))).toEqual(['绿色园区', '绿色园区']);
    expect(recipients(vocabularies)).not.toContain('绿色园区');
  });
});
