/**
 * The targets of issue #8 (and #6), checked against one report: every text command at half the
 * echo bot's throughput or better; "call" at 5,000 people within 1.5× of 50; "my calls" at 100,000
 * records within 1.3× of 100; "sync status" at 5,000 under 1 s and at most linear; the load run
 * without errors and with flat memory.
 */
import { count, figure, percentText, ratioText } from './report-format';
import { CONCURRENCIES, type BenchReport, type Curve, type TargetCheck } from './report-types';
import { growthExponent } from './stats';

export const MIN_THROUGHPUT_RATIO = 0.5;

/** Figures of runs where more turns than this failed say nothing about speed. */
export const MAX_FAILED_SHARE = 0.01;

function tooManyFailures(turns: number, errors: number): boolean {
  return turns === 0 || errors / turns > MAX_FAILED_SHARE;
}

/** Every target the report has figures for (null `holds` when a figure is missing). */
export function checkTargets(report: Omit<BenchReport, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const command of report.ratios?.commands ?? []) {
    for (const c of CONCURRENCIES) {
      const target = `${command.label}: throughput ≥ ${MIN_THROUGHPUT_RATIO}× echo at ${c}`;
      const run = command.runs[c];
      if (command.status !== 'measured' || !run) {
        checks.push({
          target,
          figure: command.status === 'measured' ? 'not run' : command.status,
          holds: null,
        });
        continue;
      }
      if (tooManyFailures(run.turns, run.errors)) {
        checks.push({
          target,
          figure: `${count(run.errors)} of ${count(run.turns)} turns failed`,
          holds: null,
        });
        continue;
      }
      const ratio = run.throughputRatio.median;
      checks.push({
        target,
        figure: ratioText(ratio),
        holds: Number.isFinite(ratio) ? ratio >= MIN_THROUGHPUT_RATIO : null,
      });
    }
  }
  const curve = (name: string): Curve | undefined => report.scale.find((c) => c.name === name);
  checks.push(latencyGrowth(curve('call'), 50, 5000, 1.5, '"call" p50 at 5,000 people ≤ 1.5× at 50'));
  checks.push(
    latencyGrowth(curve('my-calls'), 100, 100_000, 1.3, '"my calls" p50 at 100,000 records ≤ 1.3× at 100'),
  );
  checks.push(...syncStatus(curve('sync-status')));
  if (report.load) {
    const load = report.load;
    checks.push({
      target: 'load: zero errors',
      figure: `${load.errors} errors in ${count(load.turns)} turns`,
      holds: load.zeroErrors,
    });
    checks.push({
      target: 'load: memory after the run within 10 % of after warm-up',
      figure: percentText(load.growthPercent),
      holds: load.memoryWithin10Percent,
    });
  }
  return checks;
}

function p50At(curve: Curve | undefined, size: number): number {
  const point = curve?.points.find((p) => p.size === size);
  return point && point.status === 'measured' && !tooManyFailures(point.turns, point.errors)
    ? point.p50Ms.median
    : Number.NaN;
}

function latencyGrowth(
  curve: Curve | undefined,
  small: number,
  large: number,
  limit: number,
  target: string,
): TargetCheck {
  if (!curve) return { target, figure: 'not run', holds: null };
  const ratio = p50At(curve, large) / p50At(curve, small);
  if (!Number.isFinite(ratio)) return { target, figure: availability(curve), holds: null };
  return { target, figure: ratioText(ratio), holds: ratio <= limit };
}

function syncStatus(curve: Curve | undefined): TargetCheck[] {
  const under = '"sync status" p50 at 5,000 people per side < 1 s';
  const linear = '"sync status" grows at most linearly (log–log slope ≤ 1)';
  if (!curve)
    return [
      { target: under, figure: 'not run', holds: null },
      { target: linear, figure: 'not run', holds: null },
    ];
  const at5000 = p50At(curve, 5000);
  const slope = growthExponent(curve.points.map((p) => ({ x: p.size, y: p50At(curve, p.size) })));
  return [
    Number.isFinite(at5000)
      ? { target: under, figure: `${figure(at5000)} ms`, holds: at5000 < 1000 }
      : { target: under, figure: availability(curve), holds: null },
    Number.isFinite(slope)
      ? { target: linear, figure: `slope ${slope.toFixed(2)}`, holds: slope <= 1 }
      : { target: linear, figure: availability(curve), holds: null },
  ];
}

function availability(curve: Curve): string {
  const statuses = new Set(curve.points.map((p) => p.status).filter((s) => s !== 'measured'));
  if (curve.points.some((p) => p.status === 'measured' && tooManyFailures(p.turns, p.errors))) {
    statuses.add('error');
  }
  return statuses.size > 0 ? [...statuses].join(', ') : 'not measured';
}
