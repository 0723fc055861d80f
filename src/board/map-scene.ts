// The map: one Phaser scene drawn from the board's view model only. Areas and zones are Graphics
// polygons, places, units and markers are icon images; every item keeps its game object across views,
// keyed by its stable id, so a change moves, fades or redraws what changed instead of rebuilding the
// map — and can be shown with a short, calm tween (none with reduced motion).
import * as Phaser from 'phaser';
import { bringIntoView, clampView, dashSegments, hatchSegments, panBy, pick, project, projectPolygon, viewProjection, wholeMap, zoomAt, type MapView, type Projection, type Target } from './geometry.js';
import type { IconKey } from './icons.js';
import { iconBox, placeLabels, type Box, type LabelRequest } from './label.js';
import { loadColour, type Palette, type Stroke } from './palette.js';
import { mapItems, type BoardModel, type MapItem, type Point } from './view-model.js';
import type { Ring } from './kinds.js';

type Pts = readonly (readonly [number, number])[];

const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';
const RING_ORDER: readonly Ring[] = ['effect', 'outer', 'inner', 'source'];
const FALLBACK = 'board-fallback';

const DEPTH = { base: 0, overlay: 1, zone: 2, areaLabel: 3, poi: 4, hospital: 5, badge: 6, unit: 7, marker: 8, incident: 9, leader: 9.5, label: 9.6, highlight: 10 } as const;

/** The order names claim their places in: what matters most in a crisis gets the best place. */
const LABEL_PRIORITY = { incident: 0, marker: 1, unit: 2, poi: 3, area: 5 } as const;

/** What the map shows at the moment: for the scale bar and the zoom buttons. */
export interface ViewInfo {
  /** Pixels per metre of the map as drawn (the map is in metres). */
  readonly pxPerMetre: number;
  /** 1 is the whole map. */
  readonly zoom: number;
}

export interface MapSceneOptions {
  readonly palette: Palette;
  readonly reducedMotion: boolean;
  readonly icons: ReadonlyMap<IconKey, HTMLCanvasElement>;
  /** Device pixels per CSS pixel: the canvas has that many pixels per CSS pixel, so lines and names are crisp. */
  readonly dpr: number;
  /** The map was drawn at a new scale or zoom (after a resize, a zoom or a new picture). */
  readonly onView: (info: ViewInfo) => void;
  readonly onReady: (scene: MapScene) => void;
}

interface Labelled {
  readonly icon: Phaser.GameObjects.Image;
}

export class MapScene extends Phaser.Scene {
  private model: BoardModel | null = null;
  private projection: Projection = { scale: 1, offsetX: 0, offsetY: 0 };
  private base!: Phaser.GameObjects.Graphics;
  private overlay!: Phaser.GameObjects.Graphics;
  private bars!: Phaser.GameObjects.Graphics;
  private highlightGfx!: Phaser.GameObjects.Graphics;
  private leaders!: Phaser.GameObjects.Graphics;
  private readonly zones = new Map<string, Phaser.GameObjects.Graphics>();
  private readonly areaLabels = new Map<string, Phaser.GameObjects.Text>();
  /** The names of the places, units, markers and the incident, by item id. */
  private readonly labels = new Map<string, Phaser.GameObjects.Text>();
  private view: MapView | null = null;
  private viewChanged = false;
  /** Parts of the canvas under the board's DOM controls (zoom buttons, scale bar): no name goes there. */
  private reserved: readonly Box[] = [];
  private measurer: CanvasRenderingContext2D | null = null;
  private readonly measured = new Map<string, { width: number; height: number }>();
  private readonly pois = new Map<string, Labelled>();
  private readonly loadLabels = new Map<string, Phaser.GameObjects.Text>();
  private readonly badges = new Map<string, Phaser.GameObjects.Image>();
  private readonly units = new Map<string, Phaser.GameObjects.Image>();
  private readonly markers = new Map<string, Phaser.GameObjects.Image>();
  private incident: Phaser.GameObjects.Image | null = null;
  private targets: Target[] = [];
  private items = new Map<string, MapItem>();
  private hoverId: string | null = null;
  private focusId: string | null = null;

  constructor(private readonly options: MapSceneOptions) {
    super({ key: 'board-map' });
  }

