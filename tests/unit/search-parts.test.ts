import { describe, expect, it } from 'vitest';
import { partsByPolicy } from '../../src/lib/search/parts';

describe('the part filter’s values, by policy', () => {
  it('lists each policy’s top divisions once, in order, only where there are two or more', () => {
    const parts = partsByPolicy([
      { policy: 'zj-2020-private-enterprises', part: '第一章 总则' },
      { policy: 'zj-2020-private-enterprises', part: '第一章 总则' },
      { policy: 'zj-2020-private-enterprises', part: '第二章 市场准入' },
      { policy: 'zj-2009-high-tech', part: '第一章 总则' },
      { policy: 'zj-2009-high-tech', part: '第二章 技术创新' },
      { policy: 'cn-1997-jiage-fa', part: '第一章 总则' },
      { policy: 'hz-2016-cross-border-ecommerce', part: undefined },
    ]);
    expect(parts).toEqual({
      'zj-2020-private-enterprises': ['第一章 总则', '第二章 市场准入'],
      'zj-2009-high-tech': ['第一章 总则', '第二章 技术创新'],
    });
  });
});
