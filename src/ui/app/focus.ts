// Screens redraw from their view on every change. Redrawing must not throw the keyboard user out of
// the control they are in, so the focused element is found again by its data-key and its caret kept.
export function redrawKeepingFocus(container: HTMLElement, redraw: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  const selection = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? selectionOf(active) : null;
  redraw();
  if (key === undefined) return;
  const again = [...container.querySelectorAll<HTMLElement>('[data-key]')].find((node) => node.dataset.key === key);
  if (!again || again === document.activeElement) return;
  again.focus();
  if (selection && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement)) {
    try {
      again.setSelectionRange(selection.start, selection.end);
    } catch {
      // Inputs without a caret (radio, checkbox, number) have no selection to restore.
    }
  }
}

function selectionOf(input: HTMLInputElement | HTMLTextAreaElement): { start: number; end: number } | null {
  try {
    return input.selectionStart === null || input.selectionEnd === null ? null : { start: input.selectionStart, end: input.selectionEnd };
  } catch {
    return null;
  }
}
