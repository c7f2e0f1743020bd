import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { buildQueryDictionary, recordText } from '../../src/lib/search/dictionary';
import { applyRewrites, MODAL_WORDS, prepareQuery, QUESTION_WORDS } from '../../src/lib/search/query';
import { buildSearchRecords } from '../../src/lib/search/records';
import { synonymGroups } from '../../src/lib/search/synonyms';

const kb = getKnowledgeBase();
const records = buildSearchRecords(kb, new Date('2026-01-01'));
const dict = buildQueryDictionary(records, synonymGroups(kb.supportTypes, kb.industries, kb.searchEquivalents));
const prep = (q: string) => prepareQuery(q, dict).text;

describe('prepareQuery', () => {
  it('makes full-width letters, digits and spaces half-width', () => {
    expect(prepareQuery('３００万　工业互联网平台', dict).shown).toBe('300万 工业互联网平台');
    expect(prep('３００万　工业互联网平台')).toBe(prep('300万 工业互联网平台'));
    expect(prep('ｓｕｐＥＴ')).toBe('supET');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(prep('綠色工廠')).toBe('绿色工厂');
    expect(prep('單項冠軍 獎勵')).toBe('单项冠军 奖励');
  });

  it('writes a document number in any form as the index tokens', () => {
    const forms = [
      '杭政办函〔2018〕64号',
      '杭政办函[2018]64号',
      '杭政办函(2018)64号',
      '杭政办函（2018）64号',
      '杭政办函【2018】64号',
      '杭政办函［２０１８］６４号',
      '杭政辦函〔2018〕64號',
    ];
    for (const f of forms) expect(prep(f), f).toBe('杭政办函 2018 64号');
    expect(prep('2018 64号')).toBe('2018 64号');
    expect(prep('2018年第64号')).toBe('2018 64号');
    expect(prep('64号')).toBe('64号');
  });

  it('writes sums as one token in yuan, so that 200万 and 200万元 search alike', () => {
    expect(prep('200万元')).toBe('y2000000y');
    expect(prep('200万')).toBe('y2000000y');
    expect(prep('200 万 元')).toBe('y2000000y');
    expect(prep('1亿元 创新中心')).toBe('y100000000y 创新中心');
    expect(prepareQuery('1亿元 创新中心', dict).shown).toBe('1亿 创新中心');
  });

  it('drops question words and final particles, keeping the words that matter', () => {
    expect(prep('首台套 补贴多少')).toBe('首台 套 补贴');
    expect(prep('高新技术企业有什么政策吗')).toBe('高新技术企业 政策');
  });

  it('replaces words the policy never writes by the policy word', () => {
    expect(prep('营收补贴')).toBe('营业收入 补贴');
    expect(prep('IPO')).toBe('上市');
  });

  it('keeps a search word that some policy of the base writes itself (the 2024 policy writes 技改)', () => {
    expect(prep('技改补贴')).not.toContain('技术改造');
  });

  it('keeps a query that already holds the policy word', () => {
    expect(applyRewrites('企业上云', { 上云: '企业上云' })).toBe('企业上云');
    expect(applyRewrites('上云', { 上云: '企业上云' })).toBe(' 企业上云 ');
  });

  it('leaves nothing to search in punctuation alone', () => {
    expect(prepareQuery('，。！', dict).terms).toEqual([]);
  });
});

describe('the question words', () => {
  it('never occur in the indexed text, so dropping them never drops a match', () => {
    const corpus = records.map(recordText).join('\n');
    expect(QUESTION_WORDS.filter((w) => corpus.includes(w))).toEqual([]);
  });
  it('are dropped with the modal verbs, which the regulations write but never as their subject', () => {
    expect(MODAL_WORDS.filter((w) => (QUESTION_WORDS as readonly string[]).includes(w))).toEqual([]);
    expect(prep('小微企业园可以享受哪些政策')).toBe('小微企业园 享受 政策');
  });
});
