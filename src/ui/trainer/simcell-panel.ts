// The SimCell: the trainer acting for a role nobody plays. Choose the role, then take its open decisions,
// its crisis-structure actions or publish for it; every command goes out with actor {kind:'simcell', role}.
import type { StructureActionKind, StructureActionT } from '../../engine/scenario/schema.js';
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { named, scalingLevelName } from '../components/structure-status.js';
import { localise } from '../text.js';
import { atRiskName } from './action-text.js';
import { field, note, panel, type ConsoleContext } from './context.js';
import { playOpen } from './run-controls.js';
import { simcellAbilities, simcellRoles, type SimcellAbilities } from './simcell-abilities.js';

const SECTORS = ['aviation', 'transport', 'energy', 'health', 'events', 'worship', 'all'] as const satisfies readonly Extract<StructureActionT, { action: 'alertPartners' }>['sector'][];
const SHARE_WITH = ['NCC', 'regions', 'vitalSectors', 'driehoek'] as const satisfies readonly Extract<StructureActionT, { action: 'shareInformation' }>['with'][];
import { AIR_TRAFFIC, AIRPORT_MEASURES, AIRSPACE_LEVELS, ALERT_SCOPES, ASSISTANCE_KINDS } from '../participant/action-params.js';

/** The role the SimCell acts for now: the trainer's choice while it is still a SimCell role, else the first. */
export function currentSimcellRole(ctx: Pick<ConsoleContext, 'view' | 'ui'>): string | null {
  const roles = simcellRoles(ctx.view);
  return roles.find((r) => r.id === ctx.ui.simcellRole)?.id ?? roles[0]?.id ?? null;
}

export function currentStructureKind(ctx: Pick<ConsoleContext, 'view' | 'ui'>, abilities: SimcellAbilities): StructureActionKind | null {
  return abilities.actions.find((k) => k === ctx.ui.structureKind) ?? abilities.actions[0] ?? null;
}

export function renderSimcellPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const roles = simcellRoles(view);
  const title = t(lang, 'trainer.simcell.title');
  if (roles.length === 0) return panel(ctx, 'simcell', title, [note(t(lang, 'trainer.simcell.none'))]);

  const roleId = currentSimcellRole(ctx);
  const select = el(
    'select',
    { className: 'trainer-input', attrs: { name: 'simcell-role', 'data-change': 'simcell-role' } },
    roles.map((r) => {
      const option = el('option', { text: localise(r.name, lang), attrs: { value: r.id, 'data-key': r.id } });
      if (r.id === roleId) option.setAttribute('selected', '');
      return option;
    }),
  );
  const children: Node[] = [note(t(lang, 'trainer.simcell.intro')), field(ctx, 'simcell-role', t(lang, 'trainer.simcell.role'), select)];
  const abilities = roleId === null ? null : simcellAbilities(view, roleId);
  if (abilities) {
    if (!playOpen(view)) children.push(note(t(lang, 'trainer.simcell.onlyInRound')));
    children.push(decisionsPart(ctx, abilities), structurePart(ctx, abilities), publishPart(ctx, abilities));
  }
  return panel(ctx, 'simcell', title, children);
}

function decisionsPart(ctx: ConsoleContext, abilities: SimcellAbilities): HTMLElement {
  const { lang, view } = ctx;
  const open = playOpen(view);
  const forms = abilities.decisions.map((d) => {
    const titleId = ctx.id(`sc-decision-${d.id}-title`);
    const options = el('fieldset', { className: 'trainer-fieldset' }, [
      el('legend', { text: t(lang, 'trainer.simcell.option') }),
      ...d.options.map((o) => {
        const input = el('input', { attrs: { type: 'radio', name: 'option', value: o.id, required: '', id: ctx.id(`sc-decision-${d.id}-${o.id}`) } });
        return el('div', { className: 'trainer-choice', attrs: { 'data-key': `opt-${o.id}` } }, [input, el('label', { text: localise(o.label, lang), attrs: { for: input.id } })]);
      }),
    ]);
    const rationale = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'rationale', rows: '2', maxlength: '4000' } });
    const confidence = el('select', { className: 'trainer-input trainer-input--short', attrs: { name: 'confidence' } }, [
      el('option', { text: t(lang, 'trainer.simcell.noConfidence'), attrs: { value: '' } }),
      ...[1, 2, 3, 4, 5].map((n) => el('option', { text: t(lang, 'trainer.confidence', { value: n }), attrs: { value: String(n) } })),
    ]);
    return el('form', { className: 'trainer-form trainer-form--decision', attrs: { 'data-form': 'simcell-decide', 'data-decision': d.id, 'data-key': `sc-decision-${d.id}`, 'aria-labelledby': titleId } }, [
      el('h4', { className: 'trainer-minor-title', text: localise(d.prompt, lang), attrs: { id: titleId } }),
      el('p', { className: 'trainer-note', text: t(lang, 'trainer.decisions.openUntil', { round: d.state?.deadlineRound ?? 0 }) }),
      options,
      field(ctx, `sc-decision-${d.id}-rationale`, t(lang, 'trainer.simcell.rationale'), rationale),
      field(ctx, `sc-decision-${d.id}-confidence`, t(lang, 'trainer.simcell.confidence'), confidence),
      el('button', { className: 'button', text: t(lang, 'trainer.simcell.decide'), attrs: { type: 'submit', 'aria-disabled': String(!open), id: ctx.id(`sc-decision-${d.id}-submit`) } }),
    ]);
  });
  return el('div', { className: 'trainer-simcell__part' }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.simcell.decisions') }),
    ...(forms.length > 0 ? forms : [note(t(lang, 'trainer.simcell.noDecisions'))]),
  ]);
}

