import assert from 'node:assert/strict';
import { checkTargets } from '../../../bench/targets';
import { sampleReport } from './report-fixture';

describe('bench targets', () => {
  const checks = checkTargets(sampleReport());
  const find = (start: string) => {
    const check = checks.find((c) => c.target.startsWith(start));
    assert.ok(check, `no target starting with ${start}`);
    return check;
  };

  it('holds a command at half the echo bot’s throughput or better, at 1 and at 32 conversations', () => {
    assert.equal(find('help: throughput ≥ 0.5× echo at 1').holds, true);
    assert.equal(find('help: throughput ≥ 0.5× echo at 32').holds, true);
  });

  it('misses a command below half the echo bot’s throughput and shows the ratio', () => {
    const check = find('call <Full Name>: throughput ≥ 0.5× echo at 1');
    assert.equal(check.holds, false);
    assert.equal(check.figure, '0.32×');
  });

  it('records a command that is not written yet as "not available", neither held nor missed', () => {
    const check = find('my calls: throughput ≥ 0.5× echo at 32');
    assert.equal(check.holds, null);
    assert.equal(check.figure, 'not available');
  });

  it('compares "call" at 5,000 people with 50 (20 ms against 10 ms misses 1.5×)', () => {
    const check = find('"call" p50 at 5,000');
    assert.equal(check.figure, '2.00×');
    assert.equal(check.holds, false);
  });

  it('leaves the "my calls" curve undecided when the command is not available', () => {
    const check = find('"my calls" p50');
    assert.equal(check.holds, null);
    assert.equal(check.figure, 'not available');
  });

  it('holds "sync status" under 1 s at 5,000 and at most linear (400 ms against 100 ms for 10× the people)', () => {
    assert.equal(find('"sync status" p50 at 5,000').holds, true);
    const linear = find('"sync status" grows');
    assert.equal(linear.holds, true);
    assert.equal(linear.figure, 'slope 0.60');
  });

  it('reports the load run’s errors and memory against their targets', () => {
    assert.equal(find('load: zero errors').holds, false);
    assert.equal(find('load: memory').holds, true);
  });

  it('does not judge speed from runs where more than 1 % of the turns failed', () => {
    const report = sampleReport();
    const help = report.ratios!.commands[0]!.runs[1]!;
    help.errors = 20;
    const call = report.scale[0]!.points[2]!;
    call.errors = 40;
    const targets = checkTargets(report);
    const check = (start: string) => targets.find((c) => c.target.startsWith(start));
    assert.deepEqual(
      {
        figure: check('help: throughput ≥ 0.5× echo at 1')?.figure,
        holds: check('help: throughput ≥ 0.5× echo at 1')?.holds,
      },
      { figure: '20 of 500 turns failed', holds: null },
    );
    assert.deepEqual(
      { figure: check('"call" p50')?.figure, holds: check('"call" p50')?.holds },
      { figure: 'error', holds: null },
    );
  });

  it('marks the curves of a run without scale section as not run', () => {
    const report = { ...sampleReport(), scale: [], load: null };
    const targets = checkTargets(report);
    const call = targets.find((c) => c.target.startsWith('"call" p50'));
    assert.deepEqual(call && { figure: call.figure, holds: call.holds }, { figure: 'not run', holds: null });
    assert.equal(
      targets.some((c) => c.target.startsWith('load:')),
      false,
    );
  });
});
