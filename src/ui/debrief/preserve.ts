// Redrawing a part of the screen without losing what the user was doing there: the focused control,
// half-typed drafts (fields marked data-draft) and opened <details> come back by their stable ids.
export function redraw(container: HTMLElement, build: () => readonly Node[]): void {
  const active = document.activeElement;
  const focusId = active instanceof HTMLElement && container.contains(active) ? active.id : '';
  const drafts = new Map<string, string>();
  for (const field of container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-draft]')) {
    if (field.id) drafts.set(field.id, field.value);
  }
  const open = new Set<string>();
  for (const details of container.querySelectorAll('details[open]')) if (details.id) open.add(details.id);

  container.replaceChildren(...build());
  const byId = (id: string) => container.querySelector(`[id="${id.replace(/"/g, '\\"')}"]`);

  for (const [id, value] of drafts) {
    const field = byId(id);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.value = value;
  }
  for (const id of open) byId(id)?.setAttribute('open', '');
  if (focusId) (byId(focusId) as HTMLElement | null)?.focus({ preventScroll: true });
}
