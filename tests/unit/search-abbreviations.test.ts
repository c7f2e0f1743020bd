import { describe, expect, it } from 'vitest';
import { abbreviationGroups, definedAbbreviations } from '../../src/lib/search/abbreviations';
import { holdsWord } from '../../src/lib/search/jieba';
import { queryRewrites, synonymGroups, synonymsFor } from '../../src/lib/search/synonyms';

describe('short forms the texts define', () => {
  it('reads 以下简称, 以下称 and 以下统称, with the full form before them (sentences of the base)', () => {
    expect(
      definedAbbreviations('为了加强公路管理，根据《中华人民共和国公路法》（以下简称公路法），制定本条例。'),
    ).toEqual([{ full: '中华人民共和国公路法', short: '公路法' }]);
    expect(definedAbbreviations('县级以上负责河长制工作的机构（以下简称河长制工作机构）负责…')).toEqual([
      { full: '县级以上负责河长制工作的机构', short: '河长制工作机构' },
    ]);
    expect(definedAbbreviations('对企业和个体工商户（以下称用人单位）')).toEqual([
      { full: '企业和个体工商户', short: '用人单位' },
    ]);
    // Brackets inside a name are part of it; quotes around the short form are not.
    expect(definedAbbreviations('建设中国（杭州）跨境电子商务综合试验区（以下简称“综试区”）。')).toEqual([
      { full: '建设中国（杭州）跨境电子商务综合试验区', short: '综试区' },
    ]);
  });
  it('keeps a name’s brackets, drops an item’s marker and opening words, and a short form’s 《》', () => {
    expect(definedAbbreviations('设区的市、县（市、区）人民政府确定的其他部门（以下简称数字经济主管部门）')).toEqual([
      { full: '县（市、区）人民政府确定的其他部门', short: '数字经济主管部门' },
    ]);
    expect(definedAbbreviations('（一）食品生产和加工（以下称食品生产）；')).toEqual([
      { full: '食品生产和加工', short: '食品生产' },
    ]);
    expect(definedAbbreviations('根据《中华人民共和国土地管理法》（以下简称《土地管理法》），制定本办法。')).toEqual([
      { full: '中华人民共和国土地管理法', short: '土地管理法' },
    ]);
    // An opening word is dropped only where it is a word of its own: 从事 and 自治县 keep their first character.
    expect(definedAbbreviations('对从事粮食收购的经营者（以下简称粮食收购者）')).toEqual([
      { full: '从事粮食收购的经营者', short: '粮食收购者' },
    ]);
    expect(definedAbbreviations('，自治县的自治机关（以下简称自治机关）')).toEqual([
      { full: '自治县的自治机关', short: '自治机关' },
    ]);
  });
  it('reads nothing from a text that only uses short forms, and no sentence as a full form', () => {
    expect(definedAbbreviations('综试区应当加强监管。')).toEqual([]);
    expect(definedAbbreviations(`${'很长的句子'.repeat(10)}（以下简称长句）`)).toEqual([]);
  });
  it('links the two forms both ways, the short form counted only as a word of its own', () => {
    const groups = abbreviationGroups([{ full: '跨境电子商务综合试验区', short: '综试区' }]);
    expect(synonymsFor('建设跨境电子商务综合试验区', groups, holdsWord)).toContain('综试区');
    expect(synonymsFor('综试区应当加强监管', groups, holdsWord)).toContain('跨境电子商务综合试验区');
    // The full form names the short one (公路法 in 中华人民共和国公路法): nothing to add.
    const law = abbreviationGroups([{ full: '中华人民共和国公路法', short: '公路法' }]);
    expect(synonymsFor('依照中华人民共和国公路法的规定', law, holdsWord)).toEqual([]);
  });
});

describe('short forms as words of their own', () => {
  it('finds a word where jieba cuts, never inside another word', () => {
    expect(holdsWord('提高企业竞争力', '高企')).toBe(false);
    expect(holdsWord('发展跨境电商', '电商')).toBe(true);
    expect(holdsWord('推动企业上云', '上云')).toBe(true);
    expect(holdsWord('认定为高企的', '高企')).toBe(true);
  });
  it('rewrites a short form the texts never write as a word, though a text holds its characters (高企 in 提高企业)', () => {
    const groups = synonymGroups([], [], [{ policyWord: '高新技术企业', searchWords: ['高企'], bothWays: true }]);
    const corpus = '第四条 提高企业自主创新能力\n高新技术企业享受优惠';
    expect(queryRewrites(groups, corpus, holdsWord)).toEqual({ 高企: '高新技术企业' });
    // By characters alone, 高企 was "written" and was searched as typed.
    expect(queryRewrites(groups, corpus)).toEqual({});
    // A text writing 高企 as a word is indexed under the full form; 提高企业 is not.
    expect(synonymsFor('对高企给予奖励', groups, holdsWord)).toContain('高新技术企业');
    expect(synonymsFor('提高企业自主创新能力', groups, holdsWord)).not.toContain('高新技术企业');
  });
});
