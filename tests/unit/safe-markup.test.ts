import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAUSE_16, copyContent, edit, report } from './helpers/content-copy';

let root = '';
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

// Markup slipped into a clause body, each as an attacker or a careless paste would write it.
const attacks: Array<[string, string, string]> = [
  ['a script tag', '<script>alert(1)</script>', 'raw HTML: "<script>"'],
  ['an event handler', '<img src=x onerror=alert(1)>', 'raw HTML: "<img src=x onerror=alert(1)>"'],
  ['an iframe', "<iframe src='https://example.com'></iframe>", `raw HTML: "<iframe src='https://example.com'>"`],
  ['a javascript: link', '[点此](javascript:alert(1))', 'a Markdown link or image: "[点此](javascript:alert(1)"'],
  ['an autolink', '<javascript:alert(1)>', 'raw HTML: "<javascript:alert(1)>"'],
  ['a bare script URL', 'javascript:alert(1)', 'a script URL: "javascript:"'],
  ['a Markdown heading', '\n\n# 标题\n\n', 'Markdown block syntax (list, heading, quote or code): "# "'],
];

describe('clause bodies are plain text', () => {
  it.each(attacks)('rejects %s, naming the file and the markup', (_name, markup, found) => {
    root = copyContent();
    edit(root, CLAUSE_16, '支持企业运用互联网技术', `${markup}支持企业运用互联网技术`);
    const text = report(root);
    expect(text).toContain(`${CLAUSE_16}\n  (body): found ${found}`);
    expect(text).toContain('Fix: remove the markup');
  });
});
