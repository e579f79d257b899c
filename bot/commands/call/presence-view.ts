/**
 * Presence in words and icons, in the user's language: the compact line of the person card
 * (what Teams shows, and whether the phone line is busy) and the presence card, which lays out
 * each source and what it contributes, by the rules of bot/domain/presence.
 */
import type { PresenceCardData, PresenceRow, PresenceSection } from '../../../cards/call/presence';
import {
  cloudLinkSession,
  combinePresence,
  type CloudLinkPresence,
  type PresencePart,
  type TeamsAvailability,
} from '../../domain/presence';
import type { Translate } from '../../language/i18n';
import type { StringKey } from '../../language/strings';
import type { Person } from '../../people';
import type { LineState, MitelOnePresence, PbxUserPresence } from '../../services';
import type { PbxType } from '../../tenant/types';
import type { PhoneSystemFacts } from './phone-system-facts';
import type { LinePart, PresenceLookup, TeamsPart } from './presence-lookup';

const AVAILABILITY_WORDS: Record<TeamsAvailability, StringKey> = {
  Available: 'call.state.available',
  Busy: 'call.state.busy',
  DoNotDisturb: 'call.state.dnd',
  BeRightBack: 'call.state.beRightBack',
  Away: 'call.state.away',
  Offline: 'call.state.offline',
  PresenceUnknown: 'call.state.unknown',
};

const ICONS: Record<TeamsAvailability, string> = {
  Available: '🟢',
  Busy: '🔴',
  DoNotDisturb: '⛔',
  BeRightBack: '🟡',
  Away: '🟡',
  Offline: '⚪',
  PresenceUnknown: '❔',
};

// Graph activities worth saying besides the availability.
const ACTIVITY_WORDS: Record<string, StringKey> = {
  InACall: 'call.activity.inACall',
  InAConferenceCall: 'call.activity.inAConferenceCall',
  InAMeeting: 'call.activity.inAMeeting',
  Presenting: 'call.activity.presenting',
  OffWork: 'call.activity.offWork',
  OutOfOffice: 'call.activity.outOfOffice',
  UrgentInterruptionsOnly: 'call.activity.urgentOnly',
};

const LINE_WORDS: Record<LineState, StringKey> = {
  idle: 'call.line.idle',
  ringing: 'call.line.ringing',
  connected: 'call.line.connected',
  held: 'call.line.held',
  outOfService: 'call.line.outOfService',
  unknown: 'call.line.unknown',
};

const PBX_USER_WORDS: Record<PbxUserPresence, StringKey> = {
  available: 'call.pbxUser.available',
  away: 'call.pbxUser.away',
  meeting: 'call.pbxUser.meeting',
  busy: 'call.pbxUser.busy',
  unavailable: 'call.pbxUser.unavailable',
};

const MITEL_ONE_WORDS: Record<MitelOnePresence, StringKey> = {
  available: 'call.mitelOne.available',
  away: 'call.mitelOne.away',
  busy: 'call.mitelOne.busy',
  dnd: 'call.mitelOne.dnd',
  offline: 'call.mitelOne.offline',
};

// When the PBX type is unknown, PBX user presence is treated as on any PBX but the Office 400: not counted.
const UNKNOWN_PBX: PbxType = 'MiVoice Business';

/** A Graph availability as one of the known states ("AvailableIdle" is Available). */
export function teamsAvailability(value: string): TeamsAvailability {
  if (value === 'AvailableIdle') return 'Available';
  if (value === 'BusyIdle') return 'Busy';
  return value in AVAILABILITY_WORDS ? (value as TeamsAvailability) : 'PresenceUnknown';
}

/** The CloudLink state in the words of the matching Teams state. */
function cloudLinkAvailability(state: CloudLinkPresence): TeamsAvailability {
  return state === 'Unknown' ? 'PresenceUnknown' : state;
}

/** "Busy", "Occupé(e)", "Ocupado". */
export function stateWords(t: Translate, availability: TeamsAvailability): string {
  return t(AVAILABILITY_WORDS[availability]);
}

