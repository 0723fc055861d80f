// Form controls of the set-up forms (the setup screen, the classroom's "Start groups"): a labelled field with its
// hint, a group of radio buttons and a checkbox, each keyed by `data-key` so tests and the focus keeper find them.
import { el, uniqueId } from '../dom.js';

/** A control with its label and, optionally, a hint the control is described by. */
export function labelledField(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uniqueId('field');
  control.id = id;
  const children: Node[] = [el('label', { className: 'field__label', text: label, attrs: { for: id } })];
  if (hint !== undefined) {
    const hintId = uniqueId('field-hint');
    control.setAttribute('aria-describedby', hintId);
    children.push(el('p', { className: 'field__hint', text: hint, attrs: { id: hintId } }));
  }
  children.push(control);
  return el('div', { className: 'field' }, children);
}

export function radios<T extends string>(legend: string, name: string, value: T, options: readonly { value: T; label: string; hint?: string }[], onChange: (v: T) => void): HTMLElement {
  const group = uniqueId(name);
  return el('fieldset', { className: 'setup__choices' }, [
    el('legend', { text: legend }),
    ...options.map((o) => {
      const input = el('input', { attrs: { type: 'radio', name: group, value: o.value, 'data-key': `${name}:${o.value}` } });
      input.checked = o.value === value;
      input.addEventListener('change', () => {
        if (input.checked) onChange(o.value);
      });
      const text: Node[] = [el('span', { className: 'choice__label', text: o.label })];
      if (o.hint) text.push(el('span', { className: 'choice__hint', text: o.hint }));
      return el('label', { className: 'choice' }, [input, el('span', {}, text)]);
    }),
  ]);
}

export function checkbox(label: string, key: string, checked: boolean, onChange: (checked: boolean) => void, disabled = false): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', 'data-key': key } });
  input.checked = checked;
  input.disabled = disabled;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { className: 'choice' }, [input, el('span', { text: label })]);
}
