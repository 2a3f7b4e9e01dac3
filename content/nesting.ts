import { CST, Lexer, Parser } from 'yaml';

/**
 * A cap on how deeply values nest, checked before a parser builds them. JSON.parse copes with any
 * depth but a 20 MB file of `[` costs a gigabyte; the YAML parser and every later walk
 * (JSON.stringify, a schema, a message quoting the value) recurse and throw RangeError. No content
 * of this project needs more than a handful of levels.
 */
export const MAX_DEPTH = 64;

export type PathSegment = string | number;

export interface TooDeep {
  /** Where the first too-deep value starts: keys and indices from the top, as far as they are known. */
  readonly path: readonly PathSegment[];
  /** For each object on the path, its `id` if it is a string the reader has seen; else undefined. */
  readonly ids: readonly (string | undefined)[];
  /** The line (from 1) where the value that is one level too deep starts. */
  readonly line: number;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function decodeJsonString(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw;
  }
}

/**
 * Scans JSON text for a container nested deeper than `max` (the top-level value is level 1),
 * without building anything: linear, no recursion, and safe on text that is not JSON. When one is
 * found, its path is named; the scan then goes on to the end of the top-level entry holding it, so
 * an `id` written after the deep field is still found.
 */
export function jsonTooDeep(text: string, max: number = MAX_DEPTH): TooDeep | undefined {
  interface Frame {
    readonly array: boolean;
    index: number;
    expectKey: boolean;
    keyStart: number;
    keyEnd: number;
    id?: string;
  }
  const frames: Frame[] = []; // one per open container, up to `max`; deeper ones are only counted
  let depth = 0;
  let found: { path: PathSegment[]; frames: Frame[]; offset: number } | undefined;
  const keyOf = (frame: Frame) => decodeJsonString(text, frame.keyStart, frame.keyEnd);
  const result = () => found && { path: found.path, ids: found.frames.map((f) => f.id), line: lineAt(text, found.offset) };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      const top = depth <= max ? frames[depth - 1] : undefined;
      if (top && !top.array) {
        if (top.expectKey) [top.keyStart, top.keyEnd] = [start, i + 1];
        else if (top.keyEnd - top.keyStart <= 16 && keyOf(top) === 'id') top.id = decodeJsonString(text, start, i + 1);
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth <= max) frames.push({ array: c === 0x5b, index: 0, expectKey: c === 0x7b, keyStart: -1, keyEnd: -1 });
      else if (!found) {
        found = { path: frames.map((f) => (f.array ? f.index : keyOf(f))), frames: [...frames], offset: i };
        if (depth <= 2) return result(); // nothing above it to finish
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth === 0) continue;
      if (depth <= max) frames.pop();
      depth--;
      if (found && depth <= 1) return result();
    } else if (c === 0x2c /* , */) {
      const top = depth <= max ? frames[depth - 1] : undefined;
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    } else if (c === 0x3a /* : */) {
      const top = depth <= max ? frames[depth - 1] : undefined;
      if (top && !top.array) top.expectKey = false;
    }
  }
  return result();
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The key of a map item as text, if it is a scalar. */
function scalarText(token: CST.Token | undefined): string | undefined {
  if (!token) return undefined;
  try {
    const scalar = CST.resolveAsScalar(token as CST.FlowScalar | CST.BlockScalar);
    return scalar ? scalar.value : undefined;
  } catch {
    return undefined;
  }
}

/** Where the stack's `depth`th entry sits inside the entry below it. */
function segmentOf(token: CST.Token): PathSegment | undefined {
  if (token.type === 'block-seq') return token.items.length - 1;
  if (token.type === 'block-map') return scalarText(token.items.at(-1)?.key ?? undefined);
  if (token.type === 'flow-collection') {
    if (token.start.source === '[') return Math.max(0, token.items.filter((item) => item.start.some((t) => t.type === 'comma')).length);
    return scalarText(token.items.at(-1)?.key ?? undefined);
  }
  return undefined;
}

/** The `id` of a map on the stack, if an earlier item set it to a scalar. */
function idOf(token: CST.Token): string | undefined {
  if (token.type !== 'block-map' && token.type !== 'flow-collection') return undefined;
  const item = token.items.find((it) => scalarText(it.key ?? undefined) === 'id');
  return scalarText(item?.value);
}

/**
 * Runs the YAML library's own lexer and parser (which keep an explicit stack and do not recurse)
 * and stops as soon as more than `max` collections are open, so the composer, `toJS` and later
 * walks, which recurse, only ever see shallow input. The path is named from the parser's stack as
 * far as it can be (keys that are not scalars are left out); ids written after the deep value are
 * not seen. Run it before `parse`/`parseDocument`; aliases can still build deeper values, so check
 * the parsed value with valueTooDeep as well.
 */
export function yamlTooDeep(text: string, max: number = MAX_DEPTH): TooDeep | undefined {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    for (const _ of parser.next(lexeme));
    // The stack also holds the document and a scalar being read: count only when it could be deep.
    if (parser.stack.length > max + 1) {
      const open = parser.stack.filter((token) => COLLECTIONS.has(token.type));
      if (open.length > max) {
        const outer = open.slice(0, max);
        const path = outer.map(segmentOf).filter((s): s is PathSegment => s !== undefined);
        return { path, ids: outer.map(idOf), line: lineAt(text, parser.offset) };
      }
    }
  }
  for (const _ of parser.end());
  return undefined;
}

/**
 * Looks for a value nested deeper than `max` in an already-built value (the top level is level 1),
 * without recursion: returns the path to the first one, or undefined. Shared objects are measured
 * once and a cycle counts as too deep, so YAML aliases cannot make it slow.
 */
export function valueTooDeep(root: unknown, max: number = MAX_DEPTH): PathSegment[] | undefined {
  const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;
  const entries = (v: object): [PathSegment, unknown][] => (Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v));
  if (!isContainer(root)) return undefined;
  // Height of every container below the root: 1 for one holding no containers.
  const height = new Map<object, number>();
  const stack: { node: object; children: unknown[]; next: number; best: number }[] = [];
  const open = (node: object) => {
    height.set(node, Infinity); // in progress: meeting it again is a cycle
    stack.push({ node, children: entries(node).map(([, v]) => v), next: 0, best: 0 });
  };
  open(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (!isContainer(child)) continue;
      const known = height.get(child);
      if (known !== undefined) frame.best = Math.max(frame.best, known);
      else open(child);
      continue;
    }
    stack.pop();
    height.set(frame.node, frame.best + 1);
    if (stack.length > 0) stack[stack.length - 1].best = Math.max(stack[stack.length - 1].best, frame.best + 1);
  }
  if ((height.get(root) ?? 0) <= max) return undefined;
  // Walk down to the first child that is still too deep for the levels left.
  const path: PathSegment[] = [];
  let node: object = root;
  for (let level = 1; level <= max; level++) {
    const next = entries(node).find(([, v]) => isContainer(v) && level + (height.get(v) ?? Infinity) > max);
    if (!next) break;
    path.push(next[0]);
    node = next[1] as object;
  }
  return path;
}
