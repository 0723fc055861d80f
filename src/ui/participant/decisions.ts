// Decision cards: each open decision as a form (one option, a rationale, a confidence from 1 to 5), each
// taken one with what was chosen and — when the trainer chose feedback per round — the author's feedback.
import type { DecisionCard } from '../../engine/index.js';
import { criterionById, isCriterionId } from '../../engine/strategy/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { describeRefusal, disableUnlessMyTurn, paragraphs, section, whyNote, type DecisionDraft, type PanelContext } from './context.js';
import { named } from '../components/structure-status.js';

const CONFIDENCE = [1, 2, 3, 4, 5] as const;

export function renderDecisions(ctx: PanelContext): HTMLElement {
  const { view, lang } = ctx;
  const open = view.decisions.filter((d) => d.taken === null);
  const taken = view.decisions.filter((d) => d.taken !== null);
  const children: Node[] = [];
  if (open.length === 0) children.push(el('p', { text: t(lang, 'play.decisions.noneOpen') }));
  const why = open.length > 0 ? whyNote(ctx) : null;
  if (why) children.push(why);
  children.push(...open.map((d) => renderOpen(ctx, d, why?.id ?? null)));
  if (taken.length > 0) {
    children.push(el('h3', { text: t(lang, 'play.decisions.taken') }));
    if (view.feedback === 'debrief') children.push(el('p', { className: 'decisions__note', text: t(lang, 'play.decisions.feedbackLater') }));
    children.push(el('ul', { className: 'decisions__taken' }, taken.map((d) => el('li', {}, [renderTaken(ctx, d)]))));
  }
  return section('decisions', t(lang, 'play.decisions.title'), children);
}

function draftOf(ctx: PanelContext, id: string): DecisionDraft {
  let draft = ctx.ui.drafts.get(id);
  if (!draft) {
    draft = { rationale: '' };
    ctx.ui.drafts.set(id, draft);
  }
  return draft;
}

function renderOpen(ctx: PanelContext, card: DecisionCard, why: string | null): HTMLElement {
  const { lang } = ctx;
  const draft = draftOf(ctx, card.id);
  const key = `decision:${card.id}`;
  const titleId = uniqueId('decision-title');
  const group = uniqueId('decision-option');

  const options = el('fieldset', { className: 'decision__options' }, [
    el('legend', { text: t(lang, 'play.decision.options') }),
    ...card.options.map((option) => {
      const input = radio(group, option.id, draft.option === option.id, `${key}:option:${option.id}`);
      input.addEventListener('change', () => {
        draft.option = option.id;
        draft.missingOption = false;
      });
      return el('label', { className: 'choice' }, [input, el('span', { text: localise(option.label, lang) })]);
    }),
  ]);
  const missing = draft.missingOption ? el('p', { className: 'refusal', text: t(lang, 'play.decision.chooseOption'), attrs: { id: uniqueId('missing') } }) : null;
  if (missing) {
    options.setAttribute('aria-describedby', missing.id);
    options.setAttribute('aria-invalid', 'true');
  }

  const rationaleId = uniqueId('rationale');
  const rationale = el('textarea', { className: 'decision__rationale', attrs: { id: rationaleId, rows: '3', 'data-key': `${key}:rationale` } });
  rationale.value = draft.rationale;
  rationale.addEventListener('input', () => (draft.rationale = rationale.value));

  const confidenceGroup = uniqueId('confidence');
  const confidence = el('fieldset', { className: 'decision__confidence' }, [
    el('legend', { text: t(lang, 'play.decision.confidence') }),
    ...CONFIDENCE.map((level) => {
      const input = radio(confidenceGroup, String(level), draft.confidence === level, `${key}:confidence:${level}`);
      input.addEventListener('change', () => (draft.confidence = level));
      return el('label', { className: 'choice choice--inline' }, [input, el('span', { text: t(lang, `play.decision.confidence${level}`) })]);
    }),
  ]);

  const submit = el('button', { className: 'button button--primary', text: t(lang, 'play.decision.submit'), attrs: { type: 'submit', 'data-key': `${key}:submit` } });
  disableUnlessMyTurn(ctx, submit, why);
  const refusal = describeRefusal(ctx, key, submit);
  const form = el('form', { className: 'decision__form', attrs: { 'aria-labelledby': titleId, novalidate: '' } }, [
    options,
    ...(missing ? [missing] : []),
    el('label', { className: 'field__label', text: t(lang, 'play.decision.rationale'), attrs: { for: rationaleId } }),
    rationale,
    confidence,
    submit,
    ...(refusal ? [refusal] : []),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (draft.option === undefined) {
      draft.missingOption = true;
      ctx.redraw(`${key}:option:${card.options[0]?.id ?? ''}`);
      return;
    }
    const text = draft.rationale.trim();
    ctx.act(
      key,
      {
        type: 'decide',
        decision: card.id,
        option: draft.option,
        ...(text ? { rationale: text } : {}),
        ...(draft.confidence !== undefined ? { confidence: draft.confidence } : {}),
      },
      () => ctx.ui.drafts.delete(card.id),
    );
  });

  return el('article', { className: 'decision' }, [
    el('h3', { className: 'decision__prompt', text: localise(card.prompt, lang), attrs: { id: titleId } }),
    el('p', { className: 'decision__deadline', text: t(lang, 'play.decision.deadline', { round: card.deadlineRound }) }),
    ...teamLines(ctx, card),
    form,
  ]);
}

