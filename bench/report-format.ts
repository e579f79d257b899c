/** Number formatting and plain-text tables for the benchmark report. */
import type { Spread } from './stats';

/** A figure with about three significant digits ("0.412", "12.3", "1,234"). */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** A whole count with thousands separators: "5,000". */
export function count(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

/** "median [min–max]", or "—" when nothing was measured. */
export function spreadText(s: Spread, unit = ''): string {
  if (s.runs === 0) return '—';
  if (s.runs === 1 || s.min === s.max) return `${figure(s.median)}${unit}`;
  return `${figure(s.median)}${unit} [${figure(s.min)}–${figure(s.max)}]`;
}

/** A ratio: "0.62×". */
export function ratioText(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

/** Bytes as mebibytes: "123.4 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A signed percentage: "+3.2 %". */
export function percentText(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
}

/**
 * A plain-text table: the header, a rule, the rows; columns padded to their widest cell, the
 * first column left-aligned and the others right-aligned (figures).
 */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths
      .map((w, c) => {
        const cell = cells[c] ?? '';
        return c === 0 ? cell.padEnd(w) : cell.padStart(w);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
