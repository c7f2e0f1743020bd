import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/lib/ingest/errors';
import { readHtml } from '../../src/lib/ingest/formats/html';

// Pages made up in the shape of the pages of Chinese government sites: the article among
// navigation, breadcrumbs, share and print buttons, a footer, scripts and styles.

const TITLE = '示例市人民政府办公厅关于印发示例市促进测试产业发展若干政策的通知';
const PARAGRAPHS = [
  '各区、县（市）人民政府，市政府各部门、各直属单位：',
  '《示例市促进测试产业发展若干政策》已经市政府同意，现印发给你们，请认真贯彻执行。',
  '一、支持测试企业做大做强',
  '（一）对首次认定为国家级测试示范企业的，给予一次性奖励100万元。',
  '（二）对年度测试收入首次超过1亿元的企业，给予50万元奖励。',
  '二、本政策自2024年1月1日起施行，由市经信局负责解释。',
];

/** A government page around an article body. */
const page = (body: string, head = '') => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE} - 示例市人民政府</title>
<style>.article { font-size: 16px }</style>
<script>document.write("政策");</script>${head}</head>
<body>
<div class="header"><div class="logo"><h1>示例市人民政府</h1></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bs/">办事服务</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>
<div class="main">
${body}
<div class="share">分享到：<a href="javascript:void(0)" onclick="share('wx')">微信</a> <a href="#" onclick="share('wb')">微博</a>
<span>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
</div>
<div class="footer"><p>版权所有：示例市人民政府办公厅</p><p>主办单位：示例市人民政府办公厅 网站标识码：0000000000</p><p>浙ICP备00000000号</p></div>
<script src="/js/stat.js"></script>
</body></html>`;

const article = `<div class="article">
<h1 class="title">${TITLE}</h1>
<div id="zoom" class="TRS_Editor">
<p style="text-align:center">示政办函〔2024〕1号</p>
${PARAGRAPHS.map((p) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;${p}</p>`).join('\n')}
</div></div>`;

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** The IngestError a call throws. */
function refusal(read: () => unknown): IngestError {
  try {
    read();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('readHtml', () => {
  it('reads a government page: title first, body in order, the frame excluded after it, scripts dropped', () => {
    const { text, excluded, dropped } = readHtml(page(article), 'policy.html');
    const out = lines(text);
    expect(out.slice(0, 2 + PARAGRAPHS.length)).toEqual([TITLE, '示政办函〔2024〕1号', ...PARAGRAPHS]);
    expect(text).not.toMatch(/document\.write|政策"\)|share\(|javascript|stat\.js|font-size|href/);
    const bodyEnd = 2 + PARAGRAPHS.length;
    expect(excluded.map((e) => e.line)).toEqual(out.slice(bodyEnd).map((_, k) => bodyEnd + k + 1));
    for (const e of excluded) expect(out[e.line - 1]).toBe(e.text);
    const reasonOf = (words: string) => excluded.find((e) => e.text.includes(words))?.reason;
    expect(reasonOf('政务公开')).toBe('导航');
    expect(reasonOf('当前位置')).toBe('导航');
    expect(reasonOf('分享到')).toBe('分享');
    expect(reasonOf('版权所有')).toBe('页脚');
    expect(reasonOf('ICP')).toBe('页脚');
    expect(dropped).toEqual(expect.arrayContaining(['1 style element', '2 script elements']));
    expect(dropped).toContain('event handler attributes on 2 elements');
    expect(dropped.some((d) => /^\d+ link targets$/.test(d))).toBe(true);
  });

  it('makes <br>-separated lines lines', () => {
    const body = `<div class="content">${TITLE}<br>${PARAGRAPHS.join('<br/>\n')}</div>`;
    const out = lines(readHtml(page(body), 'br.html').text);
    expect(out.slice(0, 1 + PARAGRAPHS.length)).toEqual([TITLE, ...PARAGRAPHS]);
  });

  it('finds a body in an old table layout and puts a row on one line', () => {
    const body = `<table width="100%"><tr><td class="menu"><a href="/a">通知公告</a><br><a href="/b">政策解读</a></td>
<td><table><tr><td align="center"><b>${TITLE}</b></td></tr>
<tr><td class="bt_content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></td></tr>
<tr><td>发布日期</td><td>2024-01-01</td></tr></table>`;
    const { text, excluded } = readHtml(page(body), 'table.html');
    const out = lines(text);
    expect(out[0]).toBe(TITLE);
    expect(out.slice(1, 1 + PARAGRAPHS.length)).toEqual(PARAGRAPHS);
    expect(excluded.find((e) => e.text.includes('通知公告'))?.reason).toBe('导航');
    expect(out).toContain('发布日期 2024-01-01');
  });

  it('refuses a page nested 10,000 deep quickly, naming the bound', () => {
    const deep = page(`${'<div>'.repeat(10_000)}${PARAGRAPHS.join('')}${'</div>'.repeat(10_000)}`);
    const started = performance.now();
    expect(refusal(() => readHtml(deep, 'deep.html')).message).toMatch(
      /^deep\.html: the page nests elements \d{5} deep, more than the ingest reads \(200\)$/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a page over 5 MB', () => {
    const big = page(`<div class="content"><p>${'测'.repeat(2_100_000)}</p></div>`);
    expect(refusal(() => readHtml(big, 'big.html')).message).toBe(
      'big.html: the page is 6.0 MB, more than the ingest reads (5 MB)',
    );
  });

  it('refuses a page with only navigation', () => {
    const error = refusal(() =>
      readHtml(page('<div class="list"><ul><li><a href="/1">通知一</a></li></ul></div>'), 'nav.html'),
    );
    expect(error.message).toBe(
      "nav.html: no article text found in the page; save the policy's own page (the one with its full text), or copy the text into a .txt file",
    );
    expect(error.exitCode).toBe(2);
  });

  it('keeps the text of a javascript: link only', () => {
    const body = `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>依据<a href="javascript:alert(1)">《某某办法》</a>执行。</p></div>`;
    const { text, dropped } = readHtml(`<html><body>${body}</body></html>`, 'js.html');
    expect(lines(text)).toContain('依据《某某办法》执行。');
    expect(text).not.toMatch(/alert|javascript/);
    expect(dropped).toEqual(['1 link target', '1 javascript: link']);
  });
});
