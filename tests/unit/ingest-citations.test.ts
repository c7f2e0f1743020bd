import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/lib/ingest/cite';
import { normalizeText } from '../../src/lib/text/normalize';
import { ReferenceRegistry } from '../../src/lib/ingest/references';
import { clauseOf, ingest, project } from '../fixtures/ingest/support';

/** The citations of a text as (title, docNumber), after the normalisation the pipeline applies. */
const cited = (text: string) => findCitations(normalizeText(text)).map((c) => [c.title, c.docNumber]);

describe('the citations plugin', () => {
  it('finds a title with its number in any bracket style', () => {
    expect(cited('按照《杭州市人民政府关于全面落实“凤凰行动”计划的实施意见》(杭政[2018]14号)相关政策给予支持')).toEqual(
      [['杭州市人民政府关于全面落实“凤凰行动”计划的实施意见', '杭政〔2018〕14号']],
    );
    expect(cited('按《某某办法》（杭政办函【2017】102号）执行')).toEqual([['某某办法', '杭政办函〔2017〕102号']]);
  });
  it('finds documents cited by name only, up to the kind of document', () => {
    expect(cited('按我市针对国家、省科技项目市本级财政科技扶持资金管理办法相关标准给予支持')).toEqual([
      ['我市针对国家、省科技项目市本级财政科技扶持资金管理办法', null],
    ]);
    expect(cited('根据我市深化改革加强科技创新加快创新活力之城建设相关政策给予支持')).toEqual([
      ['我市深化改革加强科技创新加快创新活力之城建设相关政策', null],
    ]);
    expect(
      cited(
        '研发经费投入在享受研发费用加计扣除政策基础上，按我市中小微企业研发费用投入财政补助资金管理办法相关政策给予支持',
      ),
    ).toEqual([
      ['研发费用加计扣除政策', null],
      ['我市中小微企业研发费用投入财政补助资金管理办法', null],
    ]);
  });
  it('never reads a numbered citation’s 相关政策 or a rate’s base as a name', () => {
    expect(cited('按照《某某通知》（杭政〔2018〕64号）相关政策给予支持')).toHaveLength(1);
    expect(cited('按其技术转让合同实际成交额的1%给予最高100万元的资助')).toEqual([]);
  });
  it('reuses a known reference record and creates one for an unknown document', () => {
    const registry = new ReferenceRegistry(project.references.map((r) => r.data));
    expect(registry.resolve({ title: 'x', docNumber: '杭政办函〔2018〕64号', at: 0, end: 1 }).id).toBe(
      'hangzhengbanhan-2018-64',
    );
    expect(registry.resolve({ title: '新文件', docNumber: '杭政〔2020〕3号', at: 0, end: 1 })).toEqual({
      id: 'doc-2020-3',
      docNumber: '杭政〔2020〕3号',
      title: '新文件',
      policy: null,
    });
    expect(registry.resolve({ title: '我市人才新政', docNumber: null, at: 0, end: 1 }).id).toMatch(/^ref-[0-9a-f]{6}$/);
    expect(registry.created).toHaveLength(2);
  });
  it('puts citations on the clause with the sentence as quote, and new references on the result', () => {
    const c = clauseOf('对企业按照《示例市促进软件产业发展若干政策》(示政发[2023]12号)相关政策给予支持。');
    expect(c.citations).toEqual([
      {
        ref: 'doc-2023-12',
        quote: '对企业按照《示例市促进软件产业发展若干政策》（示政发〔2023〕12号）相关政策给予支持',
      },
    ]);
    const raw =
      '示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试。(一)测试条款。按照《甲办法》(示政发[2023]12号)执行。本意见自印发之日起施行。';
    expect(ingest(raw, 'sample-test').newReferences).toEqual([
      { id: 'doc-2023-12', docNumber: '示政发〔2023〕12号', title: '甲办法', policy: null },
    ]);
  });
});
