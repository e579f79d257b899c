import assert from 'node:assert/strict';
import { growthExponent, median, pairedRatio, percentile, spread } from '../../../bench/stats';

describe('bench statistics', () => {
  describe('percentile', () => {
    it('interpolates between the two nearest values of the sorted list', () => {
      assert.equal(percentile([40, 10, 30, 20], 50), 25);
      assert.equal(percentile([1, 2, 3, 4, 5], 90), 4.6);
    });

    it('gives the smallest and the largest value at 0 and 100', () => {
      assert.equal(percentile([7, 3, 9], 0), 3);
      assert.equal(percentile([7, 3, 9], 100), 9);
    });

    it('is NaN for no values and refuses a percentile outside 0–100', () => {
      assert.ok(Number.isNaN(percentile([], 50)));
      assert.throws(() => percentile([1], 101), RangeError);
    });

    it('leaves the caller’s list in its order', () => {
      const values = [3, 1, 2];
      percentile(values, 50);
      assert.deepEqual(values, [3, 1, 2]);
    });
  });

  describe('median', () => {
    it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
      assert.equal(median([5, 1, 3]), 3);
      assert.equal(median([4, 1, 3, 2]), 2.5);
    });
  });

  describe('spread over repeated runs', () => {
    it('gives the median, the min, the max and the number of runs', () => {
      assert.deepEqual(spread([12, 10, 30, 11, 13]), { median: 12, min: 10, max: 30, runs: 5 });
    });

    it('ignores runs that measured nothing (NaN) rather than poisoning the figure', () => {
      assert.deepEqual(spread([Number.NaN, 4, 2]), { median: 3, min: 2, max: 4, runs: 2 });
    });

    it('reports NaN figures and zero runs when nothing was measured', () => {
      const s = spread([]);
      assert.equal(s.runs, 0);
      assert.ok(Number.isNaN(s.median) && Number.isNaN(s.min) && Number.isNaN(s.max));
    });
  });

  describe('paired ratio', () => {
    it('divides run i of the command by run i of the floor, then summarises the ratios', () => {
      assert.deepEqual(pairedRatio([50, 60, 40], [100, 100, 100]), {
        median: 0.5,
        min: 0.4,
        max: 0.6,
        runs: 3,
      });
    });

    it('pairs only as many runs as both sides have and skips a zero floor', () => {
      assert.deepEqual(pairedRatio([1, 2, 3], [2, 0]), { median: 0.5, min: 0.5, max: 0.5, runs: 1 });
    });
  });

  describe('growth exponent', () => {
    it('is 1 for a cost proportional to the size and 0 for a flat one', () => {
      assert.equal(
        growthExponent([
          { x: 500, y: 50 },
          { x: 5000, y: 500 },
        ]),
        1,
      );
      assert.equal(
        growthExponent([
          { x: 50, y: 8 },
          { x: 5000, y: 8 },
        ]),
        0,
      );
    });

    it('is 2 for a quadratic cost, whatever the order of the points', () => {
      assert.ok(
        Math.abs(
          growthExponent([
            { x: 100, y: 1e4 },
            { x: 10, y: 100 },
          ]) - 2,
        ) < 1e-9,
      );
    });

    it('stays below 1 when a fixed overhead dominates a linear part', () => {
      const cost = (n: number): number => 20 + n / 100;
      const slope = growthExponent([
        { x: 500, y: cost(500) },
        { x: 5000, y: cost(5000) },
      ]);
      assert.ok(slope > 0 && slope < 1, `slope ${slope}`);
    });

    it('is NaN with fewer than two usable points', () => {
      assert.ok(Number.isNaN(growthExponent([{ x: 10, y: 1 }])));
      assert.ok(
        Number.isNaN(
          growthExponent([
            { x: 10, y: 1 },
            { x: 100, y: Number.NaN },
          ]),
        ),
      );
    });
  });
});
