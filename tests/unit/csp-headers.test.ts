import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headOf } from '../../src/integrations/csp-headers';
import { cspOfHtml } from '../../src/lib/site/headers-file';

const dir = mkdtempSync(path.join(tmpdir(), 'csp-head-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('reading a page for its CSP', () => {
  it('reads a large page only up to its head, and keeps characters split across reads whole', () => {
    // A head longer than one read (64 KB) with Chinese text across the boundary, then 8 MB of body.
    const head = `<head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>${'政策'.repeat(20_000)}</title></head>`;
    const file = path.join(dir, 'big.html');
    writeFileSync(file, `<!doctype html><html>${head}<body>${'条款'.repeat(1_400_000)}</body></html>`);
    const read = headOf(file);
    expect(read.length).toBeLessThan(head.length + 70_000);
    expect(read).toContain('政策'.repeat(20_000));
    expect(read).not.toContain('\ufffd');
    expect(cspOfHtml(read)).toBe("default-src 'self'");
  });

  it('reads a page without a head to its end', () => {
    const file = path.join(dir, 'small.html');
    writeFileSync(file, '<p>无</p>');
    expect(headOf(file)).toBe('<p>无</p>');
  });
});
