// Expected actions in one cell: "role:action:minutes[:criterion]", several separated by commas. An action
// with parameters names them after a slash in the order the scenario format lists them, e.g.
// "mayor:scale/3:15", "nctv:convene/ICCb:30:C07", "comms:publish/fact-victims:20", "mayor:decide/evacuate:10".
import type { ExpectedActionT } from '../scenario/schema.js';
import { StructureAction } from '../scenario/schema.js';

interface Def {
  readonly type: string;
  readonly innerType?: { readonly def: Def };
}
type Shape = Readonly<Record<string, { readonly def: Def }>>;
interface Parameter {
  readonly key: string;
  readonly type: 'number' | 'boolean' | 'text';
  /** Optional parameters come last in the schema and may be left out of the cell. */
  readonly optional: boolean;
}

function parameterOf(key: string, def: Def | undefined): Parameter {
  const optional = def?.type === 'optional' || def?.type === 'default';
  const inner = optional ? def?.innerType?.def : def;
  return { key, optional, type: inner?.type === 'number' ? 'number' : inner?.type === 'boolean' ? 'boolean' : 'text' };
}

/** Parameter names of each action, in the schema's order, with their types and whether they may be left out. */
const PARAMETERS: ReadonlyMap<string, readonly Parameter[]> = new Map([
  ...StructureAction.options.map((o): [string, Parameter[]] => {
    const shape = o.shape as unknown as Shape;
    return [
      o.shape.action.value,
      Object.keys(shape)
        .filter((k) => k !== 'action')
        .map((key) => parameterOf(key, shape[key]?.def)),
    ];
  }),
  ['decide', [{ key: 'decision', type: 'text', optional: false }]],
  ['publish', [{ key: 'block', type: 'text', optional: true }]],
  ['boardAction', [{ key: 'id', type: 'text', optional: false }]],
]);

export function formatExpected(actions: readonly ExpectedActionT[]): string {
  return actions
    .map((a) => {
      const params = (PARAMETERS.get(a.do.action) ?? []).map((p) => (a.do as Record<string, unknown>)[p.key]).filter((v) => v !== undefined);
      const action = [a.do.action, ...params.map(String)].join('/');
      return [a.role, action, String(a.withinMinutes), ...(a.criterion === undefined ? [] : [a.criterion])].join(':');
    })
    .join(', ');
}

export type ParsedExpected = { readonly ok: true; readonly actions: Record<string, unknown>[] } | { readonly ok: false; readonly message: string };

/** The cell as raw scenario JSON; the loader checks names and values afterwards. */
export function parseExpected(cell: string): ParsedExpected {
  const actions: Record<string, unknown>[] = [];
  for (const part of cell.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const pieces = part.split(':').map((p) => p.trim());
    const [role, spec, minutes, criterion, ...rest] = pieces;
    if (role === undefined || spec === undefined || minutes === undefined || rest.length > 0 || role === '' || spec === '') {
      return { ok: false, message: `"${part}" is not role:action:minutes (optionally :criterion), e.g. "mayor:scale/3:15".` };
    }
    const [kind = '', ...values] = spec.split('/').map((v) => v.trim());
    const params = PARAMETERS.get(kind);
    if (params === undefined) return { ok: false, message: `"${kind}" in "${part}" is not an action; use a structure action, decide, publish or boardAction.` };
    const required = params.filter((p) => !p.optional).length;
    if (values.length > params.length || values.length < required) {
      const wanted = params.map((p) => p.key).join('/');
      return { ok: false, message: `"${spec}" in "${part}" needs ${params.length === 0 ? 'no parameters' : `the parameters ${wanted}`}, e.g. "${[kind, ...params.map((p) => p.key)].join('/')}".` };
    }
    const minutesValue = Number(minutes);
    if (!/^\d+$/.test(minutes)) return { ok: false, message: `"${minutes}" in "${part}" is not a number of minutes.` };
    const todo: Record<string, unknown> = { action: kind };
    for (const [i, value] of values.entries()) {
      const p = params[i];
      if (!p) continue;
      if (p.type === 'number' && !/^-?\d+$/.test(value)) return { ok: false, message: `"${value}" in "${part}" must be a whole number (${p.key}).` };
      if (p.type === 'boolean' && value !== 'true' && value !== 'false') return { ok: false, message: `"${value}" in "${part}" must be true or false (${p.key}).` };
      todo[p.key] = p.type === 'number' ? Number(value) : p.type === 'boolean' ? value === 'true' : value;
    }
    actions.push({ role, do: todo, withinMinutes: minutesValue, ...(criterion === undefined || criterion === '' ? {} : { criterion }) });
  }
  return { ok: true, actions };
}