function select(name: string, options: readonly { value: string; label: string }[]): HTMLSelectElement {
  return el('select', { className: 'trainer-input', attrs: { name } }, options.map((o) => el('option', { text: o.label, attrs: { value: o.value, 'data-key': o.value } })));
}

/** The fields one kind of action needs besides its kind (a team, a level, an area, …). */
function parameterFields(ctx: ConsoleContext, abilities: SimcellAbilities, kind: StructureActionKind): HTMLElement[] {
  const { lang, view } = ctx;
  const f = (name: string, label: string, control: HTMLElement) => field(ctx, `sc-structure-${name}`, label, control);
  switch (kind) {
    case 'scale':
      return [f('level', t(lang, 'trainer.simcell.level'), select('level', [0, 1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: scalingLevelName({ grip: l, scalingModel: view.structure.scalingModel }, lang) }))))];
    case 'convene':
    case 'standDown':
      return [f('team', t(lang, 'trainer.simcell.team'), select('team', abilities.teams.map((team) => ({ value: team, label: named('team', team, lang) }))))];
    case 'setThreatLevel':
      return [
        f('threat', t(lang, 'trainer.simcell.threatLevel'), select('level', [1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: `${l} ${named('threat', String(l), lang)}` })))),
        f('scope', t(lang, 'trainer.simcell.scope'), select('scope', (['national', 'region'] as const).map((s) => ({ value: s, label: named('threatScope', s, lang) })))),
      ];
    case 'sendNlAlert':
      return [
        f('area', t(lang, 'trainer.simcell.area'), select('area', view.board.areas.map((a) => ({ value: a.id, label: localise(a.name, lang) })))),
        f('advice', t(lang, 'trainer.simcell.advice'), select('advice', abilities.adviceBlocks.map((b) => ({ value: b.id, label: localise(b.text, lang) })))),
        f('alert-scope', t(lang, 'play.param.alertScope'), select('scope', ALERT_SCOPES.map((s) => ({ value: s, label: named('alertScope', s, lang) })))),
      ];
    case 'protect':
      return [f('target', t(lang, 'trainer.simcell.target'), select('target', view.board.atRisk.map((a) => ({ value: a.id, label: atRiskName(view, a.id, lang) }))))];
    case 'alertPartners':
      return [f('sector', t(lang, 'trainer.simcell.sector'), select('sector', SECTORS.map((s) => ({ value: s, label: named('sector', s, lang) }))))];
    case 'shareInformation':
      return [f('with', t(lang, 'trainer.simcell.shareWith'), select('with', SHARE_WITH.map((w) => ({ value: w, label: named('shareWith', w, lang) }))))];
    case 'airportMeasure':
      return [f('airspace', t(lang, 'trainer.simcell.airspace'), select('level', AIRPORT_MEASURES.map((l) => ({ value: l, label: named('airspace', l, lang) }))))];
    case 'airTraffic':
      return [f('air-traffic', t(lang, 'trainer.simcell.airspace'), select('level', AIR_TRAFFIC.map((l) => ({ value: l, label: named('airTraffic', l, lang) }))))];
    case 'restrictAirspace':
      return [f('airspace-level', t(lang, 'trainer.simcell.airspace'), select('level', AIRSPACE_LEVELS.map((l) => ({ value: l, label: named('airspaceLevel', l, lang) }))))];
    case 'requestAssistance':
      return [f('assistance', t(lang, 'play.param.assistanceKind'), select('kind', ASSISTANCE_KINDS.map((k) => ({ value: k, label: named('assistanceKind', k, lang) }))))];
    default:
      return [];
  }
}

