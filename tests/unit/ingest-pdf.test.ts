import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/lib/ingest/errors';
import { readPdf } from '../../src/lib/ingest/formats/pdf';
import { normalizeText } from '../../src/lib/text/normalize';
import { makePdf, type PdfLine } from './helpers/make-pdf';

// Small PDFs are written by tests/unit/helpers/make-pdf.ts: 16 pt glyphs, 1 em wide, so a page's
// text block runs from x = 80 to x = 80 + 26 × 16 = 496, and a paragraph's first line is
// indented 2 characters (x = 112, 24 characters).

const SIZE = 16;
const LEFT = 80;
const INDENT = LEFT + 2 * SIZE;
const FILLER = '推动经济高质量发展支持企业创新加快产业转型升级优化营商环境';

/** n characters of running text with no punctuation. */
function fill(n: number): string {
  return FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);
}

/** Lines from y downwards, 29 pt apart: the first indented, the others at the left margin. */
function paragraph(y: number, ...lines: string[]): PdfLine[] {
  return lines.map((text, i) => ({ x: i === 0 ? INDENT : LEFT, y: y - 29 * i, text }));
}

const pageMark = (n: number): PdfLine => ({ x: 270, y: 60, text: `— ${n} —`, size: 14 });

async function refusal(bytes: Uint8Array, limits?: Parameters<typeof readPdf>[2]): Promise<IngestError> {
  const error = await readPdf(bytes, 'policy.pdf', limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).exitCode).toBe(2);
  return error as IngestError;
}

describe('readPdf: paragraphs rebuilt from positions', () => {
  it('joins a paragraph hard-wrapped at the right margin and keeps a short heading on its own line', async () => {
    const pdf = makePdf([
      [
        { x: INDENT, y: 760, text: '（一）指导思想' },
        ...paragraph(731, fill(24), `${fill(13)}分别给予200万元、100`, '万元的奖励。'),
        ...paragraph(644, fill(24), fill(26), `${fill(5)}。`),
      ],
    ]);
    const { text, excluded } = await readPdf(pdf, 'a.pdf');
    expect(text.split('\n')).toEqual([
      '（一）指导思想',
      `${fill(24)}${fill(13)}分别给予200万元、100万元的奖励。`,
      `${fill(24)}${fill(26)}${fill(5)}。`,
      '',
    ]);
    expect(excluded).toEqual([]);
  });

  it('starts a new line after sentence punctuation, at an indent and at a heading marker', async () => {
    const pdf = makePdf([
      [
        ...paragraph(760, fill(24), `${fill(25)}：`, fill(10)),
        ...paragraph(673, fill(24), fill(26)),
        { x: LEFT, y: 615, text: `第二条${fill(23)}` },
        { x: LEFT, y: 586, text: `${fill(8)}。` },
      ],
    ]);
    const lines = (await readPdf(pdf, 'b.pdf')).text.trimEnd().split('\n');
    expect(lines).toEqual([`${fill(24)}${fill(25)}：`, fill(10), fill(24) + fill(26), `第二条${fill(23)}${fill(8)}。`]);
  });

  it('carries a paragraph over a page break and writes the page marks after it as excluded lines', async () => {
    const pdf = makePdf([
      [...paragraph(760, fill(24), fill(26), fill(26)), ...paragraph(673, fill(24), fill(26)), pageMark(1)],
      [{ x: LEFT, y: 760, text: `${fill(6)}。` }, ...paragraph(731, `${fill(4)}。`), pageMark(2)],
    ]);
    const { text, excluded } = await readPdf(pdf, 'c.pdf');
    expect(text.split('\n')).toEqual([
      fill(24) + fill(26) + fill(26),
      `${fill(24)}${fill(26)}${fill(6)}。`,
      '— 1 —',
      `${fill(4)}。`,
      '— 2 —',
      '',
    ]);
    expect(excluded).toEqual([
      { line: 3, text: '— 1 —', reason: '页码' },
      { line: 5, text: '— 2 —', reason: '页码' },
    ]);
  });

  it('excludes the registration code, the masthead and a header repeated on every page', async () => {
    const header: PdfLine = { x: 240, y: 810, text: '杭州市人民政府公报', size: 10 };
    const pdf = makePdf([
      [
        header,
        { x: 300, y: 780, text: 'ZJAC00-2024-0001' },
        { x: 100, y: 700, text: '杭州市人民政府文件', size: 40 },
        ...paragraph(650, fill(24), fill(26)),
      ],
      [header, { x: LEFT, y: 760, text: `${fill(3)}。` }],
      [header, ...paragraph(760, '第三页正文。')],
    ]);
    const { text, excluded } = await readPdf(pdf, 'h.pdf');
    const lines = text.trimEnd().split('\n');
    expect(lines).toEqual(
      [header.text, 'ZJAC00-2024-0001', '杭州市人民政府文件', `${fill(24)}${fill(26)}${fill(3)}。`].concat([
        header.text,
        header.text,
        '第三页正文。',
      ]),
    );
    expect(excluded.map((e) => [e.line, e.reason])).toEqual([
      [1, '页眉页脚'],
      [2, '登记号'],
      [3, '版头'],
      [5, '页眉页脚'],
      [6, '页眉页脚'],
    ]);
  });

  it('removes the spaces pdf.js puts around digits in Chinese text and keeps those between Latin words', async () => {
    const pdf = makePdf([
      [
        { x: LEFT, y: 760, text: '2024 年 2 月 18 日' },
        { x: INDENT, y: 731, text: 'Open Source 软件' },
      ],
    ]);
    expect((await readPdf(pdf, 'd.pdf')).text).toBe('2024年2月18日\nOpen Source软件\n');
  });
});

