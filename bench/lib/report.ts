// The bench's figures, one model for the printed table and for bench-results.json: each figure with its
// baseline measured in the same run, the ratio between them, and its budget with "within" or "over".
import { budgetStatus, BUDGETS, type BudgetId } from './budgets.js';

export type Section = 'engine' | 'loader' | 'playtest' | 'browser' | 'scale' | 'classroom';

export interface Figure {
  readonly section: Section;
  /** A stable key for comparing runs, e.g. "engine.applyCommand.p99.festival-livestream". */
  readonly id: string;
  readonly label: string;
  /** Null when the figure could not be measured; `note` says why. */
  readonly value: number | null;
  readonly unit: string;
  readonly baseline?: { readonly label: string; readonly value: number; readonly unit: string };
  /** value / baseline.value */
  readonly ratio?: number;
  readonly budget?: BudgetId;
  readonly status?: 'within' | 'over';
  readonly note?: string;
}

export interface FigureInput {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly unit: string;
  readonly baseline?: { readonly label: string; readonly value: number; readonly unit: string };
  readonly budget?: BudgetId;
  readonly note?: string;
}

/** A scale series: one figure at each size, and how it grows from one size to the next. */
export interface Series {
  readonly id: string;
  /** What grows, e.g. "injects". */
  readonly dimension: string;
  readonly sizes: readonly number[];
  readonly figures: readonly SeriesFigure[];
}

export interface SeriesFigure {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly values: readonly number[];
  /** The exponent k in t ∝ n^k for each step between sizes (null where too small to tell). */
  readonly growth: readonly (number | null)[];
  /** The exponent fitted over all sizes at once (least squares in log–log). */
  readonly fitted: number | null;
  /** What it should be at most: 0 for a figure that should not grow, 1 for one that may grow linearly. */
  readonly expected: 0 | 1;
  readonly verdict: string;
}

/** A target of issue 19, checked against figures of this run: pass, fail, or not measured in this run. */
export interface Target {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly unit: string;
  /** As printed, e.g. "≤ 30 ms". */
  readonly limit: string;
  readonly result: 'pass' | 'fail' | 'not measured';
  readonly note?: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly series: Series[] = [];
  readonly targets: Target[] = [];

  figure(id: string): Figure | undefined {
    return this.figures.find((f) => f.id === id);
  }

  seriesFigure(seriesId: string, figureId: string): { series: Series; figure: SeriesFigure } | undefined {
    const series = this.series.find((s) => s.id === seriesId);
    const figure = series?.figures.find((f) => f.id === figureId);
    return series && figure ? { series, figure } : undefined;
  }

  addTarget(target: Target): void {
    this.targets.push(target);
  }

  add(section: Section, input: FigureInput): Figure {
    const ratio = input.baseline && input.value !== null && input.baseline.value > 0 ? input.value / input.baseline.value : undefined;
    const status = input.budget && input.value !== null ? budgetStatus(input.budget, input.value) : undefined;
    const figure: Figure = {
      section,
      ...input,
      ...(ratio === undefined ? {} : { ratio }),
      ...(status === undefined ? {} : { status }),
    };
    this.figures.push(figure);
    return figure;
  }

  addSeries(series: Series): void {
    this.series.push(series);
  }
}

// ---------------------------------------------------------------- printing

const SECTION_TITLES: Readonly<Record<Section, string>> = {
  engine: '1. Engine',
  loader: '2. Loader',
  playtest: '3. Playtest',
  browser: '4. Browser (headless Chromium, production build)',
  scale: '5. Scale',
  classroom: '6. Classroom host (real host process, loopback websockets)',
};

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

const withUnit = (value: number, unit: string) => (unit === '×' ? `${formatNumber(value)}×` : `${formatNumber(value)} ${unit}`);

