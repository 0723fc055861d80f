// Views that change little send little: after the first full view, a client gets the difference between the
// view it has and the new one, as JSON Patch operations (RFC 6902: add, remove, replace, with RFC 6901 paths).
// A structural diff of our own rather than a library: views are plain JSON made by the engine (objects,
// arrays, strings, numbers, booleans, null), the three operations are all they need, and both sides are
// ours, so the ~100 lines here replace a dependency (see docs/architecture.md, "Transports"). The format is
// standard JSON Patch all the same, so any JSON Patch library can read what the host sends.
//
// Arrays are compared position by position, with two shortcuts for how views grow: items appended at the
// end (timelines, logs) are `add`s at the end, and items put in front (newest-first lists) are `add`s at the
// front, so a list that gained one entry costs one operation however long it is.

export type PatchOp =
  | { readonly op: 'add'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'replace'; readonly path: string; readonly value: unknown };

/** A patch that does not fit the document it is applied to: the client asks for a full view instead. */
export class PatchError extends Error {}

type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function escape(key: string): string {
  // Most keys hold neither character: skip the two replaces (the diff used to spend a tenth of the host's time here).
  if (key.indexOf('~') < 0 && key.indexOf('/') < 0) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Equal as JSON: what JSON.stringify would write the same (undefined properties are absent). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    let n = 0;
    for (const k in a) {
      if (a[k] === undefined) continue;
      n += 1;
      if (!jsonEqual(a[k], b[k])) return false;
    }
    for (const k in b) if (b[k] !== undefined) n -= 1;
    return n === 0;
  }
  return false;
}

// The diff walks the whole of both views (a role view is tens of kilobytes) but emits few operations, so the
// path of the value being compared is kept as a stack of keys and written out only for an operation.
type Path = (string | number)[];

function pathOf(path: Path, last?: string | number): string {
  let out = '';
  for (const key of path) out += `/${typeof key === 'number' ? key : escape(key)}`;
  if (last !== undefined) out += `/${typeof last === 'number' ? last : escape(last)}`;
  return out;
}

function diffArrays(a: readonly unknown[], b: readonly unknown[], path: Path, out: PatchOp[]): void {
  const grown = b.length - a.length;
  // Put in front: the old first and last items are now `grown` places further on.
  if (grown > 0 && a.length > 0 && jsonEqual(a[0], b[grown]) && jsonEqual(a[a.length - 1], b[b.length - 1])) {
    for (let i = 0; i < grown; i++) out.push({ op: 'add', path: pathOf(path, i), value: b[i] });
    for (let i = 0; i < a.length; i++) diffAt(a[i], b[i + grown], path, i + grown, out);
    return;
  }
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) diffAt(a[i], b[i], path, i, out);
  for (let i = common; i < b.length; i++) out.push({ op: 'add', path: pathOf(path, i), value: b[i] });
  for (let i = a.length - 1; i >= common; i--) out.push({ op: 'remove', path: pathOf(path, i) });
}

/** The difference at `path` + `key`: the key is pushed only when there is something inside to walk. */
function diffAt(a: unknown, b: unknown, path: Path, key: string | number, out: PatchOp[]): void {
  if (a === b) return;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    out.push({ op: 'replace', path: pathOf(path, key), value: b });
    return;
  }
  path.push(key);
  diffValue(a, b, path, out);
  path.pop();
}

function diffValue(a: unknown, b: unknown, path: Path, out: PatchOp[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffArrays(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const k in a) {
      if (a[k] !== undefined && b[k] === undefined) out.push({ op: 'remove', path: pathOf(path, k) });
    }
    for (const k in b) {
      const v = b[k];
      if (v === undefined) continue;
      const was = a[k];
      if (was === undefined) out.push({ op: 'add', path: pathOf(path, k), value: v });
      else diffAt(was, v, path, k, out);
    }
    return;
  }
  out.push({ op: 'replace', path: pathOf(path), value: b });
}

/** The operations that turn `before` into `after` (both plain JSON values). Empty when they are equal. */
export function diffJson(before: unknown, after: unknown): PatchOp[] {
  const out: PatchOp[] = [];
  diffValue(before, after, [], out);
  return out;
}

// ---------------------------------------------------------------- applying

// A patch comes over the network: a path may not reach into an object's prototype.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function segments(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`path "${path.slice(0, 80)}" does not start with /`);
  return path
    .slice(1)
    .split('/')
    .map((s) => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      if (FORBIDDEN.has(key)) throw new PatchError(`path "${path.slice(0, 80)}" names "${key}"`);
      return key;
    });
}

function arrayIndex(key: string, length: number, path: string): number {
  if (!/^(0|[1-9][0-9]{0,8})$/.test(key)) throw new PatchError(`"${key}" in "${path.slice(0, 80)}" is not an array index`);
  const i = Number(key);
  if (i > length) throw new PatchError(`index ${i} in "${path.slice(0, 80)}" is past the end (${length})`);
  return i;
}

/**
 * Apply `ops` to `doc` without changing it: the containers on the changed paths are copied (once per patch),
 * everything else is shared with `doc`. Throws PatchError when an operation does not fit the document.
 */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  const copied = new Set<object>();
  const own = <C extends object>(c: C): C => {
    if (copied.has(c)) return c;
    const copy = (Array.isArray(c) ? [...c] : { ...c }) as C;
    copied.add(copy);
    return copy;
  };
  let root = doc as unknown as Json;
  for (const op of ops) {
    const keys = segments(op.path);
    if (keys.length === 0) {
      if (op.op === 'remove') throw new PatchError('cannot remove the whole document');
      root = op.value as Json;
      continue;
    }
    if (typeof root !== 'object' || root === null) throw new PatchError(`"${op.path.slice(0, 80)}" goes into a plain value`);
    root = own(root);
    let parent = root as Record<string, unknown> | unknown[];
    for (let d = 0; d < keys.length - 1; d++) {
      const key = keys[d] as string;
      const child = Array.isArray(parent) ? parent[arrayIndex(key, parent.length - 1, op.path)] : Object.hasOwn(parent, key) ? parent[key] : undefined;
      if (typeof child !== 'object' || child === null) throw new PatchError(`"${op.path.slice(0, 80)}" does not exist`);
      const mine = own(child);
      if (Array.isArray(parent)) parent[Number(key)] = mine;
      else parent[key] = mine;
      parent = mine as Record<string, unknown> | unknown[];
    }
    const last = keys[keys.length - 1] as string;
    if (Array.isArray(parent)) {
      if (op.op === 'add') parent.splice(arrayIndex(last, parent.length, op.path), 0, op.value);
      else {
        const i = arrayIndex(last, parent.length - 1, op.path);
        if (op.op === 'remove') parent.splice(i, 1);
        else parent[i] = op.value;
      }
    } else if (op.op === 'remove' || op.op === 'replace') {
      if (!Object.hasOwn(parent, last)) throw new PatchError(`"${op.path.slice(0, 80)}" does not exist`);
      if (op.op === 'remove') delete parent[last];
      else parent[last] = op.value;
    } else {
      parent[last] = op.value;
    }
  }
  return root as unknown as T;
}
