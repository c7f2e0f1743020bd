import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyText, escapeBodyText, PARSE_BUDGET, readBody } from '../../src/lib/content/body';
import { CLAUSE_16, copyContent, edit, report } from './helpers/content-copy';

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

// Markup in a clause body, each as an attacker or a careless paste would write it, with what the
// author is told it is and on which line of the body it starts.
const markup: Array<[name: string, body: string, what: string, line: number]> = [
  ['a script tag', '<script>alert(1)</script>支持企业', 'raw HTML', 1],
  ['an event handler', '支持<img src=x onerror=alert(1)>企业', 'raw HTML', 1],
  ['an iframe', "<iframe src='https://example.com'></iframe>", 'raw HTML', 1],
  ['a javascript: link', '[点此](javascript:alert(1))', 'a link', 1],
  ['an autolink', '<javascript:alert(1)>', 'a link', 1],
  ['a reference link', '第一段。\n\n见[文件][1]。\n\n[1]: https://example.com', 'a reference link [text][label]', 3],
  ['a link definition', '[1]: javascript:alert(1)', 'a link definition ([label]: address)', 1],
  ['an image', '![图](https://example.com/x.png)', 'an image', 1],
  ['a reference image', '![图][x]\n\n[x]: /x.png', 'a reference image ![text][label]', 1],
  ['nested brackets', '[[支持]](https://example.com)', 'a link', 1],
  ['a heading', '第一段。\n\n# 标题', 'a Markdown heading (a line starting with #, or underlined with = or -)', 3],
  ['a setext heading', '标题\n===', 'a Markdown heading (a line starting with #, or underlined with = or -)', 1],
  ['a setext heading with -', '标题\n---', 'a Markdown heading (a line starting with #, or underlined with = or -)', 1],
  ['a rule of ***', '第一段。\n\n***\n\n第二段。', 'a horizontal rule (a line of ***, --- or ___)', 3],
  [
    'indented code',
    '第一段。\n\n    代码',
    'a code block (a line indented by 4 spaces or a tab, or fenced with ``` or ~~~)',
    3,
  ],
  [
    'fenced code',
    '```\n代码\n```',
    'a code block (a line indented by 4 spaces or a tab, or fenced with ``` or ~~~)',
    1,
  ],
  ['a quote', '> 引用', 'a quote block (a line starting with >)', 1],
  ['a list', '- 一\n- 二', 'a Markdown list (a line starting with -, +, * or a number and . or ))', 1],
  ['a numbered list', '第一段。\n\n1. 一', 'a Markdown list (a line starting with -, +, * or a number and . or ))', 3],
  ['bold text', '对获评**国家级**的', 'bold text **…**', 1],
  ['bold with underscores', '对获评 __国家级__ 的', 'bold text **…**', 1],
  ['italic text', '对获评*国家级*的', 'italic text *…*', 1],
  ['inline code', '对获评`国家级`的', 'inline code `…`', 1],
  ['a hard break', '第一行  \n第二行', 'a hard line break (two spaces or a \\ at the end of a line)', 1],
  ['a hard break by \\', '第一行\\\n第二行', 'a hard line break (two spaces or a \\ at the end of a line)', 1],
  ['a character reference', '甲&lt;乙', 'a character reference (&name; or &#number;)', 1],
  ['a numeric character reference', '甲&#60;乙', 'a character reference (&name; or &#number;)', 1],
];

// Policy text that looks like syntax but that Markdown reads as text, and escaped syntax.
const plain: Array<[name: string, body: string, text: string]> = [
  ['paragraphs', '第一段。\n\n第二段，\n续行。', '第一段。\n\n第二段，\n续行。'],
  ['brackets without a link', '见[附件1]。', '见[附件1]。'],
  ['a less-than sign', '占比<5%的', '占比<5%的'],
  ['an ampersand', 'R&D投入', 'R&D投入'],
  ['a number with a point at a line start', '1.5亿元', '1.5亿元'],
  ['a bare script URL (text, not a link)', 'javascript:alert(1)', 'javascript:alert(1)'],
  ['escaped stars', '评为\\*\\*级\\*\\*', '评为**级**'],
  ['an escaped heading mark', '\\# 不是标题', '# 不是标题'],
  ['escaped brackets', '见\\[附件\\](1)', '见[附件](1)'],
  ['an escaped list mark', '1\\. 一', '1. 一'],
  ['an escaped backslash', '甲\\\\乙', '甲\\乙'],
  ['an escaped ampersand', '甲\\&lt;乙', '甲&lt;乙'],
  ['escapes beside syntax-looking text', '\\*甲 R&D', '*甲 R&D'],
];

/**
 * Whether remark, reading the whole body at once, finds only paragraphs of text, each the text of
 * its source with escapes resolved (a character reference would make them differ).
 */
