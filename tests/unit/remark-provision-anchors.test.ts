import { describe, expect, it } from 'vitest';
import { bodyBlocks, provisionParts } from '../../src/lib/text/provision-parts';
import { expected, fixtures, render } from '../fixtures/remark/harness';

// Fixtures: tests/fixtures/remark/provision-anchors-*/ (input.md, optional config.json, output.html).
const cases = fixtures('provision-anchors-');

describe('remarkProvisionAnchors', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const actual = render(fixture, 'provision-anchors');
    expect(actual).toBe(expected(fixture, actual));
  });

  it('gives 第（三）项 of a one-list article the anchor item-3, cited as 第（三）项', () => {
    const [fixture] = fixtures('provision-anchors-items');
    if (!fixture) throw new Error('fixture provision-anchors-items is missing');
    expect(render(fixture, 'provision-anchors')).toContain(
      '<p id="item-3" class="item" title="第（三）项">（三）其他违反本办法的行为。</p>',
    );
  });

  it('qualifies items by their 款 when two 款 have lists', () => {
    const parts = provisionParts(bodyBlocks('甲：\n\n（一）子；\n\n乙：\n\n（一）丑。'));
    expect(parts.map((p) => [p.anchor, p.label])).toEqual([
      ['para-1', '第一款'],
      ['para-1-item-1', '第一款第（一）项'],
      ['para-2', '第二款'],
      ['para-2-item-1', '第二款第（一）项'],
    ]);
  });

  it('treats a text that opens with （一） as a 款, not an item of nothing', () => {
    expect(provisionParts(['（一）大力发展战略性新兴产业。'])[0]).toMatchObject({ kind: 'para', anchor: 'para-1' });
  });
});
