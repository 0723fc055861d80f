// The groups of the room side by side: for each, its round and clock, the last thing done and by whom,
// the decisions still open, and how many of its devices are online. A damaged journal is said here in
// full, and the group waits until the trainer chooses to go on from the intact part.
import type { PlayChoices } from '../../engine/session/play-choices.js';
import type { RoomSnapshot } from '../../host/protocol.js';
import { t, type Language } from '../../i18n/index.js';
import { renderPlayBasics, renderScenarioChoices, type PlayDraft } from '../components/play-choices.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { lastActionText, roleName, roundText } from './names.js';

export interface GroupActions {
  open(session: string): void;
  recover(session: string): void;
  /** Show the group's printed feedback link (QR code and address). */
  feedbackQr(session: string): void;
}

function button(text: string, key: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', { className: `button${primary ? ' button--primary' : ''}`, text, attrs: { type: 'button', 'data-key': key } });
  b.addEventListener('click', onClick);
  return b;
}

export function renderGroupList(room: RoomSnapshot, lang: Language, watching: string | null, actions: GroupActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const u of room.unreadable) out.push(el('p', { className: 'refusal', text: t(lang, 'classroom.groups.unreadable', { file: u.file, reason: u.reason }) }));
  for (const g of room.groups) {
    if (g.damage) {
      const d = g.damage;
      out.push(
        el('div', { className: 'classroom-damage', attrs: { role: 'alert' } }, [
          el('p', { text: t(lang, 'classroom.groups.damaged', { group: g.title, line: d.line, reason: t(lang, `classroom.damage.${d.reason}`), kept: d.kept, bytes: d.droppedBytes }) }),
          button(t(lang, 'classroom.groups.recover', { group: g.title, kept: d.kept }), `recover-${g.id}`, () => actions.recover(g.id)),
        ]),
      );
    }
    if (g.failed) out.push(el('p', { className: 'refusal', attrs: { role: 'alert' }, text: t(lang, 'classroom.groups.failed', { group: g.title }) }));
  }
  if (room.groups.length === 0) {
    out.push(el('p', { text: t(lang, 'classroom.groups.none') }));
    return out;
  }
  const head = ['group', 'round', 'last', 'pending', 'devices', 'actions'] as const;
  const rows = room.groups.map((g) => {
    const devices = room.devices.filter((d) => d.status.state === 'admitted' && d.status.session === g.id);
    const online = devices.filter((d) => d.online).length;
    const pending =
      g.pendingDecisions.length === 0
        ? el('span', { text: t(lang, 'classroom.groups.pendingNone') })
        : el(
            'ul',
            { className: 'classroom-pending' },
            g.pendingDecisions.map((p) => el('li', { text: t(lang, 'classroom.groups.pendingItem', { owner: roleName(g, p.owner), prompt: localise(p.prompt, lang) }) })),
          );
    const open = button(t(lang, watching === g.id ? 'classroom.groups.close' : 'classroom.groups.open', { group: g.title }), `open-${g.id}`, () => actions.open(g.id));
    return el('tr', { attrs: { 'data-group': g.id } }, [
      el('th', { attrs: { scope: 'row' } }, [
        el('span', { className: 'classroom-groups__title', text: g.title }),
        el('span', { className: 'classroom-groups__scenario', text: t(lang, 'classroom.groups.scenario', { scenario: localise(g.scenario.title, lang), seed: g.seed }) }),
      ]),
      el('td', { text: roundText(g, lang) }),
      el('td', { text: lastActionText(g, lang) }),
      el('td', {}, [pending]),
      el('td', { text: t(lang, 'classroom.groups.devices', { online, total: devices.length }) }),
      el('td', {}, [open, button(t(lang, 'feedback.qr.forGroup', { group: g.title }), `feedback-qr-${g.id}`, () => actions.feedbackQr(g.id))]),
    ]);
  });
  out.push(
    el('div', { className: 'classroom-table-wrap' }, [
      el('table', { className: 'classroom-table classroom-groups' }, [
        el('caption', { className: 'visually-hidden', text: t(lang, 'classroom.groups.caption') }),
        el('thead', {}, [el('tr', {}, head.map((h) => el('th', { text: t(lang, `classroom.groups.col.${h}`), attrs: { scope: 'col' } })))]),
        el('tbody', {}, rows),
      ]),
    ]),
  );
  return out;
}

export interface CreateDraft extends PlayDraft {
  scenario: string;
  seed: string;
  count: string;
}

