import { describe, expect, it } from 'vitest';
import { expected, fixtures, render } from '../fixtures/remark/harness';

// Fixtures: tests/fixtures/remark/number-spans-*/ (input.md, optional config.json, output.html).
const cases = fixtures('number-spans-');

describe('remarkNumberSpans', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const actual = render(fixture, 'number-spans');
    expect(actual).toBe(expected(fixture, actual));
  });

  it('keeps a range, a year and a sum with its unit on one line, and adds no character', () => {
    const [fixture] = fixtures('number-spans-ranges-and-units');
    if (!fixture) throw new Error('fixture missing');
    const html = render(fixture, 'number-spans');
    for (const n of ['3—5年', '2020年', '70家', '15%', '300万元', '1.5亿元'])
      expect(html).toContain(`<span class="nowrap">${n}</span>`);
    expect(html.replace(/<[^>]+>/g, '').trim()).toBe(fixture.input.trim());
  });

  it('leaves numbers inside links alone (a 文号 stays one link)', () => {
    const [fixture] = fixtures('number-spans-with-sentences-and-links');
    if (!fixture) throw new Error('fixture missing');
    expect(render(fixture, 'number-spans')).toContain('class="citation">杭政办函〔2018〕64号</a>');
  });
});
