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
  it('stops with the missing heading named when the numbering jumps', () => {
    expect(() => ingest(policy('(一)甲条款。支持甲。(三)丙条款。支持丙。'), 'sample-test')).toThrow(
      'numbering jumps: （二） is missing before （三） (found in the body of （一）); add the missing heading to the source or renumber it',
    );
  });
});

describe('numbering that starts again in each part', () => {
  it('is refused with what to do', () => {
    const raw =
      '示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试先行。(一)甲条款。支持甲。二、强化组织实施,确保政策落地坚持统筹。(一)乙条款。支持乙。';
    expect(() => ingest(raw, 'sample-test')).toThrow(
      "part 二 starts its clause numbering again at （一）; the content model numbers clauses （一）…（N） across the policy: renumber the source's clauses before ingesting",
    );
  });
});
