/**
 * Safe text for messages and report lines. Anything read from a file may hold control characters
 * (an ESC that clears the screen, a CR that overwrites the line, a bidi override that reverses it)
 * or be megabytes long; every message that quotes such a value goes through these functions, so
 * what a reader sees is one line, written by the tool, of a readable length.
 */

/**
 * C0 controls, DEL, C1 controls, the line and paragraph separators, the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), and lone surrogates (which a terminal cannot show).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Whether a text holds a character a terminal could act on (see UNSAFE). */
export const hasControl = (text: string): boolean => new RegExp(UNSAFE.source).test(text);

/** Writes every unsafe character as a JSON-style escape (ESC → `\u001b`). Idempotent. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The number of characters (code points, so an emoji counts once). */
function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The first `count` characters, never splitting a surrogate pair. */
function firstCharacters(text: string, count: number): string {
  let end = 0;
  for (let seen = 0; seen < count && end < text.length; seen++) {
    const unit = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    end += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return text.slice(0, end);
}

export const SHORT = { max: 80, keep: 60 } as const;

/** Whether a text is longer than `max` characters: then its first `keep` characters and its length. */
function cut(text: string, max: number, keep: number): { kept: string; length: number } | undefined {
  if (text.length <= max) return undefined;
  const length = countCharacters(text);
  return length <= max ? undefined : { kept: firstCharacters(text, keep), length };
}

/**
 * A text longer than `max` characters becomes its first `keep` characters, then
 * `… (<length> characters)`. Shortens only; pass the result through escapeControl to print it.
 */
export function shorten(text: string, max: number = SHORT.max, keep: number = SHORT.keep): string {
  const long = cut(text, max, keep);
  return long ? `${long.kept}… (${long.length} characters)` : text;
}

/** JSON-like text of a value, stopped once it is longer than `budget` (so any size or depth is cheap). */
function boundedJson(value: unknown, budget: number): string {
  let out = '';
  const stop = {};
  const emit = (text: string) => {
    out += text;
    if (out.length > budget) throw stop;
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') emit(JSON.stringify(shorten(v, budget, budget)));
    else if (typeof v === 'number') emit(Number.isFinite(v) ? JSON.stringify(v) : String(v));
    else if (v === null || typeof v === 'boolean' || v === undefined) emit(String(v));
    else if (Array.isArray(v)) {
      emit('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) emit(',');
        walk(v[i]);
      }
      emit(']');
    } else if (typeof v === 'object') {
      emit('{');
      let first = true;
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        if (!first) emit(',');
        first = false;
        emit(`${JSON.stringify(shorten(key, budget, budget))}:`);
        walk((v as Record<string, unknown>)[key]);
      }
      emit('}');
    } else emit(String(v));
  };
  try {
    walk(value);
  } catch (error) {
    if (error !== stop) throw error;
  }
  return out;
}

/**
 * A value as a message quotes it: a string in double quotes with JSON escapes (a long one shortened,
 * `"abc…"… (10485760 characters)` style), anything else as short JSON. Always one safe line.
 */
export function show(value: unknown, max: number = SHORT.max, keep: number = SHORT.keep): string {
  if (typeof value === 'string') {
    const long = cut(value, max, keep);
    return long ? `${escapeControl(JSON.stringify(long.kept))}… (${long.length} characters)` : escapeControl(JSON.stringify(value));
  }
  const json = boundedJson(value, max);
  return escapeControl(json.length > max ? `${firstCharacters(json, keep)}…` : json);
}

/**
 * A field's path as a message names it: `facts.force`, `examples.0`; a key that is not a plain
 * name (control characters, spaces, very long) is quoted: `facts["\u001b[2J"]`.
 */
export function showPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) => {
      const key = typeof segment === 'symbol' ? segment.toString() : String(segment);
      if (/^[A-Za-z0-9_$-]{1,40}$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${show(key)}]`;
    })
    .join('');
}

/** An error's first line, shortened and escaped, for a one-line message. */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return escapeControl(shorten(`${error.name}: ${String(error.message).split('\n')[0]}`, 200, 160));
    return show(error);
  } catch {
    return '(an error that cannot be described)';
  }
}
