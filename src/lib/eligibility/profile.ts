import { z } from 'zod';

/** Says what was received, for messages: JSON as the user wrote it. */
function received(input: unknown): string {
  return input === undefined ? '没有填写' : `收到 ${JSON.stringify(input)}`;
}

/**
 * One claim of a profile: an award the enterprise has reached, with what its amount needs.
 * Unknown keys are errors, so that a misspelt `baseYuan` never silently drops a base.
 */
export const ClaimSchema = z.strictObject(
  {
    /** The award's id as in the content (green-factory-national); the page and `npm run calc -- --list` show them. */
    award: z.string({ error: (iss) => `award 应为奖励 id 字符串，例如 "green-factory-national"；${received(iss.input)}` }).min(1, 'award 不能为空，请填写奖励 id'),
    /**
     * For rate and matching awards only: the base in whole yuan (项目投入额, 国家或省资助额度).
     * 3000万元 is 30000000. Omitted: the award is listed as not computed.
     */
    baseYuan: z
      .number({ error: (iss) => `baseYuan 应为数字（单位：元，例如 30000000 表示3000万元）；${received(iss.input)}` })
      .int({ error: (iss) => `baseYuan 应为整数元（例如 30000000 表示3000万元）；${received(iss.input)}` })
      .positive({ error: (iss) => `baseYuan 应大于0；${received(iss.input)}。没有基数时请删去 baseYuan` })
      .optional(),
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
        ? `不认识的字段 ${iss.keys.map((k) => `"${k}"`).join('、')}；每项申报只能有 award、baseYuan、previousAward`
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
        ? `档案中不认识的字段 ${iss.keys.map((k) => `"${k}"`).join('、')}；档案只能有 claims`
        : `档案应为 JSON 对象 { "claims": [ … ] }；${received(iss.input)}`,
  },
);

/** A claim as written in a profile. */
export type Claim = z.output<typeof ClaimSchema>;
/** A profile as written. */
export type Profile = z.output<typeof ProfileSchema>;