  create(): void {
    const p = this.options.palette;
    for (const [key, canvas] of this.options.icons) if (!this.textures.exists(key)) this.textures.addCanvas(key, canvas);
    if (!this.textures.exists(FALLBACK)) {
      const g = this.make.graphics({}, false);
      g.fillStyle(0x1b1f24, 1).fillCircle(32, 32, 30).fillStyle(0xffffff, 1).fillCircle(32, 32, 22).fillStyle(0x1b1f24, 1).fillCircle(32, 32, 9);
      g.generateTexture(FALLBACK, 64, 64);
      g.destroy();
    }
    // The canvas has dpr device pixels per CSS pixel; the camera scales the picture up by as much, so the
    // scene is drawn in CSS pixels (icon and type sizes mean what they say) and comes out sharp.
    this.cameras.main.setBackgroundColor(p.backdrop).setOrigin(0, 0).setZoom(this.options.dpr);
    this.base = this.add.graphics().setDepth(DEPTH.base);
    this.overlay = this.add.graphics().setDepth(DEPTH.overlay);
    this.bars = this.add.graphics().setDepth(DEPTH.hospital);
    this.leaders = this.add.graphics().setDepth(DEPTH.leader);
    this.highlightGfx = this.add.graphics().setDepth(DEPTH.highlight);

    this.scale.on('resize', () => {
      this.cameras.main.setSize(this.scale.width, this.scale.height);
      this.viewChanged = true;
    });
    this.options.onReady(this);
  }

  /** Zooms and drags are drawn once per frame, however many pointer events came in. */
  override update(): void {
    if (!this.viewChanged || !this.model) return;
    this.viewChanged = false;
    this.sync(this.model, false);
  }

  /** The size of the canvas in CSS pixels. */
  private viewport(): { width: number; height: number } {
    return { width: this.scale.width / this.options.dpr, height: this.scale.height / this.options.dpr };
  }

  private changeView(change: (view: MapView, bounds: BoardModel['bounds'], viewport: { width: number; height: number }, margin: number) => MapView): void {
    if (!this.model) return;
    const bounds = this.model.bounds;
    this.view = clampView(change(this.view ?? wholeMap(bounds), bounds, this.viewport(), this.options.palette.margin), bounds);
    this.viewChanged = true;
  }

  /** Zoom by `factor` at a point of the canvas (CSS pixels), or at its middle. */
  zoomBy(factor: number, at?: readonly [number, number]): void {
    this.changeView((view, bounds, viewport, margin) => zoomAt(view, factor, at ?? [viewport.width / 2, viewport.height / 2], bounds, viewport, margin));
  }

  panBy(dx: number, dy: number): void {
    this.changeView((view, bounds, viewport, margin) => panBy(view, dx, dy, bounds, viewport, margin));
  }

  resetView(): void {
    this.changeView((_, bounds) => wholeMap(bounds));
  }

  setReserved(boxes: readonly Box[]): void {
    const same = boxes.length === this.reserved.length && boxes.every((b, i) => JSON.stringify(b) === JSON.stringify(this.reserved[i]));
    if (same) return;
    this.reserved = boxes;
    this.viewChanged = true;
  }

  /** Where an item is drawn, in CSS pixels of the canvas (null: not on the map now). */
  positionOf(id: string): [number, number] | null {
    const item = this.items.get(id);
    return item ? this.at(item.position.at) : null;
  }

  /** The item drawn at a point of the canvas (CSS pixels), top-most first. */
  itemAt(x: number, y: number): MapItem | null {
    const id = pick(x, y, this.targets);
    return id ? (this.items.get(id) ?? null) : null;
  }

  setHover(id: string | null): void {
    if (id === this.hoverId) return;
    this.hoverId = id;
    this.drawHighlight();
  }

  /** Draw a new picture; `animate` is false for a resize or a language change, where nothing happened. */
  show(model: BoardModel, animate: boolean): void {
    const previous = this.model;
    this.model = model;
    this.sync(model, animate && previous !== null && !this.options.reducedMotion);
  }

  /**
   * The item the keyboard user is on (from the board's DOM), drawn with the same ring as a hover; a
   * zoomed-in map moves to bring it into sight.
   */
  setFocus(id: string | null): void {
    this.focusId = id;
    const item = id ? this.items.get(id) : undefined;
    if (item && this.view && this.view.zoom > 1) {
      const inset = this.options.palette.iconPx * 1.5;
      this.changeView((view, bounds, viewport, margin) => bringIntoView(view, item.position.at, bounds, viewport, margin, inset));
    }
    this.drawHighlight();
  }

