import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  calculate,
  decodeProfile,
  encodeProfile,
  groupAwards,
  rungLabel,
  sharedProvisos,
  shortCondition,
  type Profile,
} from '../../src/lib/eligibility/index';
import { closeIds } from '../../src/lib/eligibility/suggest';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const catalog = buildCatalog(getKnowledgeBase());

describe('eligibility: the profile in a URL', () => {
  const profile: Profile = {
    claims: [
      { award: 'major-sci-tech-project-municipal', baseYuan: 30_000_000 },
      { award: 'kunpeng-revenue-1000-yi', previousAward: 'kunpeng-revenue-500-yi' },
      { award: 'green-park-national' },
    ],
  };

  it('writes readable, short parameters', () => {
    expect(encodeProfile(profile)).toBe(
      'c=major-sci-tech-project-municipal*30000000&c=kunpeng-revenue-1000-yi~kunpeng-revenue-500-yi&c=green-park-national',
    );
    expect(encodeProfile({ claims: [] })).toBe('');
  });

  it('reads them back to the same profile', () => {
    expect(decodeProfile(`?${encodeProfile(profile)}`)).toEqual(profile);
    expect(decodeProfile('c=kunpeng-revenue-1000-yi%7Ekunpeng-revenue-500-yi')).toEqual({
      claims: [profile.claims[1]],
    });
  });

  it('keeps a bad base as text so that validation names it', () => {
    const decoded = decodeProfile('c=major-sci-tech-project-municipal*abc');
    expect(decoded).toEqual({ claims: [{ award: 'major-sci-tech-project-municipal', baseYuan: 'abc' }] });
    expect(calculate(decoded, catalog).errors).toHaveLength(1);
  });
});

describe('eligibility: the form layout and labels', () => {
  it('groups the awards by clause, the rungs of a ladder together, highest first', () => {
    const groups = groupAwards(catalog.awards);
    // A group is one provision of one policy: clause numbers repeat across policies.
    expect(groups.map((g) => `${g.policy}/${String(g.clause)}`)).toEqual([
      ...new Set(catalog.awards.map((a) => `${a.policy}/${String(a.clause)}`)),
    ]);
    const green = groups.find((g) => g.policy === 'hz-2018-manufacturing' && g.clause === 16);
    expect(
      green?.entries.map((e) =>
        e.kind === 'ladder' ? `${e.name}:${String(e.stepUp)}:${e.rungs.map((r) => r.id).join(',')}` : e.award.id,
      ),
    ).toEqual([
      '绿色园区评级:false:green-park-national,green-park-provincial',
      '绿色工厂评级:true:green-factory-national,green-factory-provincial',
    ]);
  });

  it('names a rung by its level, else by the sum in its condition', () => {
    const byId = (id: string) => catalog.awards.find((a) => a.id === id) ?? catalog.awards[0];
    expect(catalog.awards.map((a) => a.id)).toContain('kunpeng-revenue-50-yi');
    const [prov, tier] = [byId('green-factory-provincial'), byId('kunpeng-revenue-50-yi')];
    expect(prov && rungLabel(prov)).toBe('省级档');
    expect(tier && rungLabel(tier)).toBe('50亿元档');
  });

  it('suggests ids close to a mistyped one', () => {
    const ids = catalog.awards.map((a) => a.id);
    expect(closeIds('green-park', ids)).toEqual(['green-park-national', 'green-park-provincial']);
    expect(closeIds('singel-item-champion-national', ids)).toEqual(['single-item-champion-national']);
    expect(closeIds('qqqqqqqq', ids)).toEqual([]);
  });
});

describe('eligibility: ladder wording', () => {
  it('says a proviso the rungs share once, and keeps short parentheses such as 首台（套）', () => {
    const rungs = catalog.awards.filter((a) => a.ladder?.id === 'kunpeng-revenue');
    expect(sharedProvisos(rungs)).toEqual([
      '（以集团汇总统计且在杭制造业营业收入占比不低于50%，或以在杭制造业营业收入统计）',
    ]);
    expect(rungs.map((r) => shortCondition(r.condition))[0]).toBe('制造业业务年营业收入首次达到1000亿元');
    expect(shortCondition('省级认定的国内重大技术装备首台（套）项目')).toBe('省级认定的国内重大技术装备首台（套）项目');
    expect(sharedProvisos(catalog.awards.filter((a) => a.ladder?.id === 'green-factory'))).toEqual([]);
  });
});