export function emptyCreateDraft(seed: string): CreateDraft {
  return { scenario: '', seed, count: '1', feedback: 'perRound', timer: { on: false, minutes: '15' }, guided: false, messages: 'blocks', runByModule: false, moduleMinutes: {}, moduleFeedback: false };
}

type RoomScenario = RoomSnapshot['scenarios'][number];

/** The draft's play choices for this scenario, as numbers (a mistyped field stays NaN, which the rules refuse). */
export function createChoices(draft: CreateDraft, scenario: RoomScenario): PlayChoices {
  return {
    feedback: draft.feedback,
    timerMinutes: draft.timer.on ? Number(draft.timer.minutes) : null,
    guided: draft.guided,
    // A mode the scenario does not offer (the draft's default, or one chosen for another scenario) falls back to its first.
    messages: scenario.messageModes.includes(draft.messages) ? draft.messages : (scenario.messageModes[0] ?? 'blocks'),
    runByModule: scenario.runByModule && draft.runByModule,
    moduleMinutes: Object.fromEntries(scenario.modules.map((m) => [m.id, Number(draft.moduleMinutes[m.id] ?? m.budgetMinutes)])),
    moduleFeedback: scenario.modules.length > 0 && draft.moduleFeedback,
  };
}

/** How the new groups play: the setup screen's choices, words and rules (components/play-choices.ts). */
function renderPlayChoices(scenario: RoomScenario, lang: Language, draft: CreateDraft, redraw: () => void): HTMLElement {
  const options = { lang, keyPrefix: 'create-', redraw };
  return el('div', { className: 'classroom-create__play' }, [
    el('h4', { text: t(lang, 'classroom.create.play') }),
    ...renderPlayBasics(draft, options),
    ...renderScenarioChoices(draft, scenario, options),
  ]);
}

/** Start one or more groups from the same scenario and seed: parallel groups play comparable exercises. */
export function renderCreateGroups(room: RoomSnapshot, lang: Language, draft: CreateDraft, onCreate: () => void, headingId: string, redraw: () => void): HTMLElement {
  const title = el('h3', { text: t(lang, 'classroom.create.title'), attrs: { id: headingId } });
  if (room.scenarios.length === 0) return el('section', { attrs: { 'aria-labelledby': headingId } }, [title, el('p', { text: t(lang, 'classroom.create.none') })]);
  if (!room.scenarios.some((s) => s.id === draft.scenario)) draft.scenario = room.scenarios[0]?.id ?? '';
  const scenario = el(
    'select',
    { attrs: { id: `${headingId}-scenario`, 'data-key': 'create-scenario' } },
    room.scenarios.map((s) => el('option', { text: localise(s.title, lang), attrs: { value: s.id } })),
  );
  scenario.value = draft.scenario;
  const chosen = room.scenarios.find((s) => s.id === draft.scenario);
  scenario.addEventListener('change', () => {
    draft.scenario = scenario.value;
    redraw();
  });
  const seed = el('input', { attrs: { type: 'text', id: `${headingId}-seed`, 'data-key': 'create-seed', maxlength: '200', autocomplete: 'off', 'aria-describedby': `${headingId}-seed-hint` } });
  seed.value = draft.seed;
  seed.addEventListener('input', () => (draft.seed = seed.value));
  const count = el('input', { attrs: { type: 'number', id: `${headingId}-count`, 'data-key': 'create-count', min: '1', max: '20', step: '1', inputmode: 'numeric' } });
  count.value = draft.count;
  count.addEventListener('input', () => (draft.count = count.value));
  const form = el('form', { className: 'classroom-create', attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [el('label', { className: 'field__label', text: t(lang, 'classroom.create.scenario'), attrs: { for: `${headingId}-scenario` } }), scenario]),
    el('div', { className: 'field' }, [
      el('label', { className: 'field__label', text: t(lang, 'classroom.create.seed'), attrs: { for: `${headingId}-seed` } }),
      el('p', { className: 'field__hint', text: t(lang, 'classroom.create.seedHint'), attrs: { id: `${headingId}-seed-hint` } }),
      seed,
    ]),
    el('div', { className: 'field' }, [el('label', { className: 'field__label', text: t(lang, 'classroom.create.count'), attrs: { for: `${headingId}-count` } }), count]),
    ...(chosen ? [renderPlayChoices(chosen, lang, draft, redraw)] : []),
    el('button', { className: 'button button--primary', text: t(lang, 'classroom.create.submit'), attrs: { type: 'submit', 'data-key': 'create-submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onCreate();
  });
  return el('section', { attrs: { 'aria-labelledby': headingId } }, [title, form]);
}