function tableLines(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function figureRow(f: Figure): string[] {
  const b = f.budget ? BUDGETS[f.budget] : undefined;
  return [
    f.label,
    f.value === null ? '—' : withUnit(f.value, f.unit),
    f.baseline ? `${withUnit(f.baseline.value, f.baseline.unit)} ${f.baseline.label}` : '',
    f.ratio === undefined ? '' : `${f.ratio.toFixed(f.ratio >= 10 ? 0 : 2)}×`,
    b ? b.text : '',
    f.status ?? (f.value === null ? (f.note ?? '') : ''),
  ];
}

function growthText(g: number | null): string {
  return g === null ? '–' : g.toFixed(2);
}

export function renderReport(report: Report): string {
  const out: string[] = [];
  for (const section of Object.keys(SECTION_TITLES) as Section[]) {
    const figures = report.figures.filter((f) => f.section === section);
    const series = section === 'scale' ? report.series : [];
    if (figures.length === 0 && series.length === 0) continue;
    out.push('', SECTION_TITLES[section]);
    if (figures.length > 0) {
      const rows = [['figure', 'value', 'baseline (same run)', 'ratio', 'budget', 'status'], ...figures.map(figureRow)];
      out.push(...tableLines(rows, new Set([1, 3])).map((l) => `  ${l}`));
    }
    for (const s of series) {
      const sizes = s.sizes.map((n) => `${n.toLocaleString('en-US')} ${s.dimension}`);
      const steps = s.sizes.slice(1).map((n, i) => `k ${s.sizes[i]}→${n}`);
      const rows = [
        [`by ${s.dimension}`, ...sizes, ...steps, 'k fitted', 'growth'],
        ...s.figures.map((f) => [f.label, ...f.values.map((v) => withUnit(v, f.unit)), ...f.growth.map(growthText), growthText(f.fitted), f.verdict]),
      ];
      const numeric = new Set(Array.from({ length: s.sizes.length * 2 }, (_, i) => i + 1));
      out.push('', ...tableLines(rows, numeric).map((l) => `  ${l}`));
    }
  }
  if (report.targets.length > 0) {
    out.push('', '7. Targets of issue 19 (checked against this run; timings on a shared machine are noisy, read the ratios)');
    const rows = [['target', 'measured', 'limit', 'result'], ...report.targets.map((t) => [t.label, t.value === null ? '—' : withUnit(t.value, t.unit), t.limit, t.note ? `${t.result} (${t.note})` : t.result])];
    out.push(...tableLines(rows, new Set([1])).map((l) => `  ${l}`));
    const failed = report.targets.filter((t) => t.result === 'fail').length;
    const missing = report.targets.filter((t) => t.result === 'not measured').length;
    out.push(`  Targets: ${report.targets.length - failed - missing} pass, ${failed} fail, ${missing} not measured in this run.`);
  }
  const over = report.figures.filter((f) => f.status === 'over');
  const checked = report.figures.filter((f) => f.status !== undefined);
  out.push('', `Budgets: ${checked.length - over.length} within, ${over.length} over${over.length > 0 ? ` (${over.map((f) => f.label).join('; ')})` : ''}.`);
  out.push('k is the exponent in time ∝ size^k between two sizes: about 0 is flat, 1 linear, 2 quadratic.');
  return `${out.join('\n')}\n`;
}

/** The growth verdict for a series figure: is it within what it should be (flat, or at most linear)? */
export function verdict(growth: readonly (number | null)[], expected: 0 | 1): string {
  const known = growth.filter((g): g is number => g !== null);
  if (known.length === 0) return 'too small to tell';
  const worst = Math.max(...known);
  // Noise on a shared machine moves small exponents by a few tenths; beyond these margins the shape is real.
  if (expected === 0) return worst <= 0.35 ? 'flat' : worst <= 1.25 ? 'grows (≤ linear)' : 'grows faster than linear';
  return worst <= 1.25 ? 'linear or better' : worst <= 1.7 ? 'superlinear' : 'quadratic or worse';
}
