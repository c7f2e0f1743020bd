import { describe, expect, it } from 'vitest';
import {
  dropUnknownValues,
  facetCounts,
  facetTotal,
  formatBrowseState,
  INITIAL_STATE,
  orderedOptions,
  pageSpan,
  parseBrowseState,
  rowMatches,
  supportCount,
  visibleOrder,
  type BrowseRow,
} from '../../src/lib/policies/browse';

/** A small base in the shape of the real one: national laws, the province's and the city's regulations, a city policy. */
const rows: BrowseRow[] = [
  {
    level: '国家',
    kind: '法律',
    status: '现行有效',
    issuers: ['全国人民代表大会'],
    support: false,
    title: '中华人民共和国民法典',
    date: '2020-05-28',
  },
  {
    level: '国家',
    kind: '法律',
    status: '现行有效',
    issuers: ['全国人民代表大会常务委员会'],
    support: true,
    title: '中华人民共和国中小企业促进法',
    date: '2017-09-01',
  },
  {
    level: '浙江省',
    kind: '地方性法规',
    status: '现行有效',
    issuers: ['浙江省人民代表大会常务委员会'],
    support: true,
    title: '浙江省数字经济促进条例',
    date: '2020-12-24',
  },
  {
    level: '浙江省',
    kind: '地方性法规',
    status: '现行有效',
    issuers: ['浙江省人民代表大会'],
    support: false,
    title: '浙江省民营企业发展促进条例',
    date: '2020-01-16',
  },
  {
    level: '杭州市',
    kind: '规范性文件',
    status: '已失效',
    issuers: ['中共杭州市委', '杭州市人民政府'],
    support: true,
    title: '关于实施创新驱动战略 加快新旧动能转换推动制造业高质量发展的若干意见',
    date: '2018-01-01',
  },
  {
    level: '杭州市',
    kind: '地方性法规',
    status: '时效未知',
    issuers: ['杭州市人民代表大会常务委员会'],
    support: false,
    title: '杭州市某条例',
    date: '',
  },
];

describe('the URL state', () => {
  it('round-trips every field, leaving defaults out', () => {
    const state = {
      ...INITIAL_STATE,
      level: '浙江省',
      kind: '地方性法规',
      status: '现行有效',
      issuer: '浙江省人民代表大会',
      support: true,
      q: '数字 经济',
      sort: 'title' as const,
      page: 2,
    };
    const query = formatBrowseState(state);
    expect(query).toBe(
      `?level=${encodeURIComponent('浙江省')}&kind=${encodeURIComponent('地方性法规')}&status=${encodeURIComponent('现行有效')}&issuer=${encodeURIComponent('浙江省人民代表大会')}&support=1&q=${encodeURIComponent('数字 经济').replace(/%20/g, '+')}&sort=title&page=2`,
    );
    expect(parseBrowseState(query)).toEqual(state);
    expect(formatBrowseState(INITIAL_STATE)).toBe('');
    expect(parseBrowseState('')).toEqual(INITIAL_STATE);
  });

  it('reads a bad page as page 1 and a bad order as newest, and cuts a long title filter', () => {
    for (const page of ['0', '-3', '2.5', 'x', '']) expect(parseBrowseState(`?page=${page}`).page).toBe(1);
    expect(parseBrowseState('?sort=random').sort).toBe('newest');
    expect(parseBrowseState(`?q=${'条'.repeat(500)}`).q).toHaveLength(100);
  });

  it('drops facet values no row carries and names the facets it dropped', () => {
    const { state, dropped } = dropUnknownValues(parseBrowseState('?level=火星&kind=法律&issuer=x'), rows);
    expect(state.level).toBe('');
    expect(state.kind).toBe('法律');
    expect(dropped).toEqual(['level', 'issuer']);
  });
});

describe('filters and counts', () => {
  it('ANDs the facets, the support switch and the words of the title', () => {
    const state = { ...INITIAL_STATE, level: '浙江省', q: '数字' };
    expect(rows.filter((r) => rowMatches(r, state)).map((r) => r.title)).toEqual(['浙江省数字经济促进条例']);
    expect(rows.filter((r) => rowMatches(r, { ...INITIAL_STATE, support: true }))).toHaveLength(3);
    // A joint issuer matches either body.
    expect(rows.filter((r) => rowMatches(r, { ...INITIAL_STATE, issuer: '杭州市人民政府' }))).toHaveLength(1);
  });

  it('counts each option as what choosing it would show, the other filters kept', () => {
    const state = { ...INITIAL_STATE, level: '浙江省', status: '现行有效' };
    const counts = facetCounts(rows, state);
    // Levels counted with status 现行有效 only: every level's count is what choosing it gives.
    expect(Object.fromEntries(counts.level)).toEqual({ 国家: 2, 浙江省: 2 });
    expect(Object.fromEntries(counts.status)).toEqual({ 现行有效: 2 });
    expect(Object.fromEntries(counts.kind)).toEqual({ 地方性法规: 2 });
    for (const [level, n] of counts.level) expect(visibleOrder(rows, { ...state, level })).toHaveLength(n);
    expect(facetTotal(rows, state, 'level')).toBe(4);
    expect(supportCount(rows, state)).toBe(1);
  });

  it('orders options by the given order, then by count', () => {
    const counts = facetCounts(rows, INITIAL_STATE);
    expect(orderedOptions(counts.level, ['国家', '浙江省', '杭州市', '其他'])).toEqual(['国家', '浙江省', '杭州市']);
    expect(orderedOptions(counts.issuer)).toHaveLength(7);
    const issuers = new Map([
      ['杭州市人民政府', 1],
      ['浙江省人民代表大会常务委员会', 3],
      ['国务院', 1],
    ]);
    expect(orderedOptions(issuers)).toEqual(['浙江省人民代表大会常务委员会', '国务院', '杭州市人民政府']);
  });
});

describe('order and pages', () => {
  it('puts the newest first, rows without a date last, and can order by title', () => {
    const newest = visibleOrder(rows, INITIAL_STATE).map((i) => rows[i]?.date);
    expect(newest).toEqual(['2020-12-24', '2020-05-28', '2020-01-16', '2018-01-01', '2017-09-01', '']);
    const titles = visibleOrder(rows, { ...INITIAL_STATE, sort: 'title' }).map((i) => rows[i]?.title ?? '');
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-CN').compare));
  });

  it('clamps the page to the list and gives its rows', () => {
    expect(pageSpan(450, 2, 100)).toEqual({ page: 2, last: 5, start: 100, end: 200 });
    expect(pageSpan(450, 9, 100)).toEqual({ page: 5, last: 5, start: 400, end: 450 });
    expect(pageSpan(0, 3, 100)).toEqual({ page: 1, last: 1, start: 0, end: 0 });
  });
});
