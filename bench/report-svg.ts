/**
 * The benchmark report as one SVG image (no chart library): throughput of each command relative to
 * the echo bot at 1 and 32 conversations, the scale curves (p50 latency with min–max whiskers and
 * upstream requests per turn), and the memory and load figures.
 */
import { count, figure, megabytes, percentText } from './report-format';
import { CONCURRENCIES, type BenchReport, type Concurrency, type Curve } from './report-types';
import { MIN_THROUGHPUT_RATIO } from './targets';

const WIDTH = 1000;
const COLORS: Record<Concurrency, string> = { 1: '#4e79a7', 32: '#f28e2b' };
const FONT = 'font-family="Segoe UI, Helvetica, Arial, sans-serif"';

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${r(x)}" y="${r(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

function r(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/** The report as an SVG document. */
export function reportSvg(report: BenchReport): string {
  const parts: string[] = [];
  let y = 30;
  parts.push(
    text(20, y, `pbx-rooms-teams-bot benchmark — ${report.startedAt}`, 'font-size="18" font-weight="bold"'),
  );
  y += 20;
  parts.push(
    text(
      20,
      y,
      `${report.settings.quick ? 'quick smoke run' : 'full run'}, median of ${report.settings.rounds} runs, whiskers min–max; ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}`,
      'font-size="12" fill="#555"',
    ),
  );
  y += 20;
  if (report.ratios) {
    const panel = ratioPanel(report, y);
    parts.push(panel.svg);
    y = panel.bottom;
  }
  if (report.scale.length > 0) {
    const panel = scalePanel(report.scale, y);
    parts.push(panel.svg);
    y = panel.bottom;
  }
  const summary = summaryPanel(report, y);
  parts.push(summary.svg);
  y = summary.bottom + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${r(y)}" viewBox="0 0 ${WIDTH} ${r(y)}" ${FONT}>`,
    `<rect width="${WIDTH}" height="${r(y)}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function ratioPanel(report: BenchReport, top: number): { svg: string; bottom: number } {
  const commands = report.ratios!.commands;
  const left = 290;
  const right = WIDTH - 70;
  const rowHeight = 34;
  const maxRatio = Math.max(
    1.2,
    ...commands
      .flatMap((c) => CONCURRENCIES.map((k) => c.runs[k]?.throughputRatio.max ?? 0))
      .filter(Number.isFinite),
  );
  const x = (ratio: number): number => left + (Math.min(ratio, maxRatio) / maxRatio) * (right - left);
  const out: string[] = [];
  let y = top + 24;
  out.push(
    text(
      20,
      y,
      'Throughput relative to the echo bot (higher is better)',
      'font-size="15" font-weight="bold"',
    ),
  );
  CONCURRENCIES.forEach((c, i) => {
    out.push(`<rect x="${left + i * 150}" y="${r(y + 8)}" width="12" height="12" fill="${COLORS[c]}"/>`);
    out.push(text(left + i * 150 + 18, y + 18, `${c} conversation${c > 1 ? 's' : ''}`, 'font-size="12"'));
  });
  y += 32;
  const chartTop = y;
  for (const command of commands) {
    out.push(text(20, y + 20, command.label, 'font-size="12"'));
    if (command.status !== 'measured') {
      const why =
        command.status === 'error' ? `error: ${command.answer.slice(0, 60)}` : 'command not available';
      out.push(text(left + 6, y + 20, why, 'font-size="12" font-style="italic" fill="#888"'));
    } else {
      CONCURRENCIES.forEach((c, i) => {
        const ratio = command.runs[c]?.throughputRatio;
        if (!ratio || ratio.runs === 0) return;
        const barY = y + 4 + i * 13;
        out.push(
          `<rect x="${left}" y="${r(barY)}" width="${r(Math.max(1, x(ratio.median) - left))}" height="11" fill="${COLORS[c]}"/>`,
        );
        out.push(
          `<line x1="${r(x(ratio.min))}" x2="${r(x(ratio.max))}" y1="${r(barY + 5.5)}" y2="${r(barY + 5.5)}" stroke="#222" stroke-width="1"/>`,
        );
        out.push(
          text(
            x(Math.max(ratio.median, ratio.max)) + 5,
            barY + 10,
            `${ratio.median.toFixed(2)}×`,
            'font-size="10"',
          ),
        );
      });
    }
    y += rowHeight;
  }
  for (const [ratio, label, dash] of [
    [MIN_THROUGHPUT_RATIO, `target ${MIN_THROUGHPUT_RATIO}×`, '5,4'],
    [1, 'echo bot', ''],
  ] as const) {
    out.push(
      `<line x1="${r(x(ratio))}" x2="${r(x(ratio))}" y1="${r(chartTop)}" y2="${r(y)}" stroke="#c0392b" stroke-width="1"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    out.push(text(x(ratio) + 3, y + 12, label, 'font-size="10" fill="#c0392b"'));
  }
  return { svg: out.join('\n'), bottom: y + 24 };
}

function scalePanel(curves: readonly Curve[], top: number): { svg: string; bottom: number } {
  const out: string[] = [];
  out.push(
    text(
      20,
      top + 24,
      'Scale curves: p50 latency per turn (1 conversation) and upstream requests per turn',
      'font-size="15" font-weight="bold"',
    ),
  );
  const cellWidth = (WIDTH - 60) / 2;
  const cellHeight = 210;
  const start = top + 40;
  curves.forEach((curve, i) => {
    const cx = 20 + (i % 2) * (cellWidth + 20);
    const cy = start + Math.floor(i / 2) * (cellHeight + 20);
    out.push(curveCell(curve, cx, cy, cellWidth, cellHeight));
  });
  const rows = Math.ceil(curves.length / 2);
  return { svg: out.join('\n'), bottom: start + rows * (cellHeight + 20) };
}

function curveCell(curve: Curve, left: number, top: number, width: number, height: number): string {
  const out: string[] = [];
  out.push(
    `<rect x="${r(left)}" y="${r(top)}" width="${r(width)}" height="${r(height)}" fill="#fafafa" stroke="#ddd"/>`,
  );
  out.push(
    text(left + 10, top + 18, `${curve.scenario} — by ${curve.unit}`, 'font-size="13" font-weight="bold"'),
  );
  const plotTop = top + 40;
  const plotBottom = top + height - 46;
  const measured = curve.points.filter((p) => p.status === 'measured');
  const maxMs = Math.max(1, ...measured.map((p) => p.p50Ms.max).filter(Number.isFinite));
  const slot = (width - 40) / Math.max(1, curve.points.length);
  const barWidth = Math.min(60, slot * 0.5);
  const yOf = (ms: number): number => plotBottom - (ms / maxMs) * (plotBottom - plotTop);
  out.push(
    `<line x1="${r(left + 20)}" x2="${r(left + width - 20)}" y1="${r(plotBottom)}" y2="${r(plotBottom)}" stroke="#999"/>`,
  );
  curve.points.forEach((point, i) => {
    const cx = left + 20 + slot * i + slot / 2;
    out.push(text(cx, plotBottom + 16, count(point.size), 'font-size="11" text-anchor="middle"'));
    if (point.status !== 'measured') {
      out.push(
        text(
          cx,
          plotBottom - 8,
          point.status,
          'font-size="11" text-anchor="middle" font-style="italic" fill="#888"',
        ),
      );
      return;
    }
    const { median, min, max } = point.p50Ms;
    out.push(
      `<rect x="${r(cx - barWidth / 2)}" y="${r(yOf(median))}" width="${r(barWidth)}" height="${r(plotBottom - yOf(median))}" fill="#59a14f"/>`,
    );
    out.push(`<line x1="${r(cx)}" x2="${r(cx)}" y1="${r(yOf(min))}" y2="${r(yOf(max))}" stroke="#222"/>`);
    out.push(
      `<line x1="${r(cx - 6)}" x2="${r(cx + 6)}" y1="${r(yOf(max))}" y2="${r(yOf(max))}" stroke="#222"/>`,
    );
    out.push(
      `<line x1="${r(cx - 6)}" x2="${r(cx + 6)}" y1="${r(yOf(min))}" y2="${r(yOf(min))}" stroke="#222"/>`,
    );
    out.push(text(cx + barWidth / 2 + 4, yOf(median) + 4, `${figure(median)} ms`, 'font-size="11"'));
    out.push(
      text(
        cx,
        plotBottom + 32,
        `${figure(point.upstreamPerTurn.median)} req/turn`,
        'font-size="10" text-anchor="middle" fill="#555"',
      ),
    );
  });
  return out.join('\n');
}

function summaryPanel(report: BenchReport, top: number): { svg: string; bottom: number } {
  const lines: Array<{ content: string; attrs?: string }> = [];
  if (report.memory) {
    const m = report.memory;
    lines.push({
      content: 'Memory (resident set after a forced GC)',
      attrs: 'font-size="15" font-weight="bold"',
    });
    lines.push({
      content: `bot: after warm-up ${megabytes(m.bot.afterWarmup.rssBytes)} → after ${count(m.bot.turns)} turns ${megabytes(m.bot.afterTurns.rssBytes)} (${percentText(m.bot.growthPercent)})`,
    });
    if (m.echo) {
      lines.push({
        content: `echo bot: after warm-up ${megabytes(m.echo.afterWarmup.rssBytes)} → after ${count(m.echo.turns)} turns ${megabytes(m.echo.afterTurns.rssBytes)} (${percentText(m.echo.growthPercent)})`,
      });
    }
  }
  if (report.load) {
    const l = report.load;
    lines.push({
      content: `Load: ${l.conversations} conversations × ${l.seconds} s`,
      attrs: 'font-size="15" font-weight="bold"',
    });
    lines.push({
      content: `${count(l.turns)} turns (${figure(l.throughput)}/s), p50 ${figure(l.p50Ms)} ms, p99 ${figure(l.p99Ms)} ms, ${l.errors} errors ${l.zeroErrors ? '✓' : '✗'}`,
    });
    lines.push({
      content: `memory ${megabytes(l.afterWarmup.rssBytes)} → ${megabytes(l.afterRun.rssBytes)} (${percentText(l.growthPercent)}) ${l.memoryWithin10Percent ? '✓ within 10 %' : '✗ beyond 10 %'}`,
    });
  }
  const missed = report.targets.filter((t) => t.holds === false);
  if (report.targets.length > 0) {
    lines.push({
      content: `Targets: ${report.targets.filter((t) => t.holds).length} hold, ${missed.length} missed`,
      attrs: 'font-size="15" font-weight="bold"',
    });
    for (const t of missed.slice(0, 12))
      lines.push({ content: `✗ ${t.target}: ${t.figure}`, attrs: 'font-size="12" fill="#c0392b"' });
  }
  let y = top + 10;
  const out = lines.map((line) => {
    y += line.attrs?.includes('bold') ? 28 : 18;
    return text(20, y, line.content, line.attrs ?? 'font-size="12"');
  });
  return { svg: out.join('\n'), bottom: y };
}
