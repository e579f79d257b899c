import assert from 'node:assert/strict';
import { buildQuery, odataInstant, odataString, withQuery } from '../../../bot/services/http/query';

describe('query building', () => {
  it('keeps $ and [] literal in names and encodes spaces as %20', () => {
    assert.equal(
      buildQuery({ $top: 10, $filter: "email eq 'a b'", 'calendar_ids[]': ['cal_1', 'cal 2'] }),
      "?$top=10&$filter=email%20eq%20'a%20b'&calendar_ids[]=cal_1&calendar_ids[]=cal%202",
    );
  });

  it('encodes + and & in values so that phone numbers survive', () => {
    assert.equal(
      buildQuery({ $filter: "contains(toNumberE164,'+331')", q: 'a&b' }),
      "?$filter=contains(toNumberE164%2C'%2B331')&q=a%26b",
    );
  });

  it('leaves out undefined and null parameters and gives nothing for none', () => {
    assert.equal(buildQuery({ a: undefined, b: null }), '');
    assert.equal(buildQuery(undefined), '');
  });

  it('appends to a URL that already has a query', () => {
    assert.equal(withQuery('https://x.test/a?b=1', { c: 2 }), 'https://x.test/a?b=1&c=2');
    assert.equal(withQuery('https://x.test/a', {}), 'https://x.test/a');
  });

  it('writes OData string literals with inner quotes doubled', () => {
    assert.equal(odataString("o'brien@example.com"), "'o''brien@example.com'");
  });

  it('writes OData instants in UTC without zero milliseconds', () => {
    assert.equal(odataInstant(new Date('2026-11-23T00:00:00.000Z')), '2026-11-23T00:00:00Z');
    assert.equal(odataInstant(new Date('2026-11-23T00:00:00.250Z')), '2026-11-23T00:00:00.250Z');
  });
});
