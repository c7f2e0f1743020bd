import { describe, expect, it } from 'vitest';
import type { RawKnowledgeBase } from '../../src/lib/content/load';
import { checkGrounding } from '../../src/lib/validate/grounding';
import { ingest, project } from '../fixtures/ingest/support';

const PREAMBLE =
  '根据《浙江省人民政府印发进一步推动经济高质量发展若干政策的通知》（浙政发〔2024〕4号）等文件精神，结合我市实际，制定以下政策。';
const QUOTE = PREAMBLE.slice(0, -1);
const REF = {
  id: 'zhezhengfa-2024-4',
  docNumber: '浙政发〔2024〕4号',
  title: '浙江省人民政府印发进一步推动经济高质量发展若干政策的通知',
  policy: null,
};

/** The project's base with its first policy's preamble citing REF with `quote`. */
function baseWith(quote: string, ref = REF.id): RawKnowledgeBase {
  const [first, ...rest] = project.policies;
  if (!first) throw new Error('the project has no policy');
  const policy = { ...first, data: { ...first.data, preamble: PREAMBLE, preambleCitations: [{ ref, quote }] } };
  return {
    ...project,
    policies: [policy, ...rest],
    references: [...project.references, { file: 'content/references/zhezhengfa-2024-4.yaml', data: REF }],
  };
}

describe('citations of a preamble (浙政发〔2024〕4号)', () => {
  it('are grounded in the preamble', () => {
    expect(checkGrounding(baseWith(QUOTE)).filter((i) => i.field.startsWith('preambleCitations'))).toEqual([]);
  });
  it('refuse a quote that is not in the preamble, or that does not name the document', () => {
    const file = project.policies[0]?.file;
    expect(checkGrounding(baseWith('根据有关文件精神')).filter((i) => i.field.startsWith('preambleCitations'))).toEqual(
      [
        expect.objectContaining({
          file,
          field: 'preambleCitations[0].quote',
          expected: 'a quote that is word for word in the preamble',
        }),
        expect.objectContaining({
          file,
          field: 'preambleCitations[0].quote',
          expected: 'a sentence that names 浙政发〔2024〕4号',
        }),
      ],
    );
    expect(checkGrounding(baseWith(QUOTE, 'no-such-ref')).map((i) => i.field)).toContain('preambleCitations[0].ref');
  });
  it('are read by the ingest when the preamble cites a document by title and number', () => {
    const raw = [
      '示例市人民政府关于测试的若干政策',
      PREAMBLE,
      '一、科技创新政策',
      '（一）强化保障。对首次认定的企业，给予最高50万元奖励。（责任单位：市科技局）',
      '本政策自印发之日起施行。',
    ].join('\n');
    const result = ingest(raw, 'sample-preamble');
    const [cited] = result.policy.preambleCitations;
    expect(cited?.quote).toBe(QUOTE);
    // The base's own record of the document is reused; a base without it would get a new one.
    const known = [...result.newReferences, ...project.references.map((r) => r.data)];
    expect(known.find((r) => r.id === cited?.ref)).toMatchObject({ docNumber: '浙政发〔2024〕4号' });
  });
});
