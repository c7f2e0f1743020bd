/**
 * The key of a provision in lookups, unique across policies (clause numbers repeat from one
 * policy to the next). Apart from model.ts, which builds the base, so that code the browser runs
 * (the calculator) can use it without bundling the build's modules.
 */
export function clauseKey(policy: string, number: number): string {
  return `${policy}/${String(number)}`;
}