  itemsInOrder(): MapItem[] {
    return this.model ? mapItems(this.model) : [];
  }

  // ---------------------------------------------------------------- drawing

  private at(p: Point): [number, number] {
    return project(p, this.projection);
  }

  private sync(model: BoardModel, animate: boolean): void {
    const p = this.options.palette;
    this.view = clampView(this.view ?? wholeMap(model.bounds), model.bounds);
    this.projection = viewProjection(model.bounds, this.viewport(), p.margin, this.view);
    this.items = new Map(mapItems(model).map((i) => [i.id, i]));
    this.drawBase(model);
    this.drawOverlay(model);
    this.syncZones(model, animate);
    this.syncAreaLabels(model);
    this.syncPois(model);
    this.drawHospitals(model);
    this.syncBadges(model, animate);
    this.syncPoints(this.units, model.map.units, (u) => `unit-${u.unitKind}` as IconKey, DEPTH.unit, animate);
    this.syncPoints(this.markers, model.map.markers, (m) => `marker-${m.markerKind}` as IconKey, DEPTH.marker, animate);
    this.syncIncident(model, animate);
    this.syncLabels(model);
    this.placeNames(model);
    this.targets = this.buildTargets(model);
    if (this.hoverId && !this.items.has(this.hoverId)) this.hoverId = null;
    if (this.focusId && !this.items.has(this.focusId)) this.focusId = null;
    this.drawHighlight();
    this.options.onView({ pxPerMetre: this.projection.scale, zoom: this.view.zoom });
  }

  private stroke(g: Phaser.GameObjects.Graphics, pts: Pts, s: Stroke): void {
    g.lineStyle(s.width, s.colour, s.alpha);
    if (s.dash) {
      for (const [x1, y1, x2, y2] of dashSegments(pts, s.dash[0], s.dash[1])) g.lineBetween(x1, y1, x2, y2);
      return;
    }
    trace(g, pts);
    g.strokePath();
  }

  private fill(g: Phaser.GameObjects.Graphics, pts: Pts, colour: number, alpha: number): void {
    g.fillStyle(colour, alpha);
    trace(g, pts);
    g.fillPath();
  }

  private drawBase(model: BoardModel): void {
    const p = this.options.palette;
    const g = this.base.clear();
    const [x0, y0] = this.at([0, 0]);
    const [x1, y1] = this.at([model.bounds.width, model.bounds.height]);
    g.fillStyle(p.land.colour, p.land.alpha).fillRect(x0, y0, x1 - x0, y1 - y0);
    g.lineStyle(1, 0x8a94a3, 1).strokeRect(x0, y0, x1 - x0, y1 - y0);
    // Filled areas first, outlines after, so a district's fill never hides the municipality border.
    const shapes = model.map.areas.map((a) => ({ style: p.areas[a.areaKind], pts: projectPolygon(a.polygon, this.projection) }));
    for (const { style, pts } of shapes) if (style.fill) this.fill(g, pts, style.fill.colour, style.fill.alpha);
    for (const { style, pts } of shapes) this.stroke(g, pts, style.stroke);
  }

  private drawOverlay(model: BoardModel): void {
    const p = this.options.palette;
    const g = this.overlay.clear();
    for (const a of model.map.affected) {
      const pts = projectPolygon(a.polygon, this.projection);
      const hatch = p.affected.hatch;
      g.lineStyle(hatch.width, hatch.colour, hatch.alpha);
      for (const [xa, ya, xb, yb] of hatchSegments(pts, p.affected.spacing)) g.lineBetween(xa, ya, xb, yb);
      this.stroke(g, pts, p.affected.outline);
    }
    if (model.map.alertArea) this.stroke(g, projectPolygon(model.map.alertArea.polygon, this.projection), p.alertArea);
  }

