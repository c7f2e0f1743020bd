/**
 * Browser half of traditional → simplified conversion (see trad-map.ts): one map lookup per
 * character, no dictionary.
 */

/**
 * Rewrites the traditional characters of `text` that the map knows as simplified ones
 * (綠色工廠 → 绿色工厂); every other character stays.
 */
export function simplify(text: string, map: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += map[ch] ?? ch;
  return out;
}
