/**
 * Buttons that name a person (`{ personKey }`): choose one on a choice card, presence details,
 * the speed-dial star and Remove. The key is only a pointer: the clicker is identified again
 * and the person read from the directory now.
 */
import type { NumberKind } from '../../language/intents';
import { identify } from '../caller';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { showPerson } from './call-command';
import { PURPOSES, type Purpose } from './choice-view';
import { invalidButtonReply, leftReply } from './notices';
import { showPresence } from './presence-command';
import { addAndShow, removeAndShow, type SpeedDialView } from './speed-dials-command';

const NUMBER_KINDS: readonly NumberKind[] = ['work', 'mobile', 'home'];

/** A person chosen on a choice card (`call.show`): what happens depends on the choice's purpose. */
export async function showVerb(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const key = personKeyOf(data);
  const purpose: Purpose | undefined = PURPOSES.find((p) => p === data.purpose) ?? 'call';
  if (key === undefined) return invalidButtonReply(turn.t);
  // Removing works for someone who left the directory too.
  if (purpose === 'speedDialRemove') return removeAndShow(turn, caller, key, 'list');
  const person = caller.people.byKey(key);
  if (!person) return leftReply(turn.t);
  switch (purpose) {
    case 'presence':
      return showPresence(turn, person);
    case 'speedDialAdd':
      return addAndShow(turn, caller, person, 'list');
    case 'call':
      return showPerson(turn, caller.person, person, {
        wanted: NUMBER_KINDS.find((k) => k === data.numberKind),
      });
  }
}

/** "Presence details" on a person card (`call.presence`). */
export async function presenceVerb(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const key = personKeyOf(data);
  if (key === undefined) return invalidButtonReply(turn.t);
  const person = caller.people.byKey(key);
  return person ? showPresence(turn, person) : leftReply(turn.t);
}

/** The star on a person card (`call.speedDialAdd`). */
export async function speedDialAddVerb(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const key = personKeyOf(data);
  if (key === undefined) return invalidButtonReply(turn.t);
  const person = caller.people.byKey(key);
  return person ? addAndShow(turn, caller, person, viewOf(data, 'person')) : leftReply(turn.t);
}

/** Remove on the speed-dials card, or the filled star on a person card (`call.speedDialRemove`). */
export async function speedDialRemoveVerb(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const key = personKeyOf(data);
  if (key === undefined) return invalidButtonReply(turn.t);
  return removeAndShow(turn, caller, key, viewOf(data, 'list'));
}

function personKeyOf(data: Record<string, unknown>): string | undefined {
  const key = data.personKey;
  return typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined;
}

function viewOf(data: Record<string, unknown>, fallback: SpeedDialView): SpeedDialView {
  return data.view === 'person' || data.view === 'list' ? data.view : fallback;
}
