import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readLawRefBook } from '../../src/lib/ingest/formats/lawrefbook';
import { readBounded } from '../../src/lib/ingest/formats/read-source';
import { runIngest } from '../../src/lib/ingest/run';
import { unwrapLines } from '../../src/lib/ingest/unwrap';
import { parseLines } from '../../src/lib/ingest/parse';
import { loadContent } from '../../src/lib/content/load';
import { validateContent } from '../../src/lib/validate/index';
import { formatIssues } from '../../src/lib/content/issue';
import { ingest, tempRoot } from '../fixtures/ingest/support';
import { makePdf } from './helpers/make-pdf';

/** Ingests a file into a fresh root, then validates the root as the build does. */
async function ingestFile(input: string, policy: string): Promise<{ root: string; report: string }> {
  const root = tempRoot();
  await runIngest({ input: resolve(input), policy, out: root, force: false, check: false });
  const { issues } = validateContent(root);
  return { root, report: issues.length === 0 ? 'valid' : formatIssues(issues) };
}

describe('hard-wrapped text: paragraphs rebuilt, facts read across the wrap', () => {
  const wrapped = [
    '示例市人民政府关于支持制造业的若干意见',
    '为支持制造业发展，现提出如下意见。',
    '（一）支持企业争创冠军。对国家级制造业单项冠军示范企业、省级隐',
    '形冠军企业、专精特新小巨人企业和示范企业分别给予200万元、100',
    '万元的奖励。按照《示例市人民政府关于实施的通知》（杭政办函〔2017〕1',
    '02号）相关政策给予支持。对新认定的企业，按照其研发投入给予不超过',
    '百分之十的补助，最高不超过五百万元，具体办法由市经信局另行制定并',
    '报市政府同意后实施，对符合条件的企业每年评审一次，评审结果向社会',
    '公示。',
    '（二）加强组织领导。',
    '建立工作机制。',
  ];
  it('joins lines that end at the wrap width inside a sentence, and keeps a heading alone on its line', () => {
    const lines = unwrapLines(parseLines(wrapped.join('\n')).children.filter((c) => c.type === 'line'));
    expect(lines.map((l) => l.value)).toContain('（二）加强组织领导。');
    expect(lines.some((l) => l.value.includes('分别给予200万元、100万元的奖励'))).toBe(true);
    expect(lines.some((l) => l.value.includes('杭政办函〔2017〕102号'))).toBe(true);
  });
  it('reads the 100万元 award and the 102号 citation that the wraps split', () => {
    const r = ingest(wrapped.join('\n'), 'sample-wrapped');
    const awards = r.clauses[0]?.data.awards.map((a) => a.amount.type === 'fixed' && a.amount.yuan);
    expect(awards).toContain(1_000_000);
    expect(JSON.stringify(r.clauses[0]?.data.citations)).toContain('102号');
  });
  it('leaves a text that is not wrapped as it is', () => {
    const text = ['标题条例', '第一条 为了测试，制定本条例。', '第二条 本条例自2024年1月1日起施行。'].join('\n');
    expect(unwrapLines(parseLines(text).children.filter((c) => c.type === 'line'))).toHaveLength(3);
  });
});

describe('LawRefBook Markdown, read as it comes', () => {
  const md =
    '# 示例省测试条例\n\n2020年1月1日 示例省人民代表大会常务委员会通过\n\n<!-- INFO END -->\n\n## 第一章　总则\n\n第一条 为了测试，制定本条例。\n\n第二条 本条例自2020年3月1日起施行。\n';
  it('drops the heading marks and keeps the info marker as an excluded line', () => {
    const r = readLawRefBook(md);
    expect(r.text.split('\n')[0]).toBe('示例省测试条例');
    expect(r.text).toContain('\n第一章　总则\n');
    expect(r.excluded).toEqual([{ line: 5, text: '<!-- INFO END -->', reason: 'LawRefBook 信息块结束标记' }]);
  });
  it('ingests into a base the build accepts, with its passage facts', async () => {
    const dir = tempRoot(false);
    writeFileSync(join(dir, 'law.md'), md);
    const { root, report } = await ingestFile(join(dir, 'law.md'), 'sample-law');
    expect(report).toBe('valid');
    expect(readdirSync(join(root, 'content/sources')).sort()).toEqual(['sample-law.md', 'sample-law.txt']);
    const policy = loadContent(root, []).policies[0]?.data;
    expect(policy?.title).toBe('示例省测试条例');
    expect(policy?.passed?.date).toBe('2020-01-01');
    expect(policy?.effectiveFrom.date).toBe('2020-03-01');
    // The content's normaliser writes the marker's ! full-width, as every text of the base.
    expect(policy?.source.excluded).toEqual(['<！-- INFO END -->']);
  });
});