/** "🔴 Busy (in a call)": icon, state and, when it says more, the activity. */
export function shownText(t: Translate, availability: string, activity?: string): string {
  const state = teamsAvailability(availability);
  const activityKey = activity === undefined ? undefined : ACTIVITY_WORDS[activity];
  const words = stateWords(t, state);
  return `${ICONS[state]} ${activityKey ? `${words} (${t(activityKey)})` : words}`;
}

/** The person card's presence line: what Teams shows, and whether the phone line is busy. */
export function compactPresence(t: Translate, lookup: PresenceLookup): string {
  const parts: string[] = [];
  if (lookup.teams.kind === 'ok') parts.push(shownText(t, lookup.teams.availability, lookup.teams.activity));
  if (lookup.line.kind === 'ok') {
    const state = lookup.line.status.state;
    if (state === 'connected' || state === 'held' || state === 'ringing')
      parts.push(`📞 ${t('call.person.onThePhone')}`);
    else if (state === 'idle') parts.push(t('call.person.lineFree'));
    else if (state === 'outOfService') parts.push(t('call.person.lineOutOfService'));
  }
  return parts.length > 0
    ? parts.join(' · ')
    : `${ICONS.PresenceUnknown} ${t('call.person.presenceUnknown')}`;
}

/** The presence card's content for one person. */
export function presenceCardData(
  t: Translate,
  person: Person,
  lookup: PresenceLookup,
  facts: PhoneSystemFacts,
  actions: PresenceCardData['actions'],
): PresenceCardData {
  const phone = phoneSection(t, person, lookup.line, facts);
  const teamsRows: PresenceRow[] = [];
  if (phone.cloudLink !== undefined) teamsRows.push(sessionRow(t, phone.cloudLink, facts));
  teamsRows.push(teamsRow(t, lookup.teams, phone.cloudLink, facts));
  const sections: PresenceSection[] = [
    { heading: t('call.presence.section.phone'), rows: phone.rows },
    { heading: t('call.presence.section.teams'), rows: teamsRows },
  ];

  let headline: string;
  let intro: string;
  if (lookup.teams.kind === 'ok') {
    headline = shownText(t, lookup.teams.availability, lookup.teams.activity);
    intro = t('call.presence.introTeams');
  } else if (phone.cloudLink !== undefined) {
    const state = cloudLinkAvailability(phone.cloudLink);
    headline = `${ICONS[state]} ${stateWords(t, state)}`;
    intro = t('call.presence.introPhoneOnly');
  } else {
    headline = `${ICONS.PresenceUnknown} ${stateWords(t, 'PresenceUnknown')}`;
    intro = t('call.presence.introNothing');
  }
  return {
    title: t('call.presence.title', { name: person.name }),
    headline,
    detailsButton: t('call.presence.detailsButton'),
    intro,
    sections,
    footer: t('call.presence.rules'),
    actions,
  };
}

interface PhoneSection {
  rows: PresenceRow[];
  /** CloudLink's combined state, when the line could be read. */
  cloudLink?: CloudLinkPresence;
}

