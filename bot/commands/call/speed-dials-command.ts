/**
 * "speed dials", "add Alice to speed dials", "remove Alice from speed dials" (and the star and
 * Remove buttons): the user's favourites, kept per user in the bot's storage.
 */
import { displayPhoneNumber } from '../../domain/phone-number';
import { Directory, type DirectoryEntry } from '../../domain/directory';
import type { IntentOf, Target } from '../../language/intents';
import type { Person, PeopleSnapshot } from '../../people';
import { identify, viewerCountry } from '../caller';
import { notice } from '../failure';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { showPerson } from './call-command';
import { choiceCardData, noMatchCardData, type Choosable } from './choice-view';
import { findTarget, targetText } from './find-target';
import { newNonce } from './nonce';
import { unreadableNumberReply } from './notices';

import { choiceReply, speedDialsReply } from './replies';
import {
  addSpeedDial,
  MAX_SPEED_DIALS,
  readSpeedDials,
  removeSpeedDial,
  type SpeedDial,
} from './speed-dials-store';
import { cannotCallText } from './cannot-call';
import { speedDialsCardData, type SpeedDialsViewOptions } from './speed-dials-view';

/** Who is asking: the person and the directory they were found in. */
interface Owner {
  person: Person;
  people: PeopleSnapshot;
}

/** Where a speed-dial button's answer goes: the person card it was on, or the list. */
export type SpeedDialView = 'person' | 'list';

/** Answers "speed dials", "add … to speed dials", "remove … from speed dials". */
export async function speedDialsIntent(turn: CommandTurn, intent: IntentOf<'speedDials'>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  switch (intent.action) {
    case 'list':
      return listReply(turn, caller, await readSpeedDials(turn.services.store, caller.person.key));
    case 'add':
      return addByTarget(turn, caller, intent.target);
    case 'remove':
      return removeByTarget(turn, caller, intent.target);
  }
}

/** Adds a person and answers with the list (or the person card the star was on). */
export async function addAndShow(
  turn: CommandTurn,
  owner: Owner,
  person: Person,
  view: SpeedDialView,
): Promise<Reply> {
  const t = turn.t;
  const { outcome, entries } = await addSpeedDial(turn.services.store, owner.person.key, person, turn.now);
  turn.log.info('speed dial added', { outcome, count: entries.length });
  const banner =
    outcome === 'added'
      ? { text: t('call.speed.added', { name: person.name }), tone: 'success' as const }
      : outcome === 'already'
        ? { text: t('call.speed.already', { name: person.name }), tone: 'info' as const }
        : { text: t('call.speed.full', { max: MAX_SPEED_DIALS }), tone: 'warning' as const };
  if (view === 'person') return showPerson(turn, owner.person, person, { banner });
  return listReply(turn, owner, entries, banner);
}

/** Removes a person (also one who left the directory) and answers with the list or the person card. */
export async function removeAndShow(
  turn: CommandTurn,
  owner: Owner,
  personKey: string,
  view: SpeedDialView,
): Promise<Reply> {
  const t = turn.t;
  const { removed, entries } = await removeSpeedDial(turn.services.store, owner.person.key, personKey);
  turn.log.info('speed dial removed', { removed: removed !== undefined, count: entries.length });
  const person = owner.people.byKey(personKey);
  const name = person?.name ?? removed?.name;
  const banner = name
    ? removed
      ? { text: t('call.speed.removed', { name }), tone: 'success' as const }
      : { text: t('call.speed.notThere', { name }), tone: 'info' as const }
    : undefined;
  if (view === 'person' && person) return showPerson(turn, owner.person, person, { banner });
  return listReply(turn, owner, entries, banner);
}

async function addByTarget(turn: CommandTurn, owner: Owner, target: Target): Promise<Reply> {
  const t = turn.t;
  const country = viewerCountry(turn, owner.person);
  const found = findTarget(owner.people, target, country);
  const choice = { query: targetText(target), purpose: 'speedDialAdd' as const };
  switch (found.kind) {
    case 'person':
      return addAndShow(turn, owner, found.person, 'list');
    case 'several':
      return choiceReply(choiceCardData(t, found.people, found.total, choice));
    case 'none':
      return choiceReply(noMatchCardData(t, found.suggestions, choice));
    case 'number':
      if (found.owner) return addAndShow(turn, owner, found.owner.person, 'list');
      return notAPerson(turn, displayPhoneNumber(found.e164, country));
    case 'unknownExtension':
      return notAPerson(turn, found.extension);
    case 'unreadableNumber':
      return unreadableNumberReply(t, found.raw);
  }
}

/** Finds the target among the user's own speed dials (by name, also of people who left, or by number). */
async function removeByTarget(turn: CommandTurn, owner: Owner, target: Target): Promise<Reply> {
  const t = turn.t;
  const entries = await readSpeedDials(turn.services.store, owner.person.key);
  const choosables = entries.map((entry) => choosable(entry, owner.people.byKey(entry.key)));
  const mine = new Directory<DirectoryEntry & { choosable: Choosable }>(
    choosables.map(({ choosable: c, phones }) => {
      const entry: DirectoryEntry & { choosable: Choosable } = {
        id: c.key,
        name: c.name,
        phones,
        choosable: c,
      };
      if (c.email) entry.email = c.email;
      if (c.extension) entry.extension = c.extension;
      return entry;
    }),
    { defaultCountry: viewerCountry(turn, owner.person) },
  );
  const query = targetText(target);
  const result = mine.search(query);
  if (result.kind === 'unique') return removeAndShow(turn, owner, result.match.id, 'list');
  if (result.kind === 'number' && result.match) return removeAndShow(turn, owner, result.match.id, 'list');
  if (result.kind === 'several') {
    return choiceReply(
      choiceCardData(
        t,
        result.matches.map((m) => m.choosable),
        result.total,
        { query, purpose: 'speedDialRemove' },
      ),
    );
  }
  return listReply(turn, owner, entries, { text: t('call.speed.noMatch', { query }), tone: 'warning' });
}

function choosable(
  entry: SpeedDial,
  person: Person | undefined,
): { choosable: Choosable; phones: Person['phones'] } {
  if (!person) return { choosable: { key: entry.key, name: entry.name }, phones: {} };
  const c: Choosable = { key: person.key, name: person.name };
  const email = person.email ?? person.upn;
  if (email) c.email = email;
  if (person.extension) c.extension = person.extension;
  return { choosable: c, phones: person.phones };
}

function notAPerson(turn: CommandTurn, number: string): Reply {
  return notice({
    tone: 'info',
    title: turn.t('call.speed.cannotAddTitle'),
    message: turn.t('call.speed.numberNobody', { number }),
    facts: [],
    hint: '',
    actions: [],
  });
}

function listReply(
  turn: CommandTurn,
  owner: Owner,
  entries: readonly SpeedDial[],
  banner?: SpeedDialsViewOptions['banner'],
): Reply {
  return speedDialsReply(
    speedDialsCardData(turn.t, entries, (key) => owner.people.byKey(key), {
      banner,
      nonce: newNonce,
      cannotCall: cannotCallText(turn.t, owner.person, turn.locale),
    }),
  );
}
