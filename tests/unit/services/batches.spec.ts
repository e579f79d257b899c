import assert from 'node:assert/strict';
import { chunk, mapLimit } from '../../../bot/services/http/batches';

describe('batches', () => {
  it('cuts 200 items into 4 slices of 50', () => {
    const slices = chunk(
      Array.from({ length: 200 }, (_, i) => i),
      50,
    );
    assert.deepEqual(
      slices.map((s) => s.length),
      [50, 50, 50, 50],
    );
    assert.deepEqual(chunk([], 50), []);
    assert.throws(() => chunk([1], 0), RangeError);
  });

  it('runs at most `limit` jobs at once and keeps results in input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimit([30, 10, 20, 5, 15], 2, async (ms, i) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return i;
    });
    assert.deepEqual(results, [0, 1, 2, 3, 4]);
    assert.equal(peak, 2);
  });

  it('starts nothing new after a failure and rethrows it', async () => {
    const started: number[] = [];
    await assert.rejects(
      mapLimit([1, 2, 3, 4], 1, (n) => {
        started.push(n);
        return n === 2 ? Promise.reject(new Error('batch 2 failed')) : Promise.resolve(n);
      }),
      /batch 2 failed/,
    );
    assert.deepEqual(started, [1, 2]);
  });
});
