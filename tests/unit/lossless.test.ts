import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { normalizeText } from '../../src/lib/text/normalize';
import { firstDifference, rebuildPolicyText, sourcePolicyText, withoutLayout } from '../../src/lib/validate/lossless';

const kb = loadContent(process.cwd(), []);

describe('nothing is lost', () => {
  it.each(kb.policies.map((p) => [p.data.id, p] as const))(
    '%s: the content in document order is the source’s policy text',
    (_id, policy) => {
      const raw = readFileSync(policy.data.source.rawFile, 'utf8');
      const diff = firstDifference(
        sourcePolicyText(raw, policy.data.source.excluded),
        rebuildPolicyText(policy.data, kb.clauses),
      );
      expect(
        diff,
        diff ? `first difference at ${String(diff.index)}: source "${diff.expected}" vs content "${diff.actual}"` : '',
      ).toBeNull();
    },
  );

  it.each(kb.policies.map((p) => [p.data.id, p] as const))(
    '%s: what is left out is boilerplate or the repeated title, never policy text',
    (_id, policy) => {
      const rebuilt = rebuildPolicyText(policy.data, kb.clauses);
      for (const line of policy.data.source.excluded) {
        // A left-out line may only repeat the title (a page heading); anything else must be text the policy does not contain.
        if (line === policy.data.title) continue;
        expect(rebuilt.includes(normalizeText(line)), line).toBe(false);
      }
      const raw = normalizeText(readFileSync(policy.data.source.rawFile, 'utf8'));
      const kept = raw.split('\n').filter((l) => l.trim() !== '' && !policy.data.source.excluded.includes(l.trim()));
      expect(withoutLayout(kept.join('')).length).toBe(rebuilt.length);
    },
  );

  it('the 2018 policy has its 22 clauses, 6 parts, preamble and closing', () => {
    const policy = kb.policies.find((p) => p.data.id === 'hz-2018-manufacturing');
    expect(policy?.data.divisions.map((d) => `${d.kind}:${d.numeral}`)).toEqual(
      ['一', '二', '三', '四', '五', '六'].map((n) => `part:${n}`),
    );
    expect(kb.clauses.filter((c) => c.data.policy === 'hz-2018-manufacturing').map((c) => c.data.number)).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
    expect(policy?.data.preamble).toMatch(/^制造业是国民经济的主体/);
    expect(policy?.data.closing).toMatch(/^本意见自印发之日起施行/);
  });
});
