import { describe, expect, it } from 'vitest';
import { closestPolicies } from '../../src/lib/search/closest';

const policies = [
  { id: 'flood', title: '中华人民共和国防洪法' },
  { id: 'river', title: '浙江省河长制规定' },
  { id: 'drones', title: '浙江省无人驾驶航空器公共安全管理规定' },
  { id: 'gas', title: '杭州市燃气管理条例' },
];

describe('the policies closest to a query that finds nothing', () => {
  it('ranks titles by the pairs of characters they share with the words, the shorter title first on a tie', () => {
    expect(closestPolicies(['河长巡查'], policies).map((p) => p.id)).toEqual(['river']);
    expect(closestPolicies(['无人机管理'], policies).map((p) => p.id)).toEqual(['drones', 'gas']);
    expect(closestPolicies(['安全管理'], policies, 1).map((p) => p.id)).toEqual(['drones']);
  });
  it('offers none when no title shares a pair', () => {
    expect(closestPolicies(['独角兽'], policies)).toEqual([]);
    expect(closestPolicies(['AI'], policies)).toEqual([]);
  });
});
