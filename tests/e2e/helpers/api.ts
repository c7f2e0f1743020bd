/** Reads the site's JSON API through the test server, typed loosely for assertions. */
import type { APIRequestContext } from '@playwright/test';

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

/** A policy of /api/policies.json, as far as the tests read it. */
export interface ApiPolicy {
  id: string;
  title: string;
  shortTitle: string;
  kind: string;
  issuers: string[];
  /** 国家, 浙江省, 杭州市 or 其他. */
  level: string;
  status: { state: string; label: string };
  provisionCount: number;
  clauseCount: number;
  awardCount: number;
  expiresOn: string | null;
  url: string;
  divisions: { id: string; kind: string; name: string; url: string; clauses: number[] }[];
}

/** Every policy of the base, as /api/policies.json lists them. */
export async function apiPolicies(request: APIRequestContext): Promise<ApiPolicy[]> {
  return getJson<ApiPolicy[]>(request, 'policies.json');
}
