import { mkdtempSync, mkdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentDigests, policyPageKey } from '../../src/lib/site/page-keys';

/** A content folder of two policies, two references and a vocabulary. */
function writeBase(root: string): void {
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  put('content/policies/a.yaml', 'id: a\n');
  put('content/policies/b.yaml', 'id: b\n');
  put('content/clauses/a/01.md', '---\nnumber: 1\n---\n第一条\n');
  put('content/clauses/a/sub/02.md', '---\nnumber: 2\n---\n第二条\n');
  put('content/clauses/b/01.md', '---\nnumber: 1\n---\n第一条\n');
  put('content/references/r1.yaml', 'id: r1\n');
  put('content/references/r2.yaml', 'id: r2\n');
  put('content/vocabularies/industries.yaml', '- name: 生物医药\n');
}

describe('incremental page keys', () => {
  let root = '';
  const context = { day: '2026-12-03', publisher: '政策库' };
  const keyOfA = (cites: string[] = ['r1'], ctx = context) => policyPageKey(contentDigests(root), 'a', cites, ctx);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'page-keys-'));
    writeBase(root);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('is the same for the same files, day and publisher', () => {
    expect(keyOfA()).toBe(keyOfA());
    expect(keyOfA(['r1', 'r1'])).toBe(keyOfA(['r1']));
  });

  it("changes with any file of the page's own policy, however deep", () => {
    const before = keyOfA();
    appendFileSync(path.join(root, 'content/clauses/a/sub/02.md'), '补充\n');
    expect(keyOfA()).not.toBe(before);
    const again = keyOfA();
    appendFileSync(path.join(root, 'content/policies/a.yaml'), 'title: 改\n');
    expect(keyOfA()).not.toBe(again);
  });

  it("does not change with another policy's files or a reference it does not cite", () => {
    const before = keyOfA();
    appendFileSync(path.join(root, 'content/clauses/b/01.md'), '补充\n');
    appendFileSync(path.join(root, 'content/references/r2.yaml'), 'title: 改\n');
    writeFileSync(path.join(root, 'content/policies/c.yaml'), 'id: c\n');
    expect(keyOfA()).toBe(before);
  });

  it('changes with a cited reference, the vocabularies, the day and the publisher', () => {
    const before = keyOfA();
    appendFileSync(path.join(root, 'content/references/r1.yaml'), 'title: 改\n');
    const afterRef = keyOfA();
    expect(afterRef).not.toBe(before);
    appendFileSync(path.join(root, 'content/vocabularies/industries.yaml'), '- name: 茶叶\n');
    const afterVocab = keyOfA();
    expect(afterVocab).not.toBe(afterRef);
    expect(keyOfA(['r1'], { ...context, day: '2026-12-04' })).not.toBe(afterVocab);
    expect(keyOfA(['r1'], { ...context, publisher: '某某市经济和信息化局' })).not.toBe(afterVocab);
  });
});
