import assert from 'node:assert/strict';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatDurationMinutes,
  formatList,
  formatNumber,
  formatRelativeDay,
  formatTime,
  type FormatContext,
} from '../../../bot/language/format';
import type { Locale } from '../../../bot/language/locale';

// Monday 23 November 2026, 14:10 in Paris.
const NOW = new Date('2026-11-23T13:10:00Z');
const at = (locale: Locale, timeZone = 'Europe/Paris'): FormatContext => ({ locale, timeZone, now: NOW });

/** Intl uses narrow no-break spaces in some locales; compare with plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for cards', () => {
  it("shows times on a 24-hour clock in the user's time zone", () => {
    const instant = new Date('2026-11-23T13:05:00Z');
    assert.equal(formatTime(instant, at('en')), '14:05');
    assert.equal(formatTime(instant, at('fr')), '14:05');
    assert.equal(formatTime(instant, at('pt-BR', 'America/Sao_Paulo')), '10:05');
  });

  it('shows dates the way each language writes them', () => {
    const instant = new Date('2026-11-16T13:05:00Z');
    assert.equal(formatDate(instant, at('en')), 'Mon 16 Nov');
    assert.equal(formatDate(instant, at('fr')), 'lun. 16 nov.');
    assert.equal(formatDate(instant, at('pt-BR')), 'seg., 16 de nov.');
  });

  it('adds the year to a date of another year', () => {
    assert.equal(formatDate(new Date('2027-01-15T12:00:00Z'), at('en')), 'Fri, 15 Jan 2027');
  });

  it('shows a date and a time together', () => {
    assert.equal(formatDateTime(new Date('2026-11-16T13:05:00Z'), at('fr')), 'lun. 16 nov. 14:05');
  });

  it('says today, yesterday and tomorrow in words, and a date otherwise', () => {
    assert.equal(formatRelativeDay(new Date('2026-11-23T13:05:00Z'), at('fr')), "aujourd'hui 14:05");
    assert.equal(formatRelativeDay(new Date('2026-11-23T13:05:00Z'), at('en')), 'today 14:05');
    assert.equal(formatRelativeDay(new Date('2026-11-22T08:12:00Z'), at('pt-BR')), 'ontem 09:12');
    assert.equal(formatRelativeDay(new Date('2026-11-22T08:12:00Z'), at('en')), 'yesterday 09:12');
    assert.equal(formatRelativeDay(new Date('2026-11-24T08:12:00Z'), at('fr')), 'demain 09:12');
    assert.equal(formatRelativeDay(new Date('2026-11-16T08:12:00Z'), at('en')), 'Mon 16 Nov 09:12');
    assert.equal(
      formatRelativeDay(new Date('2026-11-16T08:12:00Z'), at('en'), { withTime: false }),
      'Mon 16 Nov',
    );
  });

  it('decides "today" by the user\'s calendar day, not by UTC', () => {
    // 01:30 UTC on the 23rd is still the 22nd, 22:30, in São Paulo: yesterday there, today in Paris.
    const instant = new Date('2026-11-23T01:30:00Z');
    const now = new Date('2026-11-23T13:00:00Z');
    assert.equal(
      formatRelativeDay(instant, { locale: 'pt-BR', timeZone: 'America/Sao_Paulo', now }),
      'ontem 22:30',
    );
    assert.equal(
      formatRelativeDay(instant, { locale: 'fr', timeZone: 'Europe/Paris', now }),
      "aujourd'hui 02:30",
    );
  });

  it('shows call lengths as minutes and two-digit seconds', () => {
    for (const locale of ['en', 'fr', 'pt-BR'] as const) {
      assert.equal(formatDuration(65, locale), '1 min 05 s');
      assert.equal(formatDuration(7, locale), '7 s');
      assert.equal(formatDuration(3725, locale), '1 h 02 min');
      assert.equal(formatDuration(0, locale), '0 s');
      assert.equal(formatDuration(Number.NaN, locale), '0 s');
    }
  });

  it('shows meeting lengths in hours and minutes', () => {
    assert.equal(formatDurationMinutes(45, 'en'), '45 min');
    assert.equal(formatDurationMinutes(60, 'fr'), '1 h');
    assert.equal(formatDurationMinutes(90, 'en'), '1 h 30 min');
    assert.equal(formatDurationMinutes(90, 'fr'), '1 h 30');
    assert.equal(formatDurationMinutes(90, 'pt-BR'), '1 h 30 min');
  });

  it("formats numbers with each language's separators", () => {
    assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
    assert.equal(plain(formatNumber(1234.5, 'fr')), '1 234,5');
    assert.equal(formatNumber(1234.5, 'pt-BR'), '1.234,5');
    assert.equal(formatNumber(0.25, 'en', { style: 'percent' }), '25%');
  });

  it('joins lists with each language\'s "and" / "or"', () => {
    assert.equal(formatList(['Alice', 'Bob', 'Carol'], 'en'), 'Alice, Bob and Carol');
    assert.equal(formatList(['Alice', 'Bob', 'Carol'], 'fr'), 'Alice, Bob et Carol');
    assert.equal(formatList(['Alice', 'Bob', 'Carol'], 'pt-BR'), 'Alice, Bob e Carol');
    assert.equal(formatList(['Alice', 'Bob'], 'fr', 'disjunction'), 'Alice ou Bob');
    assert.equal(formatList([], 'en'), '');
  });
});
