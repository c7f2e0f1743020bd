/** Reads the site's JSON API through the test server, typed loosely for assertions. */
import type { APIRequestContext } from '@playwright/test';
import type { PolicyJson } from '../../../src/lib/site/api-types';

/** An award of /api/awards.json, as far as the tests read it. */
export interface ApiAward {
  id: string;
  policy: string;
  clause: number;
  amountText: string;
  maxYuan: number | null;
}

/** GET a JSON file of /api/ and fail with its status if it is not there. */
export async function getJson<T>(request: APIRequestContext, file: string): Promise<T> {
  const res = await request.get(`/api/${file}`);
  if (!res.ok()) throw new Error(`/api/${file}: HTTP ${String(res.status())}`);
  return (await res.json()) as T;
}

/** A policy of /api/policies.json: the API's own contract type, never a copy of it. */
export type ApiPolicy = PolicyJson;

/** Every policy of the base, as /api/policies.json lists them. */
export async function apiPolicies(request: APIRequestContext): Promise<ApiPolicy[]> {
  return getJson<ApiPolicy[]>(request, 'policies.json');
}