  private syncZones(model: BoardModel, animate: boolean): void {
    const p = this.options.palette;
    const seen = new Set<string>();
    for (const z of model.map.zones) {
      seen.add(z.id);
      let g = this.zones.get(z.id);
      const wasActive = g?.getData('active') === true;
      if (!g) {
        g = this.add.graphics();
        this.zones.set(z.id, g);
      }
      g.clear().setDepth(DEPTH.zone + RING_ORDER.indexOf(z.ring) / 10);
      const pts = projectPolygon(z.polygon, this.projection);
      if (z.active) {
        const style = p.rings[z.ring];
        this.fill(g, pts, style.fill.colour, style.fill.alpha);
        this.stroke(g, pts, style.stroke);
      } else this.stroke(g, pts, p.inactiveZone);
      g.setData('active', z.active);
      if (animate && z.active !== wasActive) {
        this.tweens.killTweensOf(g);
        this.tweens.add({ targets: g, alpha: { from: 0.15, to: 1 }, duration: 450, ease: 'Sine.easeOut' });
      } else if (!this.tweens.isTweening(g)) g.setAlpha(1);
    }
    for (const [id, g] of this.zones) {
      if (seen.has(id)) continue;
      this.zones.delete(id);
      g.destroy();
    }
  }

  private text(content: string, style: Palette['areaLabel'], bold: boolean): Phaser.GameObjects.Text {
    return this.add
      .text(0, 0, content, {
        fontFamily: FONT,
        fontSize: `${style.size}px`,
        fontStyle: bold ? 'bold' : '',
        color: style.colour,
        resolution: this.options.dpr,
      })
      .setStroke(style.halo, style.haloWidth);
  }

  private syncAreaLabels(model: BoardModel): void {
    const p = this.options.palette;
    const wanted = model.map.areas.filter((a) => a.areaKind !== 'municipality' || model.map.areas.length === 1);
    const seen = new Set<string>();
    for (const a of wanted) {
      seen.add(a.id);
      let label = this.areaLabels.get(a.id);
      if (!label) {
        label = this.text(a.label, p.areaLabel, false).setOrigin(0, 0).setDepth(DEPTH.areaLabel).setAlpha(0.9);
        this.areaLabels.set(a.id, label);
      } else if (label.text !== a.label) label.setText(a.label);
    }
    destroyUnseen(this.areaLabels, seen);
  }

  private image(key: IconKey, px: number): Phaser.GameObjects.Image {
    return this.add.image(0, 0, this.textures.exists(key) ? key : FALLBACK).setDisplaySize(px, px);
  }

  private syncPois(model: BoardModel): void {
    const p = this.options.palette;
    const seen = new Set<string>();
    for (const poi of model.map.pois) {
      seen.add(poi.id);
      let entry = this.pois.get(poi.id);
      const key: IconKey = `poi-${poi.poiKind}`;
      if (!entry) {
        entry = { icon: this.image(key, p.iconPx).setDepth(DEPTH.poi) };
        this.pois.set(poi.id, entry);
      }
      const [x, y] = this.at(poi.position.at);
      entry.icon.setPosition(x, y);
    }
    for (const [id, entry] of this.pois) {
      if (seen.has(id)) continue;
      entry.icon.destroy();
      this.pois.delete(id);
    }
  }

  private drawHospitals(model: BoardModel): void {
    const p = this.options.palette;
    const bar = p.hospitalBar;
    const g = this.bars.clear();
    const seen = new Set<string>();
    for (const h of model.map.hospitals) {
      seen.add(h.id);
      const [x, y] = this.at(h.position.at);
      const left = x - bar.width / 2;
      const top = y - p.iconPx / 2 - bar.height - 4;
      const filled = Math.min(1, h.capacity > 0 ? h.load / h.capacity : 1) * (bar.width - 2);
      g.fillStyle(bar.border, 1).fillRect(left - 1, top - 1, bar.width + 2, bar.height + 2);
      g.fillStyle(bar.back, 1).fillRect(left, top, bar.width, bar.height);
      g.fillStyle(loadColour(p, h.load, h.capacity), 1).fillRect(left + 1, top + 1, filled, bar.height - 2);
      const content = `${h.load}/${h.capacity}`;
      let label = this.loadLabels.get(h.id);
      if (!label) {
        label = this.text(content, p.poiLabel, true).setOrigin(0, 0.5).setDepth(DEPTH.hospital);
        this.loadLabels.set(h.id, label);
      } else if (label.text !== content) label.setText(content);
      label.setPosition(left + bar.width + 4, top + bar.height / 2);
    }
    destroyUnseen(this.loadLabels, seen);
  }

