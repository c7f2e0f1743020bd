import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import {
  awardsCsv,
  awardsJson,
  clausesJson,
  industriesJson,
  policiesJson,
  referencesJson,
} from '../../src/lib/site/api';
import { AWARD_CSV_COLUMNS } from '../../src/lib/site/awards-csv';
import { BOM } from '../../src/lib/site/csv';

// The real base: these tests pin the /api/ contract that scripts outside the project rely on.
const kb = getKnowledgeBase();

const POLICY = 'hz-2018-manufacturing';

describe('clausesJson', () => {
  const all = clausesJson(kb);
  const clauses = all.filter((c) => c.policy === POLICY);
  const byNumber = (n: number) => {
    const c = clauses.find((x) => x.number === n);
    if (!c) throw new Error(`clause ${String(n)} missing`);
    return c;
  };

  it('has one object per clause, numbered 1 to 22, with the contract fields', () => {
    expect(clauses.map((c) => c.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    for (const c of all) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'policy',
          'number',
          'numeral',
          'title',
          'part',
          'division',
          'label',
          'name',
          'policyTitle',
          'url',
          'industries',
          'supportTypes',
          'awards',
          'targets',
          'citations',
          'text',
        ]),
      );
    }
  });

  it('describes a regulation’s article with its chapter, its label and a null title when it has no caption', () => {
    const a = all.find((c) => c.policy === 'zj-2020-digital-economy' && c.number === 12);
    expect(a).toMatchObject({
      numeral: '十二',
      title: null,
      label: '第十二条',
      name: '第十二条',
      part: 2,
      division: '2',
      url: '/policies/zj-2020-digital-economy/12/',
      policyTitle: '浙江省数字经济促进条例',
    });
  });

  it('describes clause 16 with its URL, part, awards in yuan and its text', () => {
    const c = byNumber(16);
    expect(c).toMatchObject({
      policy: 'hz-2018-manufacturing',
      numeral: '十六',
      title: '实施绿色制造工程',
      part: 4,
      url: '/policies/hz-2018-manufacturing/16/',
    });
    expect(c.supportTypes).toEqual(['资助']);
    expect(c.awards.find((a) => a.id === 'green-factory-national')).toMatchObject({
      level: '国家级',
      kind: '资助',
      condition: '获评国家级绿色工厂',
      amountType: 'fixed',
      amountYuan: 2_000_000,
      rate: null,
      capYuan: null,
      amountText: '200万元',
      ladder: { id: 'green-factory', rank: 2, stepUp: true },
      url: '/policies/hz-2018-manufacturing/16/#award-green-factory-national',
    });
    expect(c.text).toContain('对获评国家级、省级绿色工厂的，分别给予200万元、100万元资助');
    expect(c.targets).toHaveLength(4);
  });

  it('gives a rate award its rate and cap and no fixed sum', () => {
    const award = byNumber(6).awards.find((a) => a.id === 'major-sci-tech-project-municipal');
    expect(award).toMatchObject({
      amountType: 'rate',
      rate: 0.15,
      capYuan: 3_000_000,
      amountYuan: null,
      maxYuan: 3_000_000,
    });
  });

  it('gives citations a normalised number, or null for a name-only one, and the reference page', () => {
    expect(byNumber(9).citations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ docNumber: '杭政办函〔2018〕64号', url: '/references/hangzhengbanhan-2018-64/' }),
        expect.objectContaining({
          docNumber: null,
          title: '我市中小微企业研发费用投入财政补助资金管理办法',
          url: '/references/hz-sme-rnd-subsidy-measures/',
        }),
      ]),
    );
  });

  it('lists the industries a clause names, by name', () => {
    expect(byNumber(1).industries).toContain('生物医药');
    expect(byNumber(16).industries).toEqual([]);
  });
});