function radio(name: string, value: string, checked: boolean, key: string): HTMLInputElement {
  const input = el('input', { attrs: { type: 'radio', name, value, 'data-key': key } });
  input.checked = checked;
  return input;
}

function renderTaken(ctx: PanelContext, card: DecisionCard): HTMLElement {
  const { lang } = ctx;
  const taken = card.taken;
  if (!taken) return el('div');
  const option = card.options.find((o) => o.id === taken.option);
  const chosen = option ? localise(option.label, lang) : taken.option;
  const children: Node[] = [
    el('h4', { className: 'decision__prompt', text: localise(card.prompt, lang) }),
    el('p', { text: t(lang, taken.byDefault ? 'play.decision.chosenByDefault' : 'play.decision.chosen', { option: chosen }) }),
  ];
  children.push(...teamLines(ctx, card));
  if (taken.rationale) children.push(el('p', { className: 'decision__rationale-text', text: t(lang, 'play.decision.rationaleWas', { rationale: taken.rationale }) }));
  if (taken.confidence) children.push(el('p', { text: t(lang, 'play.decision.confidenceWas', { level: taken.confidence }) }));
  if (card.feedback.length > 0) {
    children.push(
      el('h5', { text: t(lang, 'play.decision.feedback') }),
      el('ul', { className: 'decision__feedback' }, card.feedback.map((f) => el('li', {}, [
        el('p', { className: 'decision__criterion', text: `${criterionName(f.criterion, lang)} — ${named('play.assessment', f.rating, lang)}` }),
        ...paragraphs(localise(f.text, lang)),
      ]))),
    );
  }
  return el('article', { className: 'decision decision--taken' }, children);
}

/** A policy team's decision: the team, its members present, and a warning when it does not sit. */
function teamLines(ctx: PanelContext, card: DecisionCard): HTMLElement[] {
  const { lang } = ctx;
  const team = card.team;
  if (!team) return [];
  const params = { team: named('team', team.team, lang), members: team.present.map((m) => localise(m.name, lang)).join(', ') || '—' };
  if (card.taken) return card.taken.byDefault ? [] : [el('p', { className: 'decision__team', text: t(lang, team.sitting ? 'play.decision.teamTaken' : 'play.decision.teamTakenAlone', params) })];
  const lines = [el('p', { className: 'decision__team', text: t(lang, 'play.decision.team', params) })];
  if (!team.sitting) lines.push(el('p', { className: 'decision__team decision__team--alone', text: t(lang, 'play.decision.teamNotSitting', params) }));
  return lines;
}

function criterionName(id: string, lang: Language): string {
  // Participants read the criterion's name; its code (C05) is the trainer's shorthand.
  return isCriterionId(id) ? criterionById(id).title[lang] : id;
}
