// Mouse, pen and touch on the map, in the DOM (Phaser's own input is off): a press that does not move is a
// tap or click (it picks the item under it), one pointer dragging moves the map, two pointers pinch to
// zoom, the wheel zooms at the pointer, and a mouse without a button pressed hovers. The board says what
// each of those does; this only tells them apart.

export interface PointerHandlers {
  /** Where a mouse hovers (null: it left the map), in CSS pixels from the map's top-left corner. */
  hover(at: readonly [number, number] | null): void;
  tap(at: readonly [number, number]): void;
  pan(dx: number, dy: number): void;
  zoom(factor: number, at: readonly [number, number]): void;
  /** The map's zoom now, so a wheel turned outwards on the whole map scrolls the page instead. */
  zoomLevel(): number;
}

/** How far (CSS px) a press may wander and still be a tap: a finger is not a pixel-exact pointer. */
const TAP_SLOP = 8;

/** Wheel notches to zoom: one notch (100 px of delta) is about × 1.2. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-px * 0.0018);
}

export function attachPointer(surface: HTMLElement, handlers: PointerHandlers): () => void {
  const down = new Map<number, { x: number; y: number }>();
  let moved = false;
  let start: { x: number; y: number } | null = null;
  let pinch: { distance: number; mid: readonly [number, number] } | null = null;

  const local = (event: { clientX: number; clientY: number }): [number, number] => {
    const r = surface.getBoundingClientRect();
    return [event.clientX - r.left, event.clientY - r.top];
  };
  const twoFingers = () => {
    const [a, b] = [...down.values()];
    if (!a || !b) return null;
    return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: [(a.x + b.x) / 2, (a.y + b.y) / 2] as const };
  };

  const onDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const [x, y] = local(event);
    down.set(event.pointerId, { x, y });
    if (down.size === 1) {
      moved = false;
      start = { x, y };
    } else {
      moved = true;
      pinch = twoFingers();
    }
    surface.setPointerCapture?.(event.pointerId);
  };

  const onMove = (event: PointerEvent) => {
    const [x, y] = local(event);
    const was = down.get(event.pointerId);
    if (!was) {
      if (event.pointerType === 'mouse') handlers.hover([x, y]);
      return;
    }
    down.set(event.pointerId, { x, y });
    if (down.size >= 2) {
      const now = twoFingers();
      if (now && pinch && pinch.distance > 0) {
        handlers.zoom(now.distance / pinch.distance, now.mid);
        handlers.pan(now.mid[0] - pinch.mid[0], now.mid[1] - pinch.mid[1]);
      }
      pinch = now;
      return;
    }
    if (!moved && start && Math.hypot(x - start.x, y - start.y) <= TAP_SLOP) return;
    if (!moved && start) {
      // The first move past the slop moves the map from where the press began.
      moved = true;
      handlers.pan(x - start.x, y - start.y);
      return;
    }
    handlers.pan(x - was.x, y - was.y);
  };

  const onUp = (event: PointerEvent) => {
    if (!down.has(event.pointerId)) return;
    const [x, y] = local(event);
    down.delete(event.pointerId);
    if (down.size === 1) pinch = null;
    if (down.size === 0 && !moved && event.type === 'pointerup') handlers.tap([x, y]);
  };

  const onLeave = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && !down.has(event.pointerId)) handlers.hover(null);
  };

  const onWheel = (event: WheelEvent) => {
    const factor = wheelFactor(event.deltaY, event.deltaMode);
    if (factor === 1) return;
    // The whole map turned further out has nowhere to go: let the page scroll.
    if (factor < 1 && handlers.zoomLevel() <= 1) return;
    event.preventDefault();
    handlers.zoom(factor, local(event));
  };

  surface.addEventListener('pointerdown', onDown);
  surface.addEventListener('pointermove', onMove);
  surface.addEventListener('pointerup', onUp);
  surface.addEventListener('pointercancel', onUp);
  surface.addEventListener('pointerleave', onLeave);
  surface.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    surface.removeEventListener('pointerdown', onDown);
    surface.removeEventListener('pointermove', onMove);
    surface.removeEventListener('pointerup', onUp);
    surface.removeEventListener('pointercancel', onUp);
    surface.removeEventListener('pointerleave', onLeave);
    surface.removeEventListener('wheel', onWheel);
  };
}
