import { describe, expect, it } from 'vitest';
import { expected, fixtures, render } from '../fixtures/remark/harness';

// Fixtures: tests/fixtures/remark/sentence-anchors-*/ (input.md, optional config.json, output.html).
const cases = fixtures('sentence-anchors-');

describe('remarkSentenceAnchors', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const actual = render(fixture, 'sentence-anchors');
    expect(actual).toBe(expected(fixture, actual));
  });

  it('numbers sentences across paragraphs, so that s3 is the first sentence of the second paragraph', () => {
    const [fixture] = fixtures('sentence-anchors-paragraphs');
    if (!fixture) throw new Error('fixture sentence-anchors-paragraphs is missing');
    expect(render(fixture, 'sentence-anchors')).toContain('<p><span id="s3" class="sentence">第二段第一句；</span>');
  });

  it('keeps a citation link inside the sentence that contains it', () => {
    const [fixture] = fixtures('sentence-anchors-with-citations');
    if (!fixture) throw new Error('fixture sentence-anchors-with-citations is missing');
    expect(render(fixture, 'sentence-anchors')).toMatch(
      /<span id="s2" class="sentence">[^<]*<a href="\/references\/hangzhengbanhan-2018-64\/"/,
    );
  });
});
