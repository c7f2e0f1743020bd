import { z } from 'zod';
import { formatYuan } from '../amounts/money';
import { echo, echoText } from './echo';

/**
 * The largest base a claim may give, in yuan: 1万亿元. Bases are JavaScript numbers, exact
 * only up to 2^53 (about 9007万亿元), and a base above that cannot even be read exactly from
 * JSON or a URL, so computing in BigInt would not make it right. Bounding the base instead
 * keeps every amount exact: an award pays at most its base (rates are at most 100%, matching
 * is 1:1), a profile claims each of the catalog's few dozen awards at most once, so every total
 * stays far below 2^53 (calculate() still refuses one that would not). 1万亿元 is more than any
 * single project or grant these policies fund; a larger figure is a unit mistake.
 */
export const MAX_BASE_YUAN = 1_000_000_000_000;

/**
 * The most claims a profile may list. A valid profile claims each award once, so it has at most
 * as many claims as there are awards (a few dozen); the bound keeps the work and the list of
 * errors of a hostile profile short.
 */
export const MAX_CLAIMS = 200;

/** How many unknown field names a message lists before saying how many more there are. */
const MAX_KEYS_LISTED = 5;

/** Says what was received, for messages: JSON as the user wrote it, shortened and escaped. */
function received(input: unknown): string {
  return input === undefined ? '没有填写' : `收到 ${echo(input)}`;
}

/** The unknown field names of an object, quoted, shortened and at most MAX_KEYS_LISTED of them. */
function keyList(keys: readonly string[]): string {
  const listed = keys
    .slice(0, MAX_KEYS_LISTED)
    .map((k) => `"${echoText(k)}"`)
    .join('、');
  return keys.length > MAX_KEYS_LISTED ? `${listed} 等 ${String(keys.length)} 个` : listed;
}

/** What can be wrong with a base, in the order it is checked; `kind` travels in the issue's params. */
export type BaseProblem = 'base-type' | 'base-too-large' | 'base-fraction' | 'base-not-positive';

const EXAMPLE = '例如 30000000 表示3000万元';
const TOO_LARGE = `超过上限 ${String(MAX_BASE_YUAN)}（${formatYuan(MAX_BASE_YUAN)}），无法精确计算；请检查单位：baseYuan 以元为单位，${EXAMPLE}`;

/** The one problem of a finite base, or null: too large first, so that 1e20 is not called a fraction. */
function baseProblem(n: number): { kind: BaseProblem; message: string } | null {
  // Not echoed: above 2^53 the number read is no longer the one written (…993 reads as …992).
  if (n > MAX_BASE_YUAN) return { kind: 'base-too-large', message: `baseYuan 过大：${TOO_LARGE}` };
  if (!Number.isInteger(n))
    return { kind: 'base-fraction', message: `baseYuan 应为整数元（${EXAMPLE}）；${received(n)}` };
  if (n <= 0)
    return { kind: 'base-not-positive', message: `baseYuan 应大于0；${received(n)}。没有基数时请删去 baseYuan` };
  return null;
}

/** A base: a number, finite, within MAX_BASE_YUAN, whole and positive, reported as one issue. */
const BaseSchema = z
  .number({
    // Only ±Infinity (1e309 in JSON) and NaN reach here as numbers: say what is wrong with them.
    error: (iss) =>
      iss.input === Infinity
        ? `baseYuan 过大：数字超出了数值范围，${TOO_LARGE}`
        : iss.input === -Infinity
          ? 'baseYuan 应大于0；收到一个超出数值范围的负数。没有基数时请删去 baseYuan'
          : `baseYuan 应为数字（单位：元，${EXAMPLE}）；${received(iss.input)}`,
  })
  .superRefine((n, ctx) => {
    const problem = baseProblem(n);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { kind: problem.kind } });
  });

/**
 * One claim of a profile: an award the enterprise has reached, with what its amount needs.
 * Unknown keys are errors, so that a misspelt `baseYuan` never silently drops a base.
 */
export const ClaimSchema = z.strictObject(
  {
    /** The award's id as in the content (green-factory-national); the page and `npm run calc -- --list` show them. */
    award: z
      .string({ error: (iss) => `award 应为奖励 id 字符串，例如 "green-factory-national"；${received(iss.input)}` })
      .min(1, 'award 不能为空，请填写奖励 id'),
    /**
     * For rate and matching awards only: the base in whole yuan (项目投入额, 国家或省资助额度).
     * 3000万元 is 30000000. Omitted: the award is listed as not computed.
     */
    baseYuan: BaseSchema.optional(),
    /**
     * For ladders that pay the difference (进档补差) only: the id of the lower rung already
     * received; the claim then pays the higher rung minus the lower.
     */
    previousAward: z
      .string({ error: (iss) => `previousAward 应为较低档次的奖励 id 字符串；${received(iss.input)}` })
      .min(1, 'previousAward 不能为空；没有已获得的较低档次时请删去 previousAward')
      .optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `不认识的字段 ${keyList(iss.keys)}；每项申报只能有 award、baseYuan、previousAward`
        : `每项申报应为对象，例如 { "award": "green-factory-national" }；${received(iss.input)}`,
  },
);

/**
 * A calculator profile: `{ "claims": [ { "award", "baseYuan"?, "previousAward"? } ] }`.
 * The schema checks each claim's shape; checks against the awards are in validate.ts.
 */
export const ProfileSchema = z.strictObject(
  {
    /** The awards claimed, in any order; each award at most once. */
    claims: z.array(ClaimSchema, {
      error: (iss) => `claims 应为数组，例如 [ { "award": "green-factory-national" } ]；${received(iss.input)}`,
    }),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `档案中不认识的字段 ${keyList(iss.keys)}；档案只能有 claims`
        : `档案应为 JSON 对象 { "claims": [ … ] }；${received(iss.input)}`,
  },
);

/** A claim as written in a profile. */
export type Claim = z.output<typeof ClaimSchema>;
/** A profile as written. */
export type Profile = z.output<typeof ProfileSchema>;
