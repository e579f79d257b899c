import assert from 'node:assert/strict';
import {
  figure,
  megabytes,
  percentText,
  ratioText,
  spreadText,
  textTable,
} from '../../../bench/report-format';
import { spread } from '../../../bench/stats';

describe('bench report formatting', () => {
  it('shows figures with about three significant digits', () => {
    assert.deepEqual(
      [figure(0.41234), figure(1.234), figure(12.34), figure(123.4), figure(12_345.6), figure(Number.NaN)],
      ['0.412', '1.23', '12.3', '123', '12,346', '—'],
    );
  });

  it('shows a spread as "median [min–max]", a single run as its value, and nothing measured as a dash', () => {
    assert.equal(spreadText(spread([10, 12, 11])), '11.0 [10.0–12.0]');
    assert.equal(spreadText(spread([0.5]), '×'), '0.500×');
    assert.equal(spreadText(spread([])), '—');
  });

  it('shows ratios, megabytes and signed percentages', () => {
    assert.equal(ratioText(0.456), '0.46×');
    assert.equal(megabytes(150 * 1024 * 1024), '150.0 MB');
    assert.equal(percentText(3.14), '+3.1 %');
    assert.equal(percentText(-2), '-2.0 %');
  });

  it('lays out a table with the first column left-aligned and the figures right-aligned', () => {
    const table = textTable(
      ['command', 'turns/s'],
      [
        ['help', '12.5'],
        ['book a room', '7'],
      ],
    );
    assert.equal(
      table,
      ['command      turns/s', '-----------  -------', 'help            12.5', 'book a room        7'].join(
        '\n',
      ),
    );
  });
});