describe('awardsJson and awardsCsv', () => {
  const today = new Date('2026-01-01T00:00:00Z');
  const awards = awardsJson(kb, today);

  it('lists every award once', () => {
    expect(awards).toHaveLength(kb.awards.length);
    expect(new Set(awards.map((a) => a.id)).size).toBe(awards.length);
  });

  it('gives each award its policy’s status on the day and its expiry', () => {
    const green = awards.find((a) => a.id === 'green-factory-national');
    expect(green).toMatchObject({
      status: { state: 'expired', label: '已失效', asOf: '2026-01-01' },
      expiresOn: '2021-12-31',
    });
    const before = awardsJson(kb, new Date('2020-06-01T00:00:00Z')).find((a) => a.id === 'green-factory-national');
    expect(before?.status.label).toBe('现行有效');
  });

  it('writes a CSV with a BOM, Chinese headers, and one row per award', () => {
    const csv = awardsCsv(kb, today);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // Without the site's address the link columns hold site paths, and their headers say so.
    expect(lines[0]).toBe(
      AWARD_CSV_COLUMNS.map((c) =>
        c.header.endsWith('链接') ? `${c.header}（站内路径，请在本站网址后打开）` : c.header,
      ).join(','),
    );
    const withSite = awardsCsv(kb, today, 'https://example.org/').slice(1).split('\r\n');
    expect(withSite[0]).toBe(AWARD_CSV_COLUMNS.map((c) => c.header).join(','));
    expect(withSite[1]).toContain(',https://example.org/policies/');
    expect(lines[0]).toMatch(/^政策,时效,有效期至,条款,/u);
    // No quote in this base holds a line break, so each award is exactly one line.
    expect(lines).toHaveLength(awards.length + 1);
  });

  it('writes each row with its policy’s status and expiry, its ladder, and the amount in its columns', () => {
    const lines = awardsCsv(kb, today).split('\r\n');
    expect(lines.find((l) => l.includes(',green-factory-national,'))).toBe(
      '杭州市推动制造业高质量发展的若干意见,已失效,2021-12-31,第（十六）条,实施绿色制造工程,企业,获评国家级绿色工厂,国家级,资助,200万元,定额,2000000,,,,2000000,绿色工厂评级第2档,是,,' +
        '对获评国家级、省级绿色工厂的，分别给予200万元、100万元资助（进档的予以补差）,/policies/hz-2018-manufacturing/16/#award-green-factory-national,/policies/hz-2018-manufacturing/16/#s4,green-factory-national,hz-2018-manufacturing,',
    );
    expect(lines.find((l) => l.includes(',major-sci-tech-project-municipal,'))).toContain(
      ',项目投入额的15%，最高300万元,按比例,,0.15,3000000,项目投入额,3000000,',
    );
  });

  it('gives a ceiling (upTo) as 最高 with no sure sum, and the departments of its item', () => {
    const award = awardsJson(kb, today).find((a) => a.id === 'hz2024-new-young-eagle');
    expect(award).toMatchObject({
      policy: 'hz-2024-economy-policies',
      amountType: 'upTo',
      amountText: '最高50万元',
      amountYuan: null,
      capYuan: 500_000,
      maxYuan: 500_000,
      departments: ['市科技局'],
    });
    const line = awardsCsv(kb, today)
      .split('\r\n')
      .find((l) => l.includes(',hz2024-new-young-eagle,'));
    expect(line).toContain(',最高50万元,最高限额,,,500000,,500000,');
    expect(line).toMatch(/^杭州市推动经济高质量发展的若干政策,已失效,2024-12-31,/u);
    expect(line?.endsWith(',hz2024-new-young-eagle,hz-2024-economy-policies,市科技局')).toBe(true);
  });

  it('writes absolute links when the site’s address is known', () => {
    const line = awardsCsv(kb, today, 'https://policy.example.cn/')
      .split('\r\n')
      .find((l) => l.includes(',green-factory-national,'));
    expect(line).toContain(
      ',https://policy.example.cn/policies/hz-2018-manufacturing/16/#award-green-factory-national,',
    );
  });
});

describe('referencesJson', () => {
  it('lists who cites 杭政办函〔2018〕64号 by clause number', () => {
    const ref = referencesJson(kb).find((r) => r.docNumber === '杭政办函〔2018〕64号');
    expect(ref).toMatchObject({
      url: '/references/hangzhengbanhan-2018-64/',
      citedBy: [9, 15],
      issuer: '杭州市人民政府办公厅',
      year: 2018,
      fullTextInBase: false,
    });
  });

  it('keeps name-only references with a null number', () => {
    const named = referencesJson(kb).filter((r) => r.docNumber === null);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((r) => r.issuer === null && r.year === null)).toBe(true);
  });
});

describe('industriesJson', () => {
  it('gives 生物医药 its group, page and clauses', () => {
    const bio = industriesJson(kb).find((i) => i.name === '生物医药');
    expect(bio).toMatchObject({ group: '战略性新兴产业', url: '/industries/biomedicine/' });
    expect(bio?.clauses).toContain(1);
    expect(bio?.provisions).toContainEqual({
      policy: POLICY,
      number: 1,
      label: '第（一）条',
      url: '/policies/hz-2018-manufacturing/1/',
    });
  });
});

describe('policiesJson', () => {
  it('says the 2018 policy expired when built after 2021-12-31, and unknown fields are null', () => {
    const p = policiesJson(kb, new Date('2026-01-01T00:00:00Z')).find((x) => x.id === POLICY);
    expect(p).toMatchObject({
      id: 'hz-2018-manufacturing',
      kind: '规范性文件',
      provisionStyle: 'clause',
      provisionCount: 22,
      docNumber: null,
      issuedOn: null,
      expiresOn: '2021-12-31',
      status: { state: 'expired', label: '已失效', asOf: '2026-01-01' },
      preambleUrl: '/policies/hz-2018-manufacturing/preamble/',
      closingUrl: '/policies/hz-2018-manufacturing/closing/',
      clauseCount: 22,
    });
    expect(p?.parts.map((part) => part.clauses.length).reduce((a, b) => a + b, 0)).toBe(22);
  });

  it('says it was in force when built on its last day, by Beijing time', () => {
    const on = (iso: string) => policiesJson(kb, new Date(iso)).find((x) => x.id === POLICY)?.status.state;
    expect(on('2021-12-31T12:00:00Z')).toBe('in-force');
    // 16:30 UTC on 31 December is already 1 January in Beijing: expired there, whatever the server's zone.
    expect(on('2021-12-31T16:30:00Z')).toBe('expired');
  });

  it('describes a regulation: kind, passed and effective dates as stated, its chapters, and its article count', () => {
    const p = policiesJson(kb, new Date('2026-01-01T00:00:00Z')).find((x) => x.id === 'zj-2020-digital-economy');
    expect(p).toMatchObject({
      kind: '地方性法规',
      provisionStyle: 'article',
      provisionCount: 62,
      passed: { date: '2020-12-24' },
      effectiveFrom: { date: '2021-03-01' },
      expiresOn: null,
      parts: [],
      status: { state: 'in-force' },
    });
    expect(p?.divisions).toHaveLength(9);
    expect(p?.divisions[0]).toMatchObject({
      id: '1',
      kind: 'chapter',
      name: '第一章 总则',
      url: '/policies/zj-2020-digital-economy/chapters/1/',
    });
    // Before its effective date a regulation is not yet in force.
    expect(
      policiesJson(kb, new Date('2021-02-28T12:00:00Z')).find((x) => x.id === 'zj-2020-digital-economy')?.status.state,
    ).toBe('not-yet');
  });
});
