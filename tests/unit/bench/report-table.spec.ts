import assert from 'node:assert/strict';
import { reportText } from '../../../bench/report-table';
import { checkTargets } from '../../../bench/targets';
import { sampleReport } from './report-fixture';

describe('bench report as text', () => {
  const report = sampleReport();
  report.targets = checkTargets(report);
  const text = reportText(report);
  const lineOf = (start: RegExp | string): string => {
    const line = text
      .split('\n')
      .find((l) => (typeof start === 'string' ? l.trimStart().startsWith(start) : start.test(l)));
    assert.ok(line, `no line starting with "${String(start)}" in:\n${text}`);
    return line;
  };

  it('opens with the run: date, kind, runs per figure, machine', () => {
    assert.match(
      text.split('\n')[0]!,
      /^Benchmark of 2026-11-23T10:00:00\.000Z — full run, 5 runs per figure .* 2 × AMD EPYC, Node v20\.20\.2/,
    );
  });

  it('shows each command against the echo bot at 1 and 32 conversations, ratios with their spread', () => {
    assert.match(lineOf('echo bot (floor)'), /echo bot \(floor\)\s+1\s+400 \[390–410\]\s+1\.00×/);
    const help = text.split('\n').filter((l) => l.startsWith('help '));
    assert.equal(help.length, 2);
    assert.match(help[0]!, /^help\s+1\s+100 \[90\.0–110\]\s+0\.650× \[0\.600–0\.700\]/);
    assert.match(help[1]!, /^help\s+32\s+/);
  });

  it('writes "not available" for a command that is not written yet instead of figures', () => {
    assert.match(lineOf('my calls'), /^my calls\s+1\s+not available$/);
  });

  it('lists every scale point with its p50, its growth over the smallest size and the upstream requests', () => {
    assert.match(
      lineOf(/^call <Full Name>\s+5,000 people/),
      /20\.0 \[18\.0–24\.0\]\s+2\.00×.*\s2\.00\s+1\.50\s+0$/,
    );
    assert.match(lineOf(/^my calls\s+100 records/), /not available$/);
  });

  it('gives the bot’s memory after warm-up and after the turns, with the echo bot’s as the control', () => {
    assert.match(
      lineOf(/^bot\s/),
      /^bot\s+2,000\s+200\.0 MB\s+10,000\s+210\.0 MB\s+\+5\.0 %\s+80\.0 MB → 82\.0 MB\s+3 → 5\s+0$/,
    );
    assert.match(lineOf(/^echo bot\s+2,000/), /120\.0 MB\s+10,000\s+121\.0 MB\s+\+0\.8 %/);
  });

  it('says whether the load run held its targets, with the reasons of the errors', () => {
    assert.match(text, /12,000 turns, 200 turns\/s, p50 150 ms, p99 600 ms, max 900 ms/);
    assert.match(text, /errors: 3 — DOES NOT HOLD \(zero errors expected\)/);
    assert.match(text, /3 × no reply/);
    assert.match(
      text,
      /200\.0 MB after warm-up → 205\.0 MB after the run \(\+2\.5 %\) — holds \(within 10 %\)/,
    );
    assert.match(text, /heap used 80\.0 MB → 81\.0 MB, open sockets 12 → 12/);
  });

  it('ends with the targets, marked ok, MISS or undecided, and the notes', () => {
    assert.match(lineOf('ok   help: throughput ≥ 0.5× echo at 1'), /0\.65×$/);
    assert.match(lineOf('MISS call <Full Name>: throughput ≥ 0.5× echo at 1'), /0\.32×$/);
    assert.match(lineOf('·    my calls: throughput ≥ 0.5× echo at 1'), /not available$/);
    assert.match(text, /Notes\n {2}- a note <with> & specials\n$/);
  });
});
