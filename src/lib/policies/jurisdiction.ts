/**
 * The level of government a policy comes from, read from its issuers as the text names them
 * (never stored by hand): 全国人民代表大会及其常务委员会 and 国务院 are national; a body whose name
 * starts with 浙江省 (or 中共浙江省委) is the province's; 杭州市 (or 中共杭州市委) the city's.
 */

/** The levels the site browses by, highest first; 其他 for any issuer the base does not place. */
export const JURISDICTIONS = ['国家', '浙江省', '杭州市', '其他'] as const;

/** A level of government: 国家, 浙江省, 杭州市, or 其他. */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * Name prefixes of each placed level, checked against the issuer's name as written (spaces
 * removed). Longest first within a level is not needed: no prefix of one level starts another's.
 */
const PREFIXES: readonly (readonly [Exclude<Jurisdiction, '其他'>, readonly string[]])[] = [
  [
    '国家',
    [
      '全国人民代表大会',
      '国务院',
      '中华人民共和国',
      '中共中央',
      '中国共产党中央委员会',
      '中央军事委员会',
      '最高人民法院',
      '最高人民检察院',
    ],
  ],
  ['浙江省', ['浙江省', '中共浙江省委', '中国共产党浙江省委员会']],
  ['杭州市', ['杭州市', '中共杭州市委', '中国共产党杭州市委员会']],
];

/** The level of one issuing body, or 其他 when its name places it at none of the levels the base knows. */
export function issuerJurisdiction(issuer: string): Jurisdiction {
  const name = issuer.replace(/\s+/gu, '');
  for (const [level, prefixes] of PREFIXES) if (prefixes.some((p) => name.startsWith(p))) return level;
  return '其他';
}

/**
 * The level of a policy from its issuers: the level of the first issuer the base places (joint
 * issuers, such as 中共杭州市委 and 杭州市人民政府, share one); 其他 when none is placed.
 */
export function policyJurisdiction(policy: { readonly issuers: readonly string[] }): Jurisdiction {
  for (const issuer of policy.issuers) {
    const level = issuerJurisdiction(issuer);
    if (level !== '其他') return level;
  }
  return '其他';
}
