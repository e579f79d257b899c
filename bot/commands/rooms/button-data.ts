/**
 * What the rooms buttons carry, and reading it back. Button data is never trusted: every field is
 * checked here, and the handlers re-check the room, the time and who clicks.
 * Each payload sits under its own key so that the card's inputs (date, time…), which Teams merges
 * into the data, never overwrite it.
 */
import { randomBytes } from 'node:crypto';
import type { Equipment } from '../../language/intents';
import { readEquipment, readNumber, readTimeZone, type RoomQuery } from './room-query';

/** A value unique per rendered card, so that the same click delivered twice acts once. */
export function newNonce(): string {
  return randomBytes(12).toString('base64url');
}

export interface BookButton {
  /** The room's calendar id. */
  room: string;
  /** ISO instant. */
  start: string;
  minutes: number;
  /** The rest of the request, to search again if the room was taken meanwhile. */
  people: number;
  equipment: string;
  building: string;
  tz: string;
  nonce: string;
}

export interface Booking {
  calendarId: string;
  start: Date;
  durationMinutes: number;
  query: RoomQuery;
  nonce: string;
}

/** The data of a Book button for one room at one time, carrying the rest of the request. */
export function bookButton(calendarId: string, start: Date, query: RoomQuery, nonce: string): BookButton {
  return {
    room: calendarId,
    start: start.toISOString(),
    minutes: query.durationMinutes,
    people: query.people ?? 0,
    equipment: query.equipment.join(','),
    building: query.building ?? '',
    tz: query.timeZone,
    nonce,
  };
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.length <= max ? value : undefined;

function instant(value: unknown): Date | undefined {
  const t = text(value, 40);
  if (t === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(t)) return undefined;
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The booking a Book button asks for, or undefined when its data is not one. */
export function readBookButton(data: Record<string, unknown>, fallbackTimeZone: string): Booking | undefined {
  const b = record(data.book);
  if (!b) return undefined;
  const calendarId = text(b.room);
  const start = instant(b.start);
  const minutes = readNumber(b.minutes);
  const nonce = text(b.nonce, 64);
  if (!calendarId || !start || minutes === undefined || !Number.isInteger(minutes) || !nonce)
    return undefined;
  const people = readNumber(b.people);
  const building = text(b.building) ?? '';
  const equipment: Equipment[] = readEquipment(b.equipment);
  return {
    calendarId,
    start,
    durationMinutes: minutes,
    nonce,
    query: {
      start,
      durationMinutes: minutes,
      equipment,
      timeZone: readTimeZone(b.tz) ?? fallbackTimeZone,
      ...(people !== undefined && people > 0 ? { people } : {}),
      ...(building !== '' ? { building } : {}),
    },
  };
}

export interface CancelButton {
  room: string;
  event: string;
  /** ISO instant of the booking's start, to find it on the calendar. */
  start: string;
  tz: string;
  nonce: string;
}

/** The data of a Cancel button for one booking. */
export function cancelButton(
  calendarId: string,
  eventId: string,
  start: Date,
  timeZone: string,
  nonce: string,
): CancelButton {
  return { room: calendarId, event: eventId, start: start.toISOString(), tz: timeZone, nonce };
}

export interface Cancellation {
  calendarId: string;
  eventId: string;
  start: Date;
  timeZone: string;
  nonce: string;
}

/** The booking a Cancel button names, or undefined when its data is not one. */
export function readCancelButton(
  data: Record<string, unknown>,
  fallbackTimeZone: string,
): Cancellation | undefined {
  const c = record(data.cancel);
  if (!c) return undefined;
  const calendarId = text(c.room);
  const eventId = text(c.event, 200);
  const start = instant(c.start);
  const nonce = text(c.nonce, 64);
  if (!calendarId || !eventId || !start || !nonce) return undefined;
  return { calendarId, eventId, start, nonce, timeZone: readTimeZone(c.tz) ?? fallbackTimeZone };
}

export interface AgendaButton {
  room: string;
  /** yyyy-MM-dd in `tz`. */
  day: string;
  tz: string;
}

/** The room and day an agenda button asks for. */
export function readAgendaButton(
  data: Record<string, unknown>,
  fallbackTimeZone: string,
): { calendarId: string; day: string; timeZone: string } | undefined {
  const a = record(data.agenda);
  if (!a) return undefined;
  const calendarId = text(a.room);
  const day = text(a.day, 10);
  if (!calendarId || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return { calendarId, day, timeZone: readTimeZone(a.tz) ?? fallbackTimeZone };
}