describe('a PDF and a web page ingest end to end, and the build accepts them', () => {
  it('a made-up PDF: wrapped lines joined, the page mark excluded, the original kept beside its text', async () => {
    const dir = tempRoot(false);
    const line = (y: number, text: string, x = 72) => ({ x, y, text });
    const pdf = makePdf([
      [
        line(760, '示例市人民政府关于支持测试的若干意见', 120),
        line(720, '为支持测试，现提出如下意见。', 96),
        line(690, '（一）指导思想'),
        line(660, '坚持测试先行，对认定的测试企业分别给予200万元、', 96),
        line(630, '100万元的奖励，具体办法另行制定并报市政府同意后实施。'),
        line(60, '— 1 —', 280),
      ],
    ]);
    writeFileSync(join(dir, 'policy.pdf'), pdf);
    const { root, report } = await ingestFile(join(dir, 'policy.pdf'), 'sample-pdf');
    expect(report).toBe('valid');
    expect(readdirSync(join(root, 'content/sources')).sort()).toEqual(['sample-pdf.pdf', 'sample-pdf.txt']);
    const kb = loadContent(root, []);
    expect(kb.clauses[0]?.data.title).toBe('指导思想');
    expect(kb.clauses[0]?.data.titleEnd).toBe('');
    expect(kb.policies[0]?.data.source.excluded).toEqual(['— 1 —']);
  });
  it('a saved web page: the article body, navigation excluded, no markup in the content', async () => {
    const dir = tempRoot(false);
    const page = `<!doctype html><html><head><title>示例市人民政府关于支持测试的若干意见 - 示例市人民政府</title><script>var x = "（九）脚本";</script></head>
      <body><nav><a href="/">首页</a> &gt; <a href="/zc">政策文件</a></nav>
      <div class="article"><h1>示例市人民政府关于支持测试的若干意见</h1>
      <p>为支持测试，现提出如下意见。</p><p>一、总体要求</p><p>坚持测试先行，推动测试发展。</p>
      <p>二、政策措施</p><p>（一）支持测试企业。对认定的测试企业给予50万元奖励。</p>
      <p onclick="alert(1)">（二）加强组织领导。建立<a href="javascript:alert(1)">工作机制</a>。</p>
      <p>本意见自印发之日起施行。</p></div><div class="footer">版权所有 示例市人民政府</div></body></html>`;
    writeFileSync(join(dir, 'page.html'), page);
    const { root, report } = await ingestFile(join(dir, 'page.html'), 'sample-html');
    expect(report).toBe('valid');
    const kb = loadContent(root, []);
    expect(kb.clauses.map((c) => c.data.numeral)).toEqual(['一', '二']);
    expect(kb.policies[0]?.data.divisions.map((d) => [d.title, d.intro])).toEqual([
      ['总体要求', '坚持测试先行，推动测试发展。'],
      ['政策措施', ''],
    ]);
    expect(kb.policies[0]?.data.closing).toBe('本意见自印发之日起施行。');
    const all = readdirSync(join(root, 'content'), { recursive: true })
      .map(String)
      .filter((f) => /\.(?:md|yaml)$/u.test(f))
      .map((f) => readFileSync(join(root, 'content', f), 'utf8'))
      .join('\n');
    expect(all).not.toMatch(/onclick|javascript:|<script|脚本/u);
  });
  it('the 2024 Hangzhou PDF as published: cover notice, 8 areas, 76 items, 文号 and date read, lossless', async () => {
    const { root, report } = await ingestFile(
      'tests/fixtures/ingest/hangzhou-2024-16-economy-policies.pdf',
      'hz-2024-policies',
    );
    expect(report).toBe('valid');
    const kb = loadContent(root, []);
    const policy = kb.policies[0]?.data;
    expect(policy?.title).toBe('关于进一步推动经济高质量发展的若干政策');
    expect(policy?.cover?.title).toBe('杭州市人民政府印发关于进一步推动经济高质量发展若干政策的通知');
    expect(policy?.docNumber).toBe('杭政函〔2024〕16号');
    expect(policy?.issuedOn).toBe('2024-02-18');
    expect(policy?.issuers).toEqual(['杭州市人民政府']);
    expect(policy?.printed).toEqual({ date: '2024-02-18', by: '杭州市人民政府办公厅' });
    expect(policy?.copiedTo).toMatch(/^市委各部门，市纪委.*市各民主党派。$/u);
    expect(policy?.divisions).toHaveLength(8);
    expect(kb.clauses).toHaveLength(76);
    expect(policy?.defects).toEqual([]);
    expect(policy?.closing).toContain('均为2024年全年有效');
    // No provision ends inside a sentence: every hard wrap of the PDF was joined.
    for (const c of kb.clauses) expect(c.body.trim()).toMatch(/[。）”]$/u);
  }, 30_000);
});

describe('input that is not a regular file within the bound is refused before it is read', () => {
  it('a folder, a pipe and a file past the bound', () => {
    const dir = tempRoot(false);
    expect(() => readBounded(dir)).toThrow('not a regular file');
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => readBounded(fifo)).toThrow('not a regular file');
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big/x.txt'), 'x'.repeat(2000));
    expect(() => readBounded(join(dir, 'big/x.txt'), 1000)).toThrow('2000 bytes, more than the ingest reads (1000)');
  });
});

describe('a hard-wrapped copy of the real 2018 source gives the same facts as the source', () => {
  /** Breaks every line at `width` display columns, as a PDF or an e-mail copy does. */
  const hardWrap = (text: string, width: number) =>
    text
      .split('\n')
      .flatMap((line) => {
        const out: string[] = [];
        let current = '';
        let w = 0;
        for (const ch of line) {
          const cw = (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
          if (w + cw > width) {
            out.push(current);
            current = '';
            w = 0;
          }
          current += ch;
          w += cw;
        }
        return [...out, current];
      })
      .join('\n');
  it('every award, citation and provision is read across the wraps', () => {
    const raw = readFileSync('content/sources/hangzhou-2018-manufacturing-opinions.raw.txt', 'utf8');
    const facts = (r: ReturnType<typeof ingest>) =>
      r.clauses.map((c) => ({
        numeral: c.data.numeral,
        title: c.data.title,
        awards: c.data.awards.map((a) => a.amount),
        citations: c.data.citations.map((x) => x.ref),
      }));
    const source = facts(ingest(raw, 'sample-2018'));
    for (const width of [60, 72, 80]) expect(facts(ingest(hardWrap(raw, width), 'sample-2018'))).toEqual(source);
  });
});
