import { describe, expect, it } from 'vitest';
import { validityNote, withValidity } from '../../src/lib/eligibility/index';

const inForce = { state: 'in-force', label: '现行有效' } as const;
const expired = { state: 'expired', label: '已失效' } as const;

describe('validityNote and withValidity: a total under an expired policy says so in its own words', () => {
  it('says nothing when every policy is in force, or none is concerned', () => {
    expect(validityNote([inForce, inForce])).toBeNull();
    expect(validityNote([])).toBeNull();
    expect(withValidity('合计：300万元（1项可计算）', null)).toBe('合计：300万元（1项可计算）');
  });

  it('names the total 按原政策测算（已失效） when no policy concerned is in force', () => {
    const note = validityNote([expired, expired]);
    expect(withValidity('合计：300万元（1项可计算）', note)).toBe('按原政策测算（已失效）：300万元（1项可计算）');
    expect(withValidity('本次可得：400万元 · 累计：500万元', note)).toBe(
      '按原政策测算（已失效）：400万元 · 累计：500万元',
    );
  });

  it('keeps the word and says 部分 when some policies are in force', () => {
    const note = validityNote([inForce, expired, { state: 'repealed', label: '已废止' }]);
    expect(withValidity('合计：300万元', note)).toBe('合计（部分按原政策测算，含已失效、已废止政策）：300万元');
  });
});
