import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkCitationLinks } from '../../src/remark/citation-links';
import { DEFAULT_REFERENCES, expected, fixtures, render } from '../fixtures/remark/harness';

// Fixtures: tests/fixtures/remark/citation-links-*/ (input.md, config.json, output.html).
const cases = fixtures('citation-links-');

describe('remarkCitationLinks', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const actual = render(fixture, 'citation-links');
    expect(actual).toBe(expected(fixture, actual));
  });

  it('links a cited number to the referenced document page, titled with the document title', () => {
    const [fixture] = fixtures('citation-links-doc-number');
    if (!fixture) throw new Error('fixture citation-links-doc-number is missing');
    expect(render(fixture, 'citation-links')).toContain(
      '<a href="/references/hangzhengbanhan-2018-64/" title="杭州市人民政府办公厅关于印发杭州市高新技术企业培育三年行动计划（2018—2020年）的通知" class="citation">杭政办函〔2018〕64号</a>',
    );
  });

  it('links nothing that the frontmatter does not declare', () => {
    const [fixture] = fixtures('citation-links-undeclared');
    if (!fixture) throw new Error('fixture citation-links-undeclared is missing');
    expect(render(fixture, 'citation-links')).not.toContain('<a');
  });

  it('links a document declared twice where its first declaration says', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkCitationLinks, {
        references: DEFAULT_REFERENCES,
        href: (id: string, provision?: number) => `/references/${id}/${String(provision)}/`,
      })
      .use(remarkRehype)
      .use(rehypeStringify);
    const citations = [
      { ref: 'hangzhengbanhan-2018-64', provision: 3 },
      { ref: 'hangzhengbanhan-2018-64', provision: 5 },
    ];
    const html = String(
      processor.processSync({ value: '按杭政办函〔2018〕64号执行。', data: { astro: { frontmatter: { citations } } } }),
    );
    expect(html).toContain('href="/references/hangzhengbanhan-2018-64/3/"');
  });
});
