import { describe, expect, it } from 'vitest';
import { clauseFileName } from '../../src/lib/ingest/numbering';
import { ingest } from '../fixtures/ingest/support';

const policy = (clauses: string) =>
  `示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试先行。${clauses}二、强化组织实施,确保政策落地坚持统筹。(三)加强领导。建立机制。本意见自印发之日起施行。`;

describe('the numbering plugin', () => {
  it('numbers clauses across parts and names their files by number', () => {
    const r = ingest(policy('(一)甲条款。支持甲。(二)乙条款。支持乙。'), 'sample-test');
    expect(r.clauses.map((c) => [c.file, c.data.number, c.data.numeral, c.data.division])).toEqual([
      ['content/clauses/sample-test/01-clause.md', 1, '一', '1'],
      ['content/clauses/sample-test/02-clause.md', 2, '二', '1'],
      ['content/clauses/sample-test/03-clause.md', 3, '三', '2'],
    ]);
    expect(clauseFileName(16)).toBe('16-clause.md');
    expect(clauseFileName(103)).toBe('103-clause.md');
  });
  it('never takes （含） or a list inside a sentence for a heading', () => {
    const r = ingest(policy('(一)甲条款。投入5000万元(含)以上,国家、省级项目。(二)乙条款。支持乙。'), 'sample-test');
    expect(r.clauses[0]?.body).toBe('投入5000万元（含）以上，国家、省级项目。');
  });
  it('records the gap when the numbering jumps inside a run-in text, and keeps both headings', () => {
    const r = ingest(policy('(一)甲条款。支持甲。(三)丙条款。支持丙。'), 'sample-test');
    // The wrapper's second part has its own （三）: the source now writes （三） twice.
    expect(r.clauses.map((c) => c.data.numeral)).toEqual(['一', '三', '三']);
    expect(r.policy.defects.map((d) => [d.kind, d.place])).toEqual([
      ['missing-number', '（三）'],
      ['repeated-number', '（三）'],
    ]);
  });
  it('records a heading repeated inside a run-in text', () => {
    const r = ingest(policy('(一)甲条款。支持甲。(二)乙条款。支持乙。(二)丙条款。支持丙。'), 'sample-test');
    expect(r.policy.defects.map((d) => [d.kind, d.place])).toEqual([['repeated-number', '（二）']]);
  });
});

describe('numbering that starts again in each part', () => {
  it('keeps each numeral as written, numbers the provisions through the policy, and records no defect', () => {
    const raw =
      '示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试先行。(一)甲条款。支持甲。(二)乙条款。支持乙。二、强化组织实施,确保政策落地坚持统筹。(一)丙条款。支持丙。(二)丁条款。支持丁。';
    const r = ingest(raw, 'sample-test');
    expect(r.clauses.map((c) => [c.data.number, c.data.numeral, c.data.division])).toEqual([
      [1, '一', '1'],
      [2, '二', '1'],
      [3, '一', '2'],
      [4, '二', '2'],
    ]);
    expect(r.policy.defects).toEqual([]);
  });
});
