/**
 * /search/parts.json: the 部分或章 filter's values by policy (see lib/search/parts.ts), fetched by
 * the search page when a policy is chosen.
 */
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../loaders/knowledge-base';
import { partsByPolicy } from '../../lib/search/parts';

export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  const parts = partsByPolicy(kb.clauses.map((c) => ({ policy: c.policy, part: c.trail[0]?.name })));
  return new Response(JSON.stringify(parts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
