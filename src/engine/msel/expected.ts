// Expected actions in one cell: "role:action:minutes[:criterion]", several separated by commas. An action
// with parameters names them after a slash in the order the scenario format lists them, e.g.
// "mayor:scale/3:15", "nctv:convene/ICCb:30:C07", "comms:publish/fact-victims:20", "mayor:decide/evacuate:10".
import type { ExpectedActionT } from '../scenario/schema.js';
import { StructureAction } from '../scenario/schema.js';

type Shape = Readonly<Record<string, { readonly def: { readonly type: string } }>>;

/** Parameter names of each action, in the schema's order, and which of them are numbers. */
const PARAMETERS: ReadonlyMap<string, readonly { readonly key: string; readonly number: boolean }[]> = new Map([
  ...StructureAction.options.map((o): [string, { key: string; number: boolean }[]] => {
    const shape = o.shape as unknown as Shape;
    return [
      o.shape.action.value,
      Object.keys(shape)
        .filter((k) => k !== 'action')
        .map((key) => ({ key, number: shape[key]?.def.type === 'number' })),
    ];
  }),
  ['decide', [{ key: 'decision', number: false }]],
  ['publish', [{ key: 'block', number: false }]],
  ['boardAction', [{ key: 'id', number: false }]],
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
    if (values.length > params.length || (values.length < params.length && !(kind === 'publish' && values.length === 0))) {
      const wanted = params.map((p) => p.key).join('/');
      return { ok: false, message: `"${spec}" in "${part}" needs ${params.length === 0 ? 'no parameters' : `the parameters ${wanted}`}, e.g. "${[kind, ...params.map((p) => p.key)].join('/')}".` };
    }
    const minutesValue = Number(minutes);
    if (!/^\d+$/.test(minutes)) return { ok: false, message: `"${minutes}" in "${part}" is not a number of minutes.` };
    const todo: Record<string, unknown> = { action: kind };
    for (const [i, value] of values.entries()) {
      const p = params[i];
      if (!p) continue;
      if (p.number && !/^-?\d+$/.test(value)) return { ok: false, message: `"${value}" in "${part}" must be a whole number (${p.key}).` };
      todo[p.key] = p.number ? Number(value) : value;
    }
    actions.push({ role, do: todo, withinMinutes: minutesValue, ...(criterion === undefined || criterion === '' ? {} : { criterion }) });
  }
  return { ok: true, actions };
}
