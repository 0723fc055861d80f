// The session bundle users keep (DESIGN.md "Files users keep"): it replays to the same state, and a
// damaged, newer or foreign bundle is refused with a code, never half-used and never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { canonicalJson } from '../../../src/engine/index.js';
import { makeBundle, readBundle, readLog, resume, sealBundle, type SessionBundle } from '../../../src/engine/session/bundle.js';
import { hasKey } from '../../../src/i18n/index.js';
import { scenarioNamed } from './support.js';

const havenstad = scenarioNamed('station-havenstad.json');
const minimal = scenarioNamed('minimal.json');
const { state } = playExercise(havenstad, 'bundle', 'doctrine');
const saved = (): Record<string, unknown> => JSON.parse(JSON.stringify(makeBundle(havenstad, state)));

function refusal(json: unknown, scenario = havenstad) {
  const r = readBundle(json, scenario);
  expect(r.ok).toBe(false);
  if (r.ok) return { code: '', params: {} };
  expect(hasKey('en', `refusal.${r.code}`) && hasKey('nl', `refusal.${r.code}`)).toBe(true);
  return { code: r.code, params: r.params };
}

describe('session bundles', () => {
  it('carry format, versions, the scenario and its hash, seed, settings, log, attempts and parent', () => {
    const b = makeBundle(havenstad, state);
    expect(b).toMatchObject({ format: 'crisistafel-session', version: 1, minCompatibleVersion: 1, scenarioHash: state.scenarioHash, seed: 'bundle', parent: null });
    expect(b.scenario).toBe(havenstad);
    expect(canonicalJson(resume(havenstad, b))).toBe(canonicalJson(state));
  });

  it('keep every setup choice a session can carry (guided mode, own words, run by module) through save and load', () => {
    const settings = { ...state.settings, guided: true, messages: 'both' as const, runByModule: true };
    const withSettings = { ...state, settings };
    const read = readBundle(JSON.parse(JSON.stringify(makeBundle(havenstad, withSettings))), havenstad);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.bundle.settings).toEqual(settings);
  });

  it('are refused against another scenario: bundle-scenario-mismatch', () => {
    expect(refusal(saved(), minimal)).toMatchObject({ code: 'bundle-scenario-mismatch', params: { expected: state.scenarioHash.slice(0, 12) } });
  });

  it('are refused when their embedded scenario was edited', () => {
    const json = saved() as { scenario: { title: unknown } };
    json.scenario.title = { nl: 'Anders', en: 'Different' };
    const r = readBundle(json);
    expect(r.ok || r.code).toBe('bundle-scenario-mismatch');
  });

  it('refuse a newer minimum compatible version clearly', () => {
    expect(refusal({ ...saved(), version: 3, minCompatibleVersion: 2, somethingNew: true })).toEqual({ code: 'bundle-newer-version', params: { version: 2, supported: 1 } });
  });

  it('read a newer version that says it is still compatible', () => {
    expect(readBundle({ ...saved(), version: 2 }, havenstad).ok).toBe(true);
  });

  it('refuse what is not a session bundle', () => {
    expect(refusal(null).code).toBe('bundle-not-object');
    expect(refusal([]).code).toBe('bundle-not-object');
    expect(refusal({ format: 'crisistafel-state' })).toEqual({ code: 'bundle-wrong-format', params: { format: 'crisistafel-state' } });
  });

  it('refuse unknown keys and wrong types, naming the place', () => {
    expect(refusal({ ...saved(), extra: 1 }).code).toBe('bundle-invalid');
    const json = saved() as { log: { command: Record<string, unknown> }[] };
    (json.log[3] as { command: Record<string, unknown> }).command.actor = { kind: 'mayor' };
    expect(refusal(json)).toMatchObject({ code: 'bundle-invalid', params: { path: 'log[3].command.actor.kind' } });
  });

  it('refuse an edited log that no longer replays, or entries moved from where they were recorded', () => {
    const json = saved() as { log: { command: Record<string, unknown>; minute: number }[] };
    const i = json.log.findIndex((e) => e.command.type === 'publish');
    (json.log[i] as { command: Record<string, unknown> }).command.actor = { kind: 'role', role: 'police-chief' };
    expect(refusal(json)).toEqual({ code: 'bundle-log-refused', params: { command: i + 1, code: 'not-your-turn' } });
    const moved = saved() as { log: { minute: number }[] };
    (moved.log[5] as { minute: number }).minute += 10;
    expect(refusal(moved)).toEqual({ code: 'bundle-log-out-of-place', params: { command: 6 } });
  });

  it('name the field where a string or list holds an object with a hostile length', () => {
    const hostile = { length: { toString: 'x' } };
    expect(refusal({ ...saved(), seed: hostile })).toMatchObject({ code: 'bundle-invalid', params: { path: 'seed', message: expect.stringContaining('expected string') } });
    expect(refusal({ ...saved(), log: hostile })).toMatchObject({ code: 'bundle-invalid', params: { path: 'log', message: expect.stringContaining('expected array') } });
    const json = saved() as { log: { command: Record<string, unknown> }[] };
    (json.log[2] as { command: Record<string, unknown> }).command.actor = { kind: 'role', role: hostile };
    expect(refusal(json)).toMatchObject({ code: 'bundle-invalid', params: { path: 'log[2].command.actor.role' } });
    expect(readLog([{ type: 'observe', text: hostile, actor: { kind: 'trainer' } }])).toMatchObject({ ok: false, code: 'log-invalid', params: { path: '[0].text' } });
  });

  it('never throw, whatever they are given', () => {
    const base = saved();
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...Object.keys(base)), (junk, key) => {
        expect(() => readBundle(junk)).not.toThrow();
        expect(() => readBundle({ ...base, [key]: junk }, havenstad)).not.toThrow();
        expect(() => readLog(junk)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('exported session files: edits are found and placed', () => {
  type Json = { seed: string; scenario: Record<string, unknown>; scenarioHash: string; log: { command: Record<string, unknown>; seq: number; minute: number; round: number }[]; attempts: unknown[] };
  const exported = (): Json => JSON.parse(JSON.stringify(sealBundle(makeBundle(havenstad, state)))) as Json;
  const decision = (json: Json) => json.log.findIndex((e) => e.command.type === 'decide');

  it('read as they were exported, against the open scenario or the embedded one', () => {
    for (const r of [readBundle(exported(), havenstad), readBundle(exported())]) {
      expect(r).toMatchObject({ ok: true, sealed: true, edited: [] });
      if (r.ok) expect(canonicalJson(r.state)).toBe(canonicalJson(state));
    }
  });

  it('a changed chosen option is refused with the command it changed', () => {
    const json = exported();
    const i = decision(json);
    const command = (json.log[i] as Json['log'][number]).command;
    const other = havenstad.decisions.find((d) => d.id === command.decision)?.options.find((o) => o.id !== command.option);
    expect(other).toBeDefined();
    command.option = other?.id;
    expect(refusal(json)).toEqual({ code: 'bundle-edited-command', params: { command: i + 1 } });
  });

  it('a rewritten rationale is refused with the command it changed', () => {
    const json = exported();
    const i = json.log.findIndex((e) => e.command.type === 'decide' && typeof e.command.rationale === 'string');
    const at = i >= 0 ? i : decision(json);
    (json.log[at] as Json['log'][number]).command.rationale = 'We hebben alles volgens het boekje gedaan.';
    expect(refusal(json)).toEqual({ code: 'bundle-edited-command', params: { command: at + 1 } });
  });

  it('added attempts are refused as such', () => {
    const json = exported();
    json.attempts.push({ command: { type: 'advance', actor: { kind: 'trainer' } }, refusal: { code: 'not-now', params: {} }, minute: 0, round: 0, afterSeq: 0 });
    expect(refusal(json)).toEqual({ code: 'bundle-edited-attempts', params: {} });
  });

  it('a changed seed is refused as such, before replaying trips over it', () => {
    const json = exported();
    json.seed = 'andere-seed';
    expect(refusal(json)).toEqual({ code: 'bundle-edited-seed', params: {} });
  });

  it('an embedded scenario edited with its hash kept is refused, read against the open scenario too', () => {
    const json = exported();
    json.scenario.title = { nl: 'Bewerkt', en: 'Edited' };
    expect(refusal(json)).toEqual({ code: 'bundle-edited-scenario', params: {} });
    expect(readBundle(json)).toMatchObject({ ok: false, code: 'bundle-edited-scenario' });
    // Without checksums (a file from before they were written), the scenario's own hash still catches it.
    const { checksums: _dropped, ...unsealed } = json as Json & { checksums?: unknown };
    expect(refusal(unsealed)).toEqual({ code: 'bundle-scenario-edited', params: {} });
    expect(readBundle(unsealed)).toMatchObject({ ok: false, code: 'bundle-scenario-mismatch' });
  });

  it('an added command is refused; a file without checksums still reads, marked as not sealed', () => {
    const json = exported();
    json.log.push({ ...(json.log.at(-1) as Json['log'][number]), seq: json.log.length });
    expect(refusal(json).code).toBe('bundle-edited-log-length');
    expect(readBundle(JSON.parse(JSON.stringify(makeBundle(havenstad, state))), havenstad)).toMatchObject({ ok: true, sealed: false, edited: [] });
  });

  it('an edited file is accepted only when asked to, with every place it was changed', () => {
    const json = exported();
    const i = decision(json);
    (json.log[i] as Json['log'][number]).command.rationale = 'Herschreven.';
    json.attempts.push({ command: { type: 'advance', actor: { kind: 'trainer' } }, refusal: { code: 'not-now', params: {} }, minute: 0, round: 0, afterSeq: 0 });
    const r = readBundle(json, havenstad, { acceptEdited: true });
    expect(r).toMatchObject({ ok: true, sealed: true, edited: [{ part: 'command', command: i + 1 }, { part: 'attempts' }] });
  });

  it('name every edit in both languages', () => {
    for (const code of ['bundle-edited-command', 'bundle-edited-seed', 'bundle-edited-settings', 'bundle-edited-scenario', 'bundle-edited-attempts', 'bundle-edited-parent', 'bundle-edited-log-length', 'bundle-scenario-edited']) {
      expect(hasKey('en', `refusal.${code}`) && hasKey('nl', `refusal.${code}`)).toBe(true);
    }
  });
});

describe('command scripts', () => {
  it('are a bundle\'s log or a list of commands', () => {
    const b = makeBundle(havenstad, state) as SessionBundle;
    const fromEntries = readLog(JSON.parse(JSON.stringify(b.log)));
    const fromCommands = readLog(JSON.parse(JSON.stringify(b.log.map((e) => e.command))));
    expect(fromEntries.ok && fromCommands.ok && canonicalJson(fromEntries.commands)).toBe(canonicalJson(b.log.map((e) => e.command)));
    expect(fromCommands.ok && fromCommands.commands.length).toBe(b.log.length);
  });

  it('name the item that is wrong', () => {
    expect(readLog({})).toEqual({ ok: false, code: 'log-not-list', params: {} });
    expect(readLog([{ type: 'start', actor: { kind: 'trainer' } }, { type: 'jump', actor: { kind: 'trainer' } }])).toMatchObject({
      ok: false,
      code: 'log-invalid',
      params: { path: '[1].minutes' },
    });
  });
});