describe('readPdf: refusals', () => {
  it('refuses a page without a text layer that paints an image, naming the page', async () => {
    const error = await refusal(makePdf([[{ x: LEFT, y: 760, text: '封面' }], { lines: [], image: true }]));
    expect(error.message).toBe(
      'policy.pdf: page 2 has no text layer (a scanned image?); the ingest does not do OCR: ' +
        "find a PDF with text, or the document's web page",
    );
  });

  it('lists a blank page (no text, no image) as dropped instead', async () => {
    const result = await readPdf(makePdf([[{ x: LEFT, y: 760, text: '正文。' }], []]), 'e.pdf');
    expect(result).toEqual({ text: '正文。\n', excluded: [], dropped: ['page 2: blank (no text, no image)'] });
  });

  it('refuses a text layer whose punctuation maps to Yi syllables', async () => {
    const error = await refusal(makePdf([[{ x: LEFT, y: 760, text: '为推动经济高质量发展ꎬ制定本政策ꎮ' }]]));
    expect(error.message).toMatch(
      /^policy\.pdf: page 1 has a garbled text layer: ꎬ \(U\+A3AC\) ×1, ꎮ \(U\+A3AE\) ×1/,
    );
    expect(error.message).toContain('the text cannot be trusted');
  });

  it('refuses a file that is not a PDF, and a broken one', async () => {
    expect((await refusal(new TextEncoder().encode('<html>通知</html>'))).message).toMatch(
      /^policy\.pdf: not a PDF \(no %PDF- header/,
    );
    expect((await refusal(new TextEncoder().encode('%PDF-1.7\nnot a pdf'))).message).toMatch(
      /^policy\.pdf: pdf\.js cannot read the PDF .*download it again$/,
    );
  });

  it('refuses a document past a bound, naming it', async () => {
    const two = makePdf([[{ x: LEFT, y: 760, text: '一' }], [{ x: LEFT, y: 760, text: '二' }]]);
    expect((await refusal(two, { maxPages: 1 })).message).toBe(
      'policy.pdf: 2 pages, more than the ingest reads (1); split the document',
    );
    expect((await refusal(two, { maxBytes: 100 })).message).toMatch(/^policy\.pdf: \d+ bytes, more than .*\(100\)/);
    expect((await refusal(two, { maxChars: 1 })).message).toMatch(/more than 1 characters of text by page 2/);
  });
});

/** The city's PDF as published (a public official document, kept as a fixture). */
const REAL = 'tests/fixtures/ingest/hangzhou-2024-16-economy-policies.pdf';

describe('readPdf: the 2024 Hangzhou policy (杭政函〔2024〕16号)', () => {
  const numerals = '一二三四五六七八九';
  /** A Chinese numeral from 1 to 99, as the policy numbers its items. */
  const chinese = (n: number): string =>
    n < 10
      ? (numerals[n - 1] ?? '')
      : `${n >= 20 ? (numerals[Math.floor(n / 10) - 1] ?? '') : ''}十${n % 10 ? (numerals[(n % 10) - 1] ?? '') : ''}`;

  it('starts each item on a line of its own, keeps the 文号 and excludes the page marks', async () => {
    const { text, excluded } = await readPdf(new Uint8Array(readFileSync(REAL)), 'hangzhou.pdf');
    const lines = text.split('\n');
    for (let n = 1; n <= 75; n++) expect(lines.some((l) => l.startsWith(`（${chinese(n)}）`))).toBe(true);
    expect(normalizeText(text)).toContain('杭政函〔2024〕16号');
    expect(text).not.toMatch(/\d 年|\d 万元/);
    const marks = lines.filter((l) => /^—\s*\d+\s*—$/.test(l));
    expect(marks).toHaveLength(34);
    expect(excluded.filter((e) => e.reason === '页码').map((e) => e.text)).toEqual(marks);
    for (const e of excluded) expect(lines[e.line - 1]).toBe(e.text);
    expect(excluded.map((e) => e.reason)).toEqual(expect.arrayContaining(['登记号', '版头']));
    const midSentence = lines.filter(
      (l, i) => l !== '' && !/[。；：！？）”]$/.test(l) && !excluded.some((e) => e.line === i + 1),
    );
    expect(midSentence.length).toBeLessThan(10); // the title, the 文号, the signature and the 印发 line
  });
});
