import { describe, expect, it } from 'vitest';
import { basisOf, referenceRepeals, resolveCitation } from '../../src/lib/citations/relations';
import { CitationTargets } from '../../src/lib/citations/targets';
import { citingPolicy as policy } from './helpers/citing-policy';

const insurance = policy('cn-social-insurance', '中华人民共和国社会保险法', '2010-10-28');
const health = policy('cn-health', '中华人民共和国基本医疗卫生与健康促进法', '2019-12-28');
const medical = policy('zj-medical', '浙江省医疗保障条例', '2021-09-29');
const targets = new CitationTargets(
  [insurance, health, medical],
  [
    {
      policy: 'cn-social-insurance',
      number: 23,
      numeral: '二十三',
      body: '职工应当参加职工基本医疗保险。\n\n无雇工的个体工商户可以参加。',
    },
  ],
);
const refs = new Map([
  ['ref-insurance', { id: 'ref-insurance', title: '中华人民共和国社会保险法', docNumber: null, policy: null }],
  [
    'ref-health',
    { id: 'ref-health', title: '中华人民共和国基本医疗卫生与健康促进法', docNumber: null, policy: 'cn-health' },
  ],
  ['ref-info', { id: 'ref-info', title: '浙江省信息化促进条例', docNumber: null, policy: null }],
]);

/** A reference record of the fixture, by id. */
function ref(id: string) {
  const r = refs.get(id);
  if (!r) throw new Error(`no reference ${id}`);
  return r;
}

// 浙江省医疗保障条例 第一条, as the base holds it.
const first =
  '为了保障公民基本医疗需求，建立健全高质量现代医疗保障体系，推进健康浙江建设，根据《中华人民共和国社会保险法》《中华人民共和国基本医疗卫生与健康促进法》等有关法律、行政法规，结合本省实际，制定本条例。';

describe('where a citation lands', () => {
  it('on the document its title names, with or without a policy in its record', () => {
    const citing = { policy: 'zj-medical', number: 1 };
    expect(resolveCitation(targets, ref('ref-insurance'), { quote: first }, citing)).toEqual({
      policy: 'cn-social-insurance',
      url: '/policies/cn-social-insurance/',
      note: null,
    });
    expect(resolveCitation(targets, ref('ref-health'), { quote: first }, citing).policy).toBe('cn-health');
  });

  it('on the article and paragraph its quote pinpoints', () => {
    const quote = '按照《社会保险法》第二十三条第二款的规定参加职工基本医疗保险';
    expect(resolveCitation(targets, ref('ref-insurance'), { quote }, { policy: 'zj-medical', number: 5 })).toEqual({
      policy: 'cn-social-insurance',
      provision: 23,
      paragraph: 2,
      pinpoint: '第二十三条第二款',
      url: '/policies/cn-social-insurance/23/#para-2',
      note: null,
    });
  });

  it('nowhere in the base when the base lacks it', () => {
    expect(
      resolveCitation(
        targets,
        ref('ref-info'),
        { quote: '《浙江省信息化促进条例》同时废止' },
        { policy: 'zj-medical', number: 60 },
      ),
    ).toEqual({
      policy: null,
      url: null,
      note: null,
    });
  });
});

describe('the legal basis a first article states', () => {
  it('lists each title between 根据 and 制定本条例', () => {
    const citations = [
      { ref: 'ref-insurance', quote: first.slice(0, -1) },
      { ref: 'ref-health', quote: first.slice(0, -1) },
    ];
    expect(
      basisOf(targets, { number: 1, text: first, citations }, refs).map((b) => [b.title, b.ref, b.policy]),
    ).toEqual([
      ['中华人民共和国社会保险法', 'ref-insurance', 'cn-social-insurance'],
      ['中华人民共和国基本医疗卫生与健康促进法', 'ref-health', 'cn-health'],
    ]);
  });

  it('none from a sentence that only cites: no 制定本…', () => {
    const text = '依照《中华人民共和国社会保险法》的规定参加基本医疗保险。';
    expect(basisOf(targets, { number: 1, text, citations: [] }, refs)).toEqual([]);
  });
});

describe('references repealed by a citation', () => {
  const titles = new Map([
    ['zj-digital', '浙江省数字经济促进条例'],
    ['cn-union', '中华人民共和国工会法'],
  ]);
  it('marks 《浙江省信息化促进条例》同时废止', () => {
    const text = '本条例自2021年3月1日起施行。《浙江省信息化促进条例》同时废止。';
    const repeals = referenceRepeals(
      [
        {
          policy: 'zj-digital',
          number: 62,
          text,
          citations: [{ ref: 'ref-info', quote: '《浙江省信息化促进条例》同时废止' }],
        },
      ],
      refs,
      titles,
      new Set(),
    );
    expect(repeals.get('ref-info')).toEqual({
      policy: 'zj-digital',
      provision: 62,
      quote: '《浙江省信息化促进条例》同时废止。',
    });
  });

  it('never a law repealing its namesake, nor a held document the base does not find repealed', () => {
    const union = new Map([['ref-union', { id: 'ref-union', title: '中华人民共和国工会法', policy: null }]]);
    const text = '1950年6月29日中央人民政府公布的《中华人民共和国工会法》同时废止。';
    const citations = [{ ref: 'ref-union', quote: text }];
    expect(referenceRepeals([{ policy: 'cn-union', number: 57, text, citations }], union, titles, new Set()).size).toBe(
      0,
    );
    const held = new Map([
      ['ref-health', { id: 'ref-health', title: '中华人民共和国基本医疗卫生与健康促进法', policy: 'cn-health' }],
    ]);
    const other = '《中华人民共和国基本医疗卫生与健康促进法》同时废止。';
    const cites = [{ ref: 'ref-health', quote: other }];
    expect(
      referenceRepeals([{ policy: 'zj-digital', number: 62, text: other, citations: cites }], held, titles, new Set())
        .size,
    ).toBe(0);
    expect(
      referenceRepeals(
        [{ policy: 'zj-digital', number: 62, text: other, citations: cites }],
        held,
        titles,
        new Set(['cn-health']),
      ).size,
    ).toBe(1);
  });
});

describe('a reference record that names no document but whose title is one of the base', () => {
  it('links to it: 《社会保险法》 is 中华人民共和国社会保险法; a numbered record is left alone', async () => {
    const { withHeldPolicies } = await import('../../src/lib/citations/of-base');
    const records = [
      { id: 'a', title: '社会保险法', docNumber: null, policy: null },
      { id: 'b', title: '社会保险法', docNumber: '浙政发〔2024〕4号', policy: null },
      { id: 'c', title: '浙江省信息化促进条例', docNumber: null, policy: null },
    ];
    expect(withHeldPolicies(records, targets).map((r) => r.policy)).toEqual(['cn-social-insurance', null, null]);
  });
});