  private syncBadges(model: BoardModel, animate: boolean): void {
    const p = this.options.palette;
    const seen = new Set<string>();
    for (const a of model.map.atRisk) {
      seen.add(a.id);
      const key: IconKey = a.protected ? 'badge-protected' : 'badge-at-risk';
      let badge = this.badges.get(a.id);
      const changed = badge !== undefined && badge.getData('key') !== key;
      if (!badge) {
        badge = this.image(key, p.badgePx).setDepth(DEPTH.badge);
        this.badges.set(a.id, badge);
      } else if (changed) badge.setTexture(this.textures.exists(key) ? key : FALLBACK).setDisplaySize(p.badgePx, p.badgePx);
      badge.setData('key', key);
      const [x, y] = this.at(a.position.at);
      badge.setPosition(x + p.iconPx / 2, y - p.iconPx / 2);
      if (animate && changed) this.pop(badge);
    }
    destroyUnseen(this.badges, seen);
  }

  private pop(target: Phaser.GameObjects.Image): void {
    const sx = target.scaleX;
    const sy = target.scaleY;
    this.tweens.killTweensOf(target);
    this.tweens.add({ targets: target, scaleX: { from: sx * 0.4, to: sx }, scaleY: { from: sy * 0.4, to: sy }, alpha: { from: 0, to: 1 }, duration: 280, ease: 'Back.easeOut' });
  }

  private syncPoints<T extends MapItem>(objects: Map<string, Phaser.GameObjects.Image>, items: readonly T[], keyOf: (item: T) => IconKey, depth: number, animate: boolean): void {
    const p = this.options.palette;
    const seen = new Set<string>();
    items.forEach((item, i) => {
      seen.add(item.id);
      const [x, y] = this.at(item.position.at);
      const key = keyOf(item);
      let obj = objects.get(item.id);
      if (!obj) {
        obj = this.image(key, p.iconPx).setPosition(x, y);
        objects.set(item.id, obj);
        if (animate) this.pop(obj);
      } else {
        if (obj.getData('key') !== key) obj.setTexture(this.textures.exists(key) ? key : FALLBACK).setDisplaySize(p.iconPx, p.iconPx);
        const moved = obj.getData('x') !== item.position.at[0] || obj.getData('y') !== item.position.at[1];
        if (animate && moved) {
          this.tweens.killTweensOf(obj);
          this.tweens.add({ targets: obj, x, y, duration: 500, ease: 'Sine.easeInOut' });
        } else if (!this.tweens.isTweening(obj) || !animate) {
          this.tweens.killTweensOf(obj);
          obj.setPosition(x, y).setAlpha(1).setDisplaySize(p.iconPx, p.iconPx);
        }
      }
      // Later items lie on top, as in the view's order.
      obj.setDepth(depth + i / (items.length + 1)).setData('key', key).setData('x', item.position.at[0]).setData('y', item.position.at[1]);
    });
    for (const [id, obj] of objects) {
      if (seen.has(id)) continue;
      objects.delete(id);
      if (animate) {
        this.tweens.killTweensOf(obj);
        this.tweens.add({ targets: obj, alpha: 0, duration: 220, ease: 'Sine.easeIn', onComplete: () => obj.destroy() });
      } else obj.destroy();
    }
  }

  private syncIncident(model: BoardModel, animate: boolean): void {
    const p = this.options.palette;
    const item = model.map.incident;
    if (!item) {
      this.incident?.destroy();
      this.incident = null;
      return;
    }
    const [x, y] = this.at(item.position.at);
    const px = Math.round(p.iconPx * 1.35);
    if (!this.incident) {
      this.incident = this.image('incident', px).setDepth(DEPTH.incident);
      if (animate) this.ripple(x, y, px);
    }
    this.incident.setPosition(x, y);
  }

  private ripple(x: number, y: number, px: number): void {
    const ring = this.add.circle(x, y, px / 2).setStrokeStyle(3, 0xb71c1c, 1).setDepth(DEPTH.incident);
    ring.isFilled = false;
    this.tweens.add({ targets: ring, scale: { from: 1, to: 2.6 }, alpha: { from: 0.9, to: 0 }, duration: 900, repeat: 1, ease: 'Sine.easeOut', onComplete: () => ring.destroy() });
  }

