/** The benchmark report as text: what `npm run bench` prints and writes next to the JSON. */
import { count, figure, megabytes, percentText, ratioText, spreadText, textTable } from './report-format';
import type { MemoryFigures } from './host-protocol';
import {
  CONCURRENCIES,
  type BenchReport,
  type Curve,
  type LoadSection,
  type MemoryRun,
  type MemorySection,
  type RatioSection,
} from './report-types';

/** The whole report as text. */
export function reportText(report: BenchReport): string {
  const { machine, settings } = report;
  const parts = [
    `Benchmark of ${report.startedAt} — ${settings.quick ? 'quick smoke run' : 'full run'}, ` +
      `${settings.rounds} runs per figure (median [min–max]), ${Math.round(report.durationSeconds)} s; ` +
      `${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage.join(' → ')}` +
      (settings.only.length > 0 ? `; only ${settings.only.join(', ')}` : ''),
  ];
  if (report.ratios) parts.push(commandsText(report.ratios, settings.ratioRoundMs));
  if (report.scale.length > 0) parts.push(scaleText(report.scale, settings.scaleRoundMs));
  if (report.memory) parts.push(memoryText(report.memory));
  if (report.load) parts.push(loadText(report.load));
  if (report.targets.length > 0) {
    parts.push(
      'Targets\n' +
        report.targets
          .map((t) => `  ${t.holds === null ? '·   ' : t.holds ? 'ok  ' : 'MISS'} ${t.target}: ${t.figure}`)
          .join('\n'),
    );
  }
  if (report.notes.length > 0) parts.push('Notes\n' + report.notes.map((n) => `  - ${n}`).join('\n'));
  return parts.join('\n\n') + '\n';
}

function commandsText(section: RatioSection, roundMs: Record<string, number>): string {
  const rows: string[][] = [];
  for (const c of CONCURRENCIES) {
    const echo = section.echo[c];
    if (echo) {
      rows.push([
        'echo bot (floor)',
        String(c),
        spreadText(echo.throughput),
        '1.00×',
        spreadText(echo.p50Ms),
        '1.00×',
        spreadText(echo.p99Ms),
        spreadText(echo.cpuMsPerTurn),
        '0',
        String(echo.errors),
      ]);
    }
    for (const command of section.commands) {
      const run = command.runs[c];
      if (command.status !== 'measured' || !run) {
        const why = command.status === 'error' ? `error: ${command.answer.slice(0, 50)}` : command.status;
        rows.push([command.label, String(c), why, '', '', '', '', '', '', '']);
        continue;
      }
      rows.push([
        command.label,
        String(c),
        spreadText(run.throughput),
        spreadText(run.throughputRatio, '×'),
        spreadText(run.p50Ms),
        spreadText(run.latencyRatio, '×'),
        spreadText(run.p99Ms),
        spreadText(run.cpuMsPerTurn),
        figure(run.upstreamPerTurn.median),
        String(run.errors),
      ]);
    }
  }
  return (
    `Commands against the echo bot (tenant: ${section.tenant}; runs of ${roundMs['1']} ms at 1 conversation, ` +
    `${roundMs['32']} ms at 32; throughput ≥ 0.5× echo is the target)\n` +
    textTable(
      [
        'command',
        'conv',
        'turns/s',
        'tput ×echo',
        'p50 ms',
        'p50 ×echo',
        'p99 ms',
        'bot CPU ms/turn',
        'upstream/turn',
        'errors',
      ],
      rows,
    )
  );
}

function scaleText(curves: readonly Curve[], roundMs: number): string {
  const rows: string[][] = [];
  for (const curve of curves) {
    const base = curve.points.find((p) => p.status === 'measured');
    for (const point of curve.points) {
      const size = `${count(point.size)} ${curve.unit}`;
      if (point.status !== 'measured') {
        rows.push([
          curve.scenario,
          size,
          point.status === 'error' ? `error: ${point.answer.slice(0, 50)}` : point.status,
          '',
          '',
          '',
          '',
          '',
        ]);
        continue;
      }
      rows.push([
        curve.scenario,
        size,
        spreadText(point.p50Ms),
        base ? ratioText(point.p50Ms.median / base.p50Ms.median) : '—',
        spreadText(point.p99Ms),
        spreadText(point.upstreamPerTurn),
        spreadText(point.upstreamMsPerTurn),
        String(point.errors),
      ]);
    }
  }
  return (
    `Scale curves (1 conversation, runs of ${roundMs} ms; upstream ms = time waiting for the simulators)\n` +
    textTable(
      [
        'command',
        'size',
        'p50 ms',
        '× smallest',
        'p99 ms',
        'upstream req/turn',
        'upstream ms/turn',
        'errors',
      ],
      rows,
    )
  );
}

function memoryText(memory: MemorySection): string {
  const row = (label: string, run: MemoryRun): string[] => [
    label,
    count(run.warmTurns),
    megabytes(run.afterWarmup.rssBytes),
    `${count(run.turns)}${run.stoppedEarly ? ' (time)' : ''}`,
    megabytes(run.afterTurns.rssBytes),
    percentText(run.growthPercent),
    `${megabytes(run.afterWarmup.heapUsedBytes)} → ${megabytes(run.afterTurns.heapUsedBytes)}`,
    `${sockets(run.afterWarmup)} → ${sockets(run.afterTurns)}`,
    String(run.errors),
  ];
  return (
    `Memory (resident set after a forced GC; tenant: ${memory.tenant}; ${memory.conversations} conversations; the bot gets the command mix)\n` +
    textTable(
      [
        'process',
        'warm-up turns',
        'after warm-up',
        'turns',
        'after the turns',
        'growth',
        'heap used',
        'sockets',
        'errors',
      ],
      [row('bot', memory.bot), ...(memory.echo ? [row('echo bot', memory.echo)] : [])],
    )
  );
}

/** Open TCP sockets of a process (a connection leak shows here). */
function sockets(figures: MemoryFigures): string {
  return String(figures.resources.TCPSocketWrap ?? 0);
}

function loadText(load: LoadSection): string {
  const kinds = Object.entries(load.replyKinds)
    .map(([kind, n]) => `${kind} ${count(n)}`)
    .join(', ');
  const problems = Object.entries(load.problems)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([problem, count]) => `    ${count} × ${problem}`);
  return [
    `Load (issue #6): ${load.conversations} conversations × ${load.seconds} s after ${count(load.warmTurns)} warm-up turns, mix of ${load.phrasings} phrasings (en/fr/pt-BR); tenant: ${load.tenant}`,
    `  ${count(load.turns)} turns, ${figure(load.throughput)} turns/s, p50 ${figure(load.p50Ms)} ms, p99 ${figure(load.p99Ms)} ms, max ${figure(load.maxMs)} ms, ${figure(load.upstreamPerTurn)} upstream requests/turn`,
    `  answers: ${kinds || 'none'}`,
    `  errors: ${load.errors} — ${load.zeroErrors ? 'holds (zero errors)' : 'DOES NOT HOLD (zero errors expected)'}`,
    ...problems,
    `  memory: ${megabytes(load.afterWarmup.rssBytes)} after warm-up → ${megabytes(load.afterRun.rssBytes)} after the run (${percentText(load.growthPercent)}) — ${load.memoryWithin10Percent ? 'holds (within 10 %)' : 'DOES NOT HOLD (within 10 % expected)'}`,
    `  heap used ${megabytes(load.afterWarmup.heapUsedBytes)} → ${megabytes(load.afterRun.heapUsedBytes)}, open sockets ${sockets(load.afterWarmup)} → ${sockets(load.afterRun)}`,
  ].join('\n');
}