function structurePart(ctx: ConsoleContext, abilities: SimcellAbilities): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.id('sc-structure-title');
  const kind = currentStructureKind(ctx, abilities);
  const body: Node[] = [el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.simcell.structure'), attrs: { id: titleId } })];
  if (kind === null) {
    body.push(note(t(lang, 'trainer.simcell.noActions')));
  } else {
    const kinds = el(
      'select',
      { className: 'trainer-input', attrs: { name: 'kind', 'data-change': 'structure-kind' } },
      abilities.actions.map((k) => {
        const option = el('option', { text: named('action', k, lang), attrs: { value: k, 'data-key': k } });
        if (k === kind) option.setAttribute('selected', '');
        return option;
      }),
    );
    body.push(
      field(ctx, 'sc-structure-kind', t(lang, 'trainer.simcell.action'), kinds),
      // Keyed by kind: switching the action replaces its fields rather than reusing another kind's choices.
      el('div', { className: 'trainer-simcell__params', attrs: { 'data-key': `params-${kind}` } }, parameterFields(ctx, abilities, kind)),
      el('button', { className: 'button', text: t(lang, 'trainer.simcell.take'), attrs: { type: 'submit', 'aria-disabled': String(!playOpen(view)), id: ctx.id('sc-structure-submit') } }),
    );
  }
  return el('form', { className: 'trainer-form trainer-simcell__part', attrs: { 'data-form': 'simcell-structure', 'aria-labelledby': titleId } }, body);
}

function publishPart(ctx: ConsoleContext, abilities: SimcellAbilities): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.id('sc-publish-title');
  const body: Node[] = [el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.simcell.publish'), attrs: { id: titleId } })];
  if (abilities.voice === null) {
    body.push(note(t(lang, 'trainer.simcell.noVoice')));
  } else if (abilities.blocks.length === 0) {
    body.push(note(t(lang, 'trainer.simcell.noBlocks')));
  } else {
    body.push(
      el('p', { className: 'trainer-note', text: t(lang, 'trainer.simcell.voice', { voice: named('communication.voice', abilities.voice, lang) }) }),
      el('fieldset', { className: 'trainer-fieldset' }, [
        el('legend', { text: t(lang, 'trainer.simcell.blocks') }),
        ...abilities.blocks.map((b) => {
          const input = el('input', { attrs: { type: 'checkbox', name: 'block', value: b.id, id: ctx.id(`sc-block-${b.id}`) } });
          return el('div', { className: 'trainer-choice', attrs: { 'data-key': `block-${b.id}` } }, [
            input,
            el('label', { attrs: { for: input.id } }, [
              el('span', { className: 'trainer-tag', text: named('communication.blockKind', b.kind, lang) }),
              document.createTextNode(` ${localise(b.text, lang)}`),
            ]),
          ]);
        }),
      ]),
      el('button', { className: 'button', text: t(lang, 'trainer.simcell.publishSubmit'), attrs: { type: 'submit', 'aria-disabled': String(!playOpen(view)), id: ctx.id('sc-publish-submit') } }),
    );
  }
  return el('form', { className: 'trainer-form trainer-simcell__part', attrs: { 'data-form': 'simcell-publish', 'aria-labelledby': titleId } }, body);
}

/** The structure action the SimCell form describes, read from its fields. */
export function actionFromForm(kind: StructureActionKind, form: HTMLFormElement): StructureActionT {
  const value = (name: string): string => {
    const control = form.elements.namedItem(name);
    return control instanceof HTMLSelectElement || control instanceof HTMLInputElement ? control.value : '';
  };
  switch (kind) {
    case 'scale':
      return { action: kind, level: Number(value('level')) };
    case 'convene':
    case 'standDown':
      return { action: kind, team: value('team') as Extract<StructureActionT, { action: 'convene' }>['team'] };
    case 'setThreatLevel':
      return { action: kind, level: Number(value('level')), scope: value('scope') === 'region' ? 'region' : 'national' };
    case 'sendNlAlert':
      return value('scope') === 'national' ? { action: kind, area: value('area'), advice: value('advice'), national: true } : { action: kind, area: value('area'), advice: value('advice') };
    case 'protect':
      return { action: kind, target: value('target') };
    case 'alertPartners':
      return { action: kind, sector: value('sector') as (typeof SECTORS)[number] };
    case 'shareInformation':
      return { action: kind, with: value('with') as (typeof SHARE_WITH)[number] };
    case 'airportMeasure':
      return { action: kind, level: value('level') as (typeof AIRPORT_MEASURES)[number] };
    case 'airTraffic':
      return { action: kind, level: value('level') as (typeof AIR_TRAFFIC)[number] };
    case 'restrictAirspace':
      return { action: kind, level: value('level') as (typeof AIRSPACE_LEVELS)[number] };
    case 'requestAssistance':
      return value('kind') === 'military' ? { action: kind, military: true } : { action: kind };
    default:
      return { action: kind } as StructureActionT;
  }
}