  /**
   * The names of the places, units, markers and the incident. A name's Phaser text (a canvas and a texture
   * each) is made only once the placement gives it a place: a stress picture of hundreds of markers shows
   * a fraction of their names, and measuring a name is far cheaper than drawing it.
   */
  private syncLabels(model: BoardModel): void {
    const m = model.map;
    const seen = new Set<string>();
    for (const item of [...m.pois, ...m.units, ...m.markers, ...(m.incident ? [m.incident] : [])]) seen.add(item.id);
    destroyUnseen(this.labels, seen);
  }

  /** A name's size in CSS pixels as Phaser will draw it: the text's width and the font's height, plus the halo. */
  private labelSize(id: string, content: string): { width: number; height: number } {
    const made = this.labels.get(id);
    if (made && made.text === content) return { width: made.width, height: made.height };
    const known = this.measured.get(content);
    if (known) return known;
    const style = this.options.palette.poiLabel;
    const context = (this.measurer ??= document.createElement('canvas').getContext('2d'));
    if (context) context.font = `bold ${style.size}px ${FONT}`;
    const width = context ? context.measureText(content).width : content.length * style.size * 0.62;
    const size = { width: Math.ceil(width + style.haloWidth), height: Math.ceil(style.size * 1.25) + style.haloWidth };
    if (this.measured.size > 5000) this.measured.clear();
    this.measured.set(content, size);
    return size;
  }

  /**
   * Every name at a place where it covers no icon and no other name (label.ts decides, deterministically);
   * a name placed away from its icon gets a thin line to it; a name with no free place is hidden (it is in
   * the details, the DOM list, and back on the map when zoomed in).
   */
  private placeNames(model: BoardModel): void {
    const p = this.options.palette;
    const m = model.map;
    const icons: Box[] = [...this.reserved];
    const pointAt = (item: MapItem) => this.at(item.position.at);
    for (const item of [...m.pois, ...m.units, ...m.markers]) icons.push(iconBox(pointAt(item), p.iconPx));
    if (m.incident) icons.push(iconBox(pointAt(m.incident), Math.round(p.iconPx * 1.35)));
    for (const a of m.atRisk) {
      const [x, y] = pointAt(a);
      icons.push(iconBox([x + p.iconPx / 2, y - p.iconPx / 2], p.badgePx));
    }
    for (const h of m.hospitals) {
      const [x, y] = pointAt(h);
      const top = y - p.iconPx / 2 - p.hospitalBar.height - 5;
      icons.push({ x: x - p.hospitalBar.width / 2 - 1, y: top, width: p.hospitalBar.width + 2, height: p.hospitalBar.height + 2 });
      const load = this.loadLabels.get(h.id);
      if (load) icons.push(boxOf(load));
    }

    const requests: LabelRequest[] = [];
    const objects = new Map<string, Phaser.GameObjects.Text>();
    const names = new Map<string, string>();
    const point = (item: MapItem, priority: number, clearance: number) => {
      names.set(item.id, item.label);
      requests.push({ id: item.id, anchor: pointAt(item), clearance, ...this.labelSize(item.id, item.label), priority });
    };
    if (m.incident) point(m.incident, LABEL_PRIORITY.incident, (p.iconPx * 1.35) / 2);
    for (const item of m.markers) point(item, LABEL_PRIORITY.marker, p.iconPx / 2);
    for (const item of m.units) point(item, LABEL_PRIORITY.unit, p.iconPx / 2);
    for (const item of m.pois) point(item, LABEL_PRIORITY.poi, p.iconPx / 2);
    for (const a of m.areas) {
      const label = this.areaLabels.get(a.id);
      if (!label) continue;
      objects.set(a.id, label);
      requests.push({ id: a.id, anchor: pointAt(a), clearance: 0, width: label.width, height: label.height, priority: LABEL_PRIORITY.area, centred: true });
    }

    const placed = placeLabels(requests, icons, this.viewport());
    const g = this.leaders.clear();
    g.lineStyle(1.5, 0x1b1f24, 0.8);
    for (const request of requests) {
      const box = placed.get(request.id) ?? null;
      let label = objects.get(request.id) ?? this.labels.get(request.id);
      const content = names.get(request.id);
      if (box && !label && content !== undefined) {
        label = this.text(content, p.poiLabel, true).setOrigin(0, 0).setDepth(DEPTH.label);
        this.labels.set(request.id, label);
      } else if (box && label && content !== undefined && label.text !== content) label.setText(content);
      if (!label) continue;
      label.setVisible(box !== null);
      if (!box) continue;
      label.setPosition(box.x, box.y);
      if (request.centred) continue;
      // The nearest point of the name's box to the icon: a line when the name is not right beside it.
      const [cx, cy] = request.anchor;
      const nx = Math.min(Math.max(cx, box.x), box.x + box.width);
      const ny = Math.min(Math.max(cy, box.y), box.y + box.height);
      const distance = Math.hypot(nx - cx, ny - cy);
      if (distance > request.clearance + 4) {
        const ux = (nx - cx) / distance;
        const uy = (ny - cy) / distance;
        g.lineBetween(cx + ux * request.clearance, cy + uy * request.clearance, nx, ny);
      }
    }
  }