function phoneSection(t: Translate, person: Person, line: LinePart, facts: PhoneSystemFacts): PhoneSection {
  const label = line.extension
    ? t('call.presence.label.lineOf', { extension: line.extension })
    : t('call.presence.label.line');
  if (line.kind !== 'ok') {
    return { rows: [{ label, value: '—', note: lineAbsence(t, person, line) }] };
  }
  const { status } = line;
  const combined = combinePresence(
    { line: status.state, pbxUser: status.presence.pbxUser, mitelOne: status.presence.mitelOne },
    facts.pbxType ?? UNKNOWN_PBX,
  );
  const cloudLink = combined.cloudLink;
  const winner = stateWords(t, cloudLinkAvailability(cloudLink));
  const rows: PresenceRow[] = [];
  for (const part of combined.parts.filter((p) => p.into === 'cloudLink')) {
    if (part.source === 'line') {
      rows.push({ label, value: t(LINE_WORDS[status.state]), note: partNote(t, part, winner, facts) });
    } else if (part.source === 'pbxUser') {
      const raw = status.presence.pbxUser;
      rows.push({
        label: t('call.presence.label.pbxUser'),
        value: raw ? t(PBX_USER_WORDS[raw]) : '—',
        note: partNote(t, part, winner, facts),
      });
    } else if (part.source === 'mitelOne') {
      const raw = status.presence.mitelOne;
      rows.push({
        label: t('call.presence.label.mitelOne'),
        value: raw ? t(MITEL_ONE_WORDS[raw]) : '—',
        note: partNote(t, part, winner, facts),
      });
    }
  }
  rows.push({
    label: t('call.presence.label.combined'),
    value: `${ICONS[cloudLinkAvailability(cloudLink)]} ${winner}`,
    note: t('call.presence.note.cloudLinkPriority'),
  });
  return { rows, cloudLink };
}

function lineAbsence(t: Translate, person: Person, line: Exclude<LinePart, { kind: 'ok' }>): string {
  if (line.kind === 'failed') return t('call.presence.note.notRead');
  switch (line.reason) {
    case 'noExtension':
      return t('call.presence.note.noExtension');
    case 'notMonitored':
      return person.inCloudLink ? t('call.presence.note.noRole') : t('call.presence.note.notInPhoneSystem');
    case 'noEndpoint':
      return t('call.presence.note.noEndpoint', { extension: line.extension ?? '' });
  }
}

function partNote(t: Translate, part: PresencePart, winner: string, facts: PhoneSystemFacts): string {
  if (part.note === 'pbxUserOnlyOnOffice400')
    return t('call.presence.note.onlyOffice400', { pbx: facts.pbxType ?? t('call.presence.pbxUnknown') });
  if (part.note === 'notReported' || part.contribution === null) return t('call.presence.note.notReported');
  const state = stateWords(t, cloudLinkAvailability(part.contribution as CloudLinkPresence));
  if (part.decisive) return t('call.presence.note.decides', { state });
  return t('call.presence.note.outranked', { state, winner });
}

function sessionRow(t: Translate, cloudLink: CloudLinkPresence, facts: PhoneSystemFacts): PresenceRow {
  const label = t('call.presence.label.session');
  const session = cloudLinkSession(cloudLink);
  if (facts.presenceSync === false) {
    return { label, value: t('call.presence.nothing'), note: t('call.presence.note.syncOff') };
  }
  if (session !== null) {
    return {
      label,
      value: shownText(t, session.availability, session.activity),
      note: t('call.presence.note.sessionSent'),
    };
  }
  const note =
    cloudLink === 'DoNotDisturb'
      ? t('call.presence.note.dndNotSynced')
      : cloudLink === 'Available'
        ? t('call.presence.note.availableAddsNothing')
        : t('call.presence.note.nothingToSync', { state: stateWords(t, cloudLinkAvailability(cloudLink)) });
  return { label, value: t('call.presence.nothing'), note };
}

function teamsRow(
  t: Translate,
  teams: TeamsPart,
  cloudLink: CloudLinkPresence | undefined,
  facts: PhoneSystemFacts,
): PresenceRow {
  const label = t('call.presence.label.teams');
  if (teams.kind === 'failed') return { label, value: '—', note: t('call.presence.note.notRead') };
  if (teams.kind === 'absent') {
    return {
      label,
      value: '—',
      note:
        teams.reason === 'noTeams' ? t('call.presence.note.noTeams') : t('call.presence.note.unknownToTeams'),
    };
  }
  const session =
    cloudLink === undefined || facts.presenceSync === false ? null : cloudLinkSession(cloudLink);
  const fromPhone = session !== null && session.availability === teamsAvailability(teams.availability);
  return {
    label,
    value: shownText(t, teams.availability, teams.activity),
    note: fromPhone ? t('call.presence.note.teamsFromPhone') : t('call.presence.note.teamsOwn'),
  };
}