function plainByFullParse(body: string): boolean {
  const tree: Root = unified().use(remarkParse).parse(body);
  const squash = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\s+/g, '');
  return tree.children.every(
    (b) =>
      b.type === 'paragraph' &&
      b.children.every(
        (i) =>
          i.type === 'text' &&
          squash(body.slice(i.position?.start.offset, i.position?.end.offset)) === i.value.replace(/\s+/g, ''),
      ),
  );
}

describe('clause bodies are plain text', () => {
  it.each(markup)('rejects %s, saying what it is and where', (_name, body, what, line) => {
    const { problems } = readBody(body);
    expect(problems[0]).toMatchObject({ what, line });
    expect(problems[0]?.fix).toMatch(/\S/);
  });

  it.each(plain)('accepts %s and reads its text as the page shows it', (_name, body, text) => {
    expect(readBody(body).problems).toEqual([]);
    expect(bodyText(body)).toBe(text);
  });

  it('decides as remark does on the whole body (it parses only the paragraphs with syntax)', () => {
    for (const [, body] of markup) expect(plainByFullParse(body), body).toBe(false);
    for (const [, body] of plain) expect(plainByFullParse(body), body).toBe(true);
  });

  it('escapeBodyText stores any policy text as a plain body that reads back as the text', () => {
    // Random texts over the characters Markdown reads as syntax, Chinese, spaces and line breaks.
    const alphabet = [
      ...Array.from('\\`*_[]()<>&#!-+=~|.:;1 2\t'),
      '\n',
      '\n\n',
      '甲',
      '乙',
      '。',
      '&lt;',
      '1. ',
      '    ',
      '  \n',
      '***',
      '---',
      '[a](b)',
      '<b>',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const squash = (t: string) => t.replace(/\s+/g, '');
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const body = escapeBodyText(text).trim();
      expect(readBody(body).problems, JSON.stringify(text)).toEqual([]);
      expect(squash(bodyText(body)), JSON.stringify(text)).toBe(squash(text));
      expect(plainByFullParse(body), JSON.stringify(text)).toBe(true);
    }
  });

  it('reports every place, in order, with the line of the body', () => {
    const { problems } = readBody('第一段**粗**。\n\n第二段。\n\n第三段`码`，\n[链](x)。');
    expect(problems.map((p) => [p.line, p.what, p.source])).toEqual([
      [1, 'bold text **…**', '**粗**'],
      [5, 'inline code `…`', '`码`'],
      [6, 'a link', '[链](x)'],
    ]);
  });

  it('names the file, the line of the file, the markup and the fix', () => {
    root = copyContent();
    edit(root, CLAUSE_16, '支持企业运用互联网技术', '支持**企业**运用互联网技术');
    const lines = readFileSync(join(root, CLAUSE_16), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('**企业**')) + 1;
    expect(report(root)).toContain(
      [
        CLAUSE_16,
        `  (body) line ${String(line)}: found bold text **…**: "**企业**"; expected the clause's plain text, as the policy writes it (paragraphs separated by blank lines, no Markdown).`,
        '    Fix: write the text plainly, without the ** or __; if the character is part of the policy text, put a \\ before it (\\* or \\_)',
      ].join('\n'),
    );
  });

  it('refuses a body with more syntax than it can parse quickly, naming the first', () => {
    const body = `第一段。\n\n甲${'*乙_'.repeat(Math.ceil(Math.sqrt(PARSE_BUDGET)))}`;
    const { problems } = readBody(body);
    expect(problems).toEqual([
      {
        line: 3,
        what: 'more Markdown syntax than a clause can hold (* _ ` [ ] < > & or markers at the start of lines), the first',
        source: '*乙_*乙_*乙_*乙_*乙_*乙_*乙',
        fix: 'write the text plainly; if the character is part of the policy text, put a \\ before it (\\*)',
      },
    ]);
  });

  // A 512 KB body (the largest file the loader reads) of the shapes that make CommonMark parsers
  // slow: each is checked well under a second (best of three runs, as other work shares the CPU).
  const KB512 = 512 * 1024;
  const fill = (unit: string) => unit.repeat(Math.floor(KB512 / Buffer.byteLength(unit)));
  const heavy: Array<[string, string]> = [
    ['plain text', fill('支持企业运用互联网技术提升能源利用效率。')],
    ['many paragraphs', fill('段落。\n\n')],
    ['emphasis delimiters', fill('文*本_')],
    ['nested quotes', fill('> ')],
    ['nested lists', fill('- ')],
    ['unclosed links', fill('[a](')],
    ['brackets', fill('[[')],
    ['escapes', fill('文\\*本\\[')],
    ['one star in a long paragraph', `${fill('文本')}*`],
    ['markup in every paragraph', fill('文\\*本 **粗** [链](x) <b>。\n\n')],
    ['ampersands in every paragraph', fill('R&D投入。\n\n')],
  ];
  it.each(heavy)('checks a 512 KB body of %s well under a second', (_name, body) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      readBody(body);
      best = Math.min(best, performance.now() - start);
    }
    expect(best).toBeLessThan(500);
  });
});
