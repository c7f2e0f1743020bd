import { echoText } from './echo';

/**
 * How deep a profile's JSON may nest. A profile needs 3 levels ({ "claims": [ { … } ] }); the
 * margin lets a wrong shape reach the schema and get its message there, while a hostile file
 * (thousands of `[`) stops here instead of overflowing the stack of the reader or of zod.
 */
export const MAX_JSON_DEPTH = 32;

/** A profile's JSON as read: its value, or why it is not acceptable JSON. */
export type JsonReading = { ok: true; value: unknown } | { ok: false; message: string };

/** Raised inside the reader with the offset it concerns; turned into a message at the top. */
class JsonProblem extends Error {
  constructor(
    readonly at: number,
    readonly what: string,
  ) {
    super(what);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** A JSON number: only the grammar's form (no leading +, no 01, no trailing dot). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The rest of a string after its opening quote: no raw control characters, valid escapes. */
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** A recursive-descent reader that bounds depth and refuses duplicate keys, with positions. */
class Reader {
  private pos = 0;

  constructor(private readonly text: string) {}

  read(): unknown {
    const value = this.value(1, '');
    this.skip();
    if (this.pos < this.text.length) throw new JsonProblem(this.pos, '完整的 JSON 值之后还有多余的内容');
    return value;
  }

  private skip(): void {
    while (this.pos < this.text.length && WHITESPACE.has(this.text[this.pos] ?? '')) this.pos++;
  }

  /** One value; `path` names where it stands (claims[0].award) for duplicate-key messages. */
  private value(depth: number, path: string): unknown {
    this.skip();
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (depth > MAX_JSON_DEPTH)
        throw new JsonProblem(
          this.pos,
          `嵌套超过 ${String(MAX_JSON_DEPTH)} 层；档案只需要 3 层：{ "claims": [ { … } ] }`,
        );
      return c === '{' ? this.object(depth, path) : this.array(depth, path);
    }
    if (c === '"') return this.string();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.pos += m[0].length;
      // Number() reads the JSON grammar exactly as JSON.parse does; a number out of range
      // becomes ±Infinity, which the profile schema reports as too large.
      return Number(m[0]);
    }
    throw new JsonProblem(
      this.pos,
      c === undefined
        ? 'JSON 不完整，在此处意外结束'
        : `此处应为一个值（对象、数组、字符串、数字、true、false 或 null）`,
    );
  }

  private string(): string {
    STRING_BODY.lastIndex = this.pos + 1;
    const m = STRING_BODY.exec(this.text);
    if (!m) throw new JsonProblem(this.pos, '字符串没有正确结束，或含有未转义的控制字符、无效的转义');
    const end = this.pos + 1 + m[0].length;
    const raw = this.text.slice(this.pos, end);
    this.pos = end;
    // The grammar is checked above: JSON.parse only decodes the escapes.
    return JSON.parse(raw) as string;
  }

  private expect(c: string, what: string): void {
    this.skip();
    if (this.text[this.pos] !== c)
      throw new JsonProblem(this.pos, this.pos >= this.text.length ? `JSON 不完整：缺少${what}` : `此处应为${what}`);
    this.pos++;
  }

  private object(depth: number, path: string): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.skip();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skip();
      if (this.text[this.pos] !== '"')
        throw new JsonProblem(
          this.pos,
          this.pos >= this.text.length ? 'JSON 不完整：对象缺少 }' : '此处应为用双引号括起的键',
        );
      const keyAt = this.pos;
      const key = this.string();
      // JSON.parse keeps the last of two equal keys and drops the first without a word.
      if (seen.has(key)) {
        const where = path === '' ? '在档案顶层' : `在 ${path} 中`;
        throw new JsonProblem(
          keyAt,
          `键 "${echoText(key)}" ${where}出现了两次；同一对象中每个键只能写一次，请删去其中一个`,
        );
      }
      seen.add(key);
      this.expect(':', '冒号 :');
      const child = path === '' ? key : `${path}.${key}`;
      // defineProperty: a key "__proto__" stays an own property, as JSON.parse makes it.
      Object.defineProperty(out, key, {
        value: this.value(depth + 1, echoText(child)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skip();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return out;
      if (c !== ',')
        throw new JsonProblem(this.pos - 1, c === undefined ? 'JSON 不完整：对象缺少 }' : '此处应为逗号 , 或 }');
    }
  }

  private array(depth: number, path: string): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    this.skip();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1, `${path}[${String(out.length)}]`));
      this.skip();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return out;
      if (c !== ',')
        throw new JsonProblem(this.pos - 1, c === undefined ? 'JSON 不完整：数组缺少 ]' : '此处应为逗号 , 或 ]');
    }
  }
}

/** 第 3 行第 14 列, counted in characters from 1, for a reader's editor. */
function position(text: string, at: number): string {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `第 ${String(line)} 行第 ${String(column)} 列`;
}

/**
 * Reads a profile's JSON strictly: a leading byte-order mark is allowed (editors on Windows
 * write one), a key written twice in one object is refused (JSON.parse would silently keep the
 * last), and nesting deeper than MAX_JSON_DEPTH is refused before anything recurses into it.
 * Messages give the line and column and never repeat more than a short piece of the input.
 */
export function parseProfileJson(text: string): JsonReading {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: '文件是空的（没有任何内容）；档案应为 { "claims": [ … ] }' };
  try {
    return { ok: true, value: new Reader(body).read() };
  } catch (e) {
    if (!(e instanceof JsonProblem)) throw e;
    // The BOM is not a column the reader sees in the editor's count either way; positions are in `body`.
    return { ok: false, message: `${position(body, e.at)}：${e.what}` };
  }
}

/**
 * Whether a value nests objects or arrays deeper than `max` levels. Walks with its own stack,
 * so that the check itself cannot overflow (JSON values are trees: no cycles to worry about).
 */
export function nestingExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, depth] = next;
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
