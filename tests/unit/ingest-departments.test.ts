import { describe, expect, it } from 'vitest';
import type { ClauseEntry, RawKnowledgeBase } from '../../src/lib/content/load';
import { responsibleDepartments } from '../../src/lib/ingest/departments';
import { departmentsOf } from '../../src/lib/site/departments';
import { checkGrounding } from '../../src/lib/validate/grounding';
import { ClauseSchema } from '../../src/schemas/clause';
import { ingest, project } from '../fixtures/ingest/support';

// Bodies from 《关于进一步推动经济高质量发展的若干政策》(杭政函〔2024〕16号).
const ITEM_3 =
  '积极争取地方政府专项债券、中央预算内投资等资金，全市争取储备专项债资金需求300亿元以上。（责任单位：市发改委、市财政局、中国人民银行浙江省分行）';
const ITEM_8 = '支持市属国企提升投资主力军地位。（责任单位：市国资委、市发改委、市财政局，各市属国企）';

describe('the departments of a provision (责任单位)', () => {
  it('reads each name of the closing bracket, as written, in order', () => {
    expect(responsibleDepartments(ITEM_3)).toEqual(['市发改委', '市财政局', '中国人民银行浙江省分行']);
    // A ， between groups of names separates them as 、 does.
    expect(responsibleDepartments(ITEM_8)).toEqual(['市国资委', '市发改委', '市财政局', '各市属国企']);
    expect(responsibleDepartments('全面落实税收优惠政策。（责任单位：国家税务总局杭州市税务局、市科技局）\n')).toEqual([
      '国家税务总局杭州市税务局',
      '市科技局',
    ]);
  });
  it('reads nothing where the text names no 责任单位, or names a department elsewhere', () => {
    expect(responsibleDepartments('对首次认定的新雏鹰企业，给予最高50万元奖励。')).toEqual([]);
    expect(responsibleDepartments('扩大有效投资政策（由市发改委牵头实施）')).toEqual([]);
    expect(responsibleDepartments('（责任单位：市科技局）之后还有文字。')).toEqual([]);
  });
  it('reads the bracket that ends a paragraph when the body runs on after it', () => {
    expect(
      responsibleDepartments(
        `${ITEM_8}\n\n上述8个领域政策市级财政2024年预算安排资金除交叉重叠部分外，支持总额为490亿元。`,
      ),
    ).toEqual(['市国资委', '市发改委', '市财政局', '各市属国企']);
  });
  it('is filled in by the ingest for each provision', () => {
    const raw = [
      '示例市人民政府关于测试的若干政策',
      '为测试，制定以下政策。',
      '一、科技创新政策（由市科技局牵头实施）',
      '（一）强化保障。对首次认定的企业，给予最高50万元奖励。（责任单位：市科技局、市财政局）',
      '（二）加强服务。优化服务。',
      '本政策自印发之日起施行。',
    ].join('\n');
    const result = ingest(raw, 'sample-departments');
    expect(result.clauses.map((c) => c.data.departments)).toEqual([['市科技局', '市财政局'], []]);
    expect(result.clauses[0]?.data.awards.map((a) => a.amount)).toEqual([{ type: 'upTo', maxYuan: 500_000 }]);
  });
  it('ends the last item at its 责任单位: what follows speaks of the whole document and is the closing', () => {
    const raw = [
      '示例市人民政府关于测试的若干政策',
      '为测试，制定以下政策。',
      '一、科技创新政策',
      '（一）强化保障。优化服务。（责任单位：市科技局）',
      '（二）加强服务。优化服务。（责任单位：市财政局）',
      '上述2个领域政策市级财政预算安排资金支持总额为10亿元。',
      '本文件明确的各项政策均为2024年全年有效。',
    ].join('\n');
    const result = ingest(raw, 'sample-closing');
    expect(result.clauses.at(-1)?.body).toBe('优化服务。（责任单位：市财政局）');
    expect(result.clauses.at(-1)?.data.departments).toEqual(['市财政局']);
    expect(result.policy.closing.replace(/\s+/gu, '')).toBe(
      '上述2个领域政策市级财政预算安排资金支持总额为10亿元。本文件明确的各项政策均为2024年全年有效。',
    );
  });
  it('is one name per entry in the schema', () => {
    const names = { industries: ['化工'], supportTypes: ['奖励'], levels: ['国家级'] } as const;
    const base = { policy: 'p', number: 1, numeral: '一', title: 't', division: null };
    expect(ClauseSchema(names).safeParse({ ...base, departments: ['市科技局'] }).success).toBe(true);
    expect(ClauseSchema(names).safeParse({ ...base, departments: ['市科技局、市财政局'] }).success).toBe(false);
  });
  it('lists a policy’s departments with the provisions each answers for', () => {
    const c = (number: number, departments: string[]) => ({
      number,
      label: `第${String(number)}条`,
      url: `/p/${String(number)}/`,
      departments,
    });
    expect(departmentsOf([c(1, ['市科技局']), c(2, []), c(3, ['市财政局', '市科技局'])])).toEqual([
      {
        name: '市科技局',
        clauses: [
          { number: 1, label: '第1条', url: '/p/1/' },
          { number: 3, label: '第3条', url: '/p/3/' },
        ],
      },
      { name: '市财政局', clauses: [{ number: 3, label: '第3条', url: '/p/3/' }] },
    ]);
  });
});

describe('grounding of departments', () => {
  const template = project.clauses[0];
  if (!template) throw new Error('the project has no clause');
  const baseWith = (body: string, departments: string[]): RawKnowledgeBase => {
    const clause: ClauseEntry = {
      file: 'content/clauses/x/03-test.md',
      body,
      data: {
        ...template.data,
        awards: [],
        ladders: [],
        budgets: [],
        targets: [],
        citations: [],
        notes: [],
        industries: [],
        industryGroups: [],
        departments,
      },
    };
    return { ...project, clauses: [clause] };
  };
  it('accepts departments the body names', () => {
    expect(checkGrounding(baseWith(ITEM_3, ['市发改委', '中国人民银行浙江省分行']))).toEqual([]);
  });
  it('refuses a department the body does not name, with the file and the field', () => {
    expect(checkGrounding(baseWith(ITEM_3, ['市发改委', '市科技局']))).toEqual([
      {
        file: 'content/clauses/x/03-test.md',
        field: 'departments[1]',
        found: '"市科技局"',
        expected: 'a department the body names, as written (in its （责任单位：…）)',
        fix: 'copy the name from the body (市科技局, not 杭州市科学技术局), or remove it',
      },
    ]);
  });
});