  /** What the pointer can land on, top-most first: what lies on top of the map is what the user sees. */
  private buildTargets(model: BoardModel): Target[] {
    const p = this.options.palette;
    const r = p.iconPx / 2 + 2;
    const point = (item: MapItem, radius = r): Target => {
      const [x, y] = this.at(item.position.at);
      return { id: item.id, x, y, radius };
    };
    const shape = (item: MapItem & { polygon: readonly Point[] }): Target => ({ id: item.id, polygon: projectPolygon(item.polygon, this.projection) });
    const m = model.map;
    const zones = [...m.zones].sort((a, b) => Number(b.active) - Number(a.active) || RING_ORDER.indexOf(b.ring) - RING_ORDER.indexOf(a.ring));
    const areas = [...m.areas].sort((a, b) => polygonArea(a.polygon) - polygonArea(b.polygon));
    const badge = (item: MapItem): Target => {
      const [x, y] = this.at(item.position.at);
      return { id: item.id, x: x + p.iconPx / 2, y: y - p.iconPx / 2, radius: p.badgePx / 2 + 2 };
    };
    return [
      ...(m.incident ? [point(m.incident, r * 1.3)] : []),
      ...[...m.markers].reverse().map((i) => point(i)),
      ...[...m.units].reverse().map((i) => point(i)),
      ...m.atRisk.map(badge),
      ...m.hospitals.map((i) => point(i)),
      ...m.pois.map((i) => point(i)),
      ...zones.map(shape),
      ...(m.alertArea ? [shape(m.alertArea)] : []),
      ...m.affected.map(shape),
      ...areas.map(shape),
    ];
  }

  private drawHighlight(): void {
    const g = this.highlightGfx?.clear();
    if (!g) return;
    const id = this.focusId ?? this.hoverId;
    const item = id ? this.items.get(id) : undefined;
    if (!item) return;
    const p = this.options.palette;
    const h = p.highlight;
    if ('polygon' in item) {
      const pts = projectPolygon(item.polygon, this.projection);
      g.lineStyle(h.width + 4, 0xffffff, 0.9);
      trace(g, pts);
      g.strokePath();
      g.lineStyle(h.width, h.colour, 1);
      trace(g, pts);
      g.strokePath();
      return;
    }
    let [x, y] = this.at(item.position.at);
    let radius = p.iconPx * 0.72;
    if (item.kind === 'atRisk') {
      x += p.iconPx / 2;
      y -= p.iconPx / 2;
      radius = p.badgePx * 0.9;
    }
    g.lineStyle(h.width + 4, 0xffffff, 0.9).strokeCircle(x, y, radius);
    g.lineStyle(h.width, h.colour, 1).strokeCircle(x, y, radius);
  }
}

function trace(g: Phaser.GameObjects.Graphics, pts: Pts): void {
  g.beginPath();
  pts.forEach(([x, y], i) => (i === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
  g.closePath();
}

function destroyUnseen(objects: Map<string, Phaser.GameObjects.GameObject>, seen: ReadonlySet<string>): void {
  for (const [id, obj] of objects) {
    if (seen.has(id)) continue;
    obj.destroy();
    objects.delete(id);
  }
}

function boxOf(text: Phaser.GameObjects.Text): Box {
  const b = text.getBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height };
}

function polygonArea(polygon: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    sum += xj * yi - xi * yj;
  }
  return Math.abs(sum) / 2;
}
