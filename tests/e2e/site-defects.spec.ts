/**
 * Defects of the source, kept as published: the policy's page says what its source lacks and
 * links to the part concerned; a policy whose source is whole says nothing; the API lists them.
 */
import { expect, test } from '@playwright/test';
import type { PolicyJson } from '../../src/lib/site/api-types';
import { getJson } from './helpers/api';

const PRIVATE = '/policies/zj-2020-private-enterprises/';

/** What the test reads of /api/policies.json: the contract's own type. */
type ApiPolicyDefects = Pick<PolicyJson, 'id' | 'defects'>;

test('a policy whose source lacks a heading says so after its record, linking to the chapter', async ({ page }) => {
  await page.goto(PRIVATE);
  const block = page.getByRole('region', { name: '原文缺陷' });
  await expect(block).toBeVisible();
  await expect(block).toContainText('本库照原文收录，未作修补');
  await expect(block.getByRole('listitem')).toContainText(['原文缺第一章的标题']);
  await expect(block.getByRole('link', { name: '第一章', exact: true })).toHaveAttribute(
    'href',
    `${PRIVATE}chapters/1/`,
  );
  await expect(block).toHaveAttribute('data-pagefind-ignore', '');
});

test('a policy without defects shows no defects block', async ({ page }) => {
  await page.goto('/policies/zj-2020-digital-economy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('浙江省数字经济促进条例');
  await expect(page.getByRole('region', { name: '原文缺陷' })).toHaveCount(0);
  await expect(page.getByText('原文缺陷')).toHaveCount(0);
});

test('/api/policies.json gives every policy its defects', async ({ request }) => {
  const policies = await getJson<ApiPolicyDefects[]>(request, 'policies.json');
  expect(policies.length).toBeGreaterThan(1);
  for (const p of policies) expect(Array.isArray(p.defects), p.id).toBe(true);
  const missing = policies.find((p) => p.id === 'zj-2020-private-enterprises')?.defects;
  expect(missing).toContainEqual(expect.objectContaining({ kind: 'missing-heading', place: '第一章', division: '1' }));
  expect(policies.find((p) => p.id === 'zj-2020-digital-economy')?.defects).toEqual([]);
});
