import { describe, expect, it } from 'vitest';
import { industriesIn, unknownIndustries } from '../../src/lib/ingest/industries';
import { clauseOf, ingest, project } from '../fixtures/ingest/support';

const industries = project.vocabularies.industries;

describe('the industries plugin', () => {
  it('lists vocabulary industries named in the body, by name or alias', () => {
    expect(industriesIn('聚焦安防视频、工业云制造（工业互联网）、机器人及智能装备等领域', industries)).toEqual([
      '数字安防',
      '工业互联网',
      '机器人',
    ]);
    expect(industriesIn('加强组织领导', industries)).toEqual([]);
  });
  it('lists the groups the body names as a whole', () => {
    const c = clauseOf('保护传承丝绸、茶叶等历史经典产业。');
    expect(c.industries).toEqual(['丝绸', '茶叶']);
    expect(c.industryGroups).toEqual(['历史经典产业']);
  });
  it('reports enumerated industry words the vocabulary does not know', () => {
    expect(unknownIndustries('大力发展生物医药、元宇宙、低空经济等产业', industries)).toEqual(['元宇宙', '低空经济']);
    const raw =
      '示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试。(一)测试条款。大力发展集成电路、元宇宙等产业。本意见自印发之日起施行。';
    expect(ingest(raw, 'sample-test').unclassified).toEqual([
      { clause: 1, text: 'industry-like word not in the vocabulary: 元宇宙' },
    ]);
  });
});
