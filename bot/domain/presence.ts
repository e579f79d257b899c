/**
 * Presence combination, as the seed "Guide de solution MS Teams" (section 7 and FAQ 4) states it
 * and /work/shared/contracts/tenant.md ("Rules the seeds state") restates it:
 *
 * 1. CloudLink combines the PBX line, the PBX user presence (MiVoice Office 400 only) and Mitel One
 *    with the priority Away > Do not disturb > Busy > Available > Offline > Unknown.
 * 2. That state reaches Teams as one application presence session. Teams shows a user-set state
 *    if there is one; otherwise the highest session by Do not disturb > Busy > Available > Away.
 *    Do not disturb is not synced from CloudLink, and a CloudLink Available adds nothing over the
 *    Teams clients' own session.
 */
import type {
  LineState,
  MitelOnePresence,
  PbxType,
  PbxUserPresence,
  PresenceSources,
  TeamsClientsState,
  TeamsUserSetPresence,
} from '../tenant/types';

export type CloudLinkPresence = 'Away' | 'DoNotDisturb' | 'Busy' | 'Available' | 'Offline' | 'Unknown';
export type TeamsAvailability =
  'Available' | 'Busy' | 'DoNotDisturb' | 'BeRightBack' | 'Away' | 'Offline' | 'PresenceUnknown';
/** Graph-style activity (Available, InACall, Presenting, Away, OffWork, …). */
export type TeamsActivity =
  | 'Available'
  | 'Busy'
  | 'InACall'
  | 'Presenting'
  | 'DoNotDisturb'
  | 'BeRightBack'
  | 'Away'
  | 'Offline'
  | 'OffWork'
  | 'PresenceUnknown';

export type PresenceSourceName =
  'line' | 'pbxUser' | 'mitelOne' | 'teamsClients' | 'teamsUserSet' | 'cloudLinkSession';

/** Why a part did not count, or did not decide what is shown. */
export type PresencePartNote =
  /** The source reported nothing. */
  | 'notReported'
  /** PBX user presence counts only on MiVoice Office 400. */
  | 'pbxUserOnlyOnOffice400'
  /** CloudLink Do not disturb is not synced to Teams. */
  | 'dndNotSynced'
  /** A CloudLink Available adds nothing over the Teams clients' own session. */
  | 'availableAddsNothing'
  /** CloudLink Offline or Unknown: no application session to sync. */
  | 'nothingToSync'
  /** A higher-priority state of the same level won. */
  | 'outranked'
  /** The state the user set in Teams wins over every application session. */
  | 'userSetWins';

export interface PresencePart {
  source: PresenceSourceName;
  /** The source's raw value (for cloudLinkSession: the combined CloudLink state); null when absent. */
  raw: string | null;
  /** Where the contribution goes: CloudLink's combination, or what Teams shows. */
  into: 'cloudLink' | 'teams';
  /** The state this source stands for at that level; null when it stands for nothing. */
  contribution: CloudLinkPresence | TeamsAvailability | null;
  /** Whether the contribution took part in the combination. */
  counted: boolean;
  /** Whether the contribution is the state that came out at its level. */
  decisive: boolean;
  note?: PresencePartNote;
}

export interface CombinedPresence {
  cloudLink: CloudLinkPresence;
  teams: { availability: TeamsAvailability; activity: TeamsActivity };
  /** The state Teams shows to others (the same as teams.availability). */
  shown: TeamsAvailability;
  /** One entry per source, in the order line, pbxUser, mitelOne, teamsClients, teamsUserSet, cloudLinkSession. */
  parts: PresencePart[];
}

const CLOUDLINK_RANK: Record<CloudLinkPresence, number> = {
  Away: 5,
  DoNotDisturb: 4,
  Busy: 3,
  Available: 2,
  Offline: 1,
  Unknown: 0,
};

// Application sessions in Teams; Offline sits below Away (the seed: Away outranks Offline).
const TEAMS_SESSION_RANK: Partial<Record<TeamsAvailability, number>> = {
  DoNotDisturb: 4,
  Busy: 3,
  Available: 2,
  Away: 1,
  Offline: 0,
};

const LINE: Record<LineState, CloudLinkPresence> = {
  idle: 'Available',
  ringing: 'Busy',
  connected: 'Busy',
  held: 'Busy',
  outOfService: 'Offline',
  unknown: 'Unknown',
};

const PBX_USER: Record<PbxUserPresence, CloudLinkPresence> = {
  available: 'Available',
  away: 'Away',
  busy: 'Busy',
  meeting: 'Busy',
  unavailable: 'DoNotDisturb',
};

const MITEL_ONE: Record<MitelOnePresence, CloudLinkPresence> = {
  available: 'Available',
  away: 'Away',
  busy: 'Busy',
  dnd: 'DoNotDisturb',
  offline: 'Offline',
};

const CLIENTS: Record<TeamsClientsState, { availability: TeamsAvailability; activity: TeamsActivity }> = {
  offline: { availability: 'Offline', activity: 'Offline' },
  inactive: { availability: 'Away', activity: 'Away' },
  active: { availability: 'Available', activity: 'Available' },
  inCall: { availability: 'Busy', activity: 'InACall' },
  presenting: { availability: 'DoNotDisturb', activity: 'Presenting' },
};

const USER_SET: Record<TeamsUserSetPresence, { availability: TeamsAvailability; activity: TeamsActivity }> = {
  Available: { availability: 'Available', activity: 'Available' },
  Busy: { availability: 'Busy', activity: 'Busy' },
  DoNotDisturb: { availability: 'DoNotDisturb', activity: 'DoNotDisturb' },
  BeRightBack: { availability: 'BeRightBack', activity: 'BeRightBack' },
  Away: { availability: 'Away', activity: 'Away' },
  // Graph reports "appear offline" as Offline / OffWork.
  Offline: { availability: 'Offline', activity: 'OffWork' },
};

/** Whether PBX user presence takes part in CloudLink's combination on this PBX. */
export function pbxUserPresenceCounts(pbxType: PbxType): boolean {
  return pbxType === 'MiVoice Office 400';
}

/** The CloudLink state a busy/idle line stands for. */
export function lineToCloudLink(line: LineState): CloudLinkPresence {
  return LINE[line];
}

/**
 * Combines the raw presence sources of one person into the CloudLink state and the state Teams
 * shows, with an explanation per source.
 */
export function combinePresence(sources: PresenceSources, pbxType: PbxType): CombinedPresence {
  const cloud = combineCloudLink(sources, pbxType);
  const teams = combineTeams(sources, cloud.state);
  return {
    cloudLink: cloud.state,
    teams: { availability: teams.availability, activity: teams.activity },
    shown: teams.availability,
    parts: [...cloud.parts, ...teams.parts],
  };
}

interface CloudLinkResult {
  state: CloudLinkPresence;
  parts: PresencePart[];
}

function combineCloudLink(sources: PresenceSources, pbxType: PbxType): CloudLinkResult {
  const pbxUserCounts = pbxUserPresenceCounts(pbxType);
  const { line, pbxUser, mitelOne } = sources;
  const linePart = cloudPart(
    'line',
    line ?? null,
    line === undefined ? null : LINE[line],
    line !== undefined,
  );
  const pbxUserPart = cloudPart(
    'pbxUser',
    pbxUser ?? null,
    pbxUser === undefined ? null : PBX_USER[pbxUser],
    pbxUser !== undefined && pbxUserCounts,
  );
  if (pbxUser !== undefined && !pbxUserCounts) pbxUserPart.note = 'pbxUserOnlyOnOffice400';
  const mitelOnePart = cloudPart(
    'mitelOne',
    mitelOne ?? null,
    mitelOne === undefined ? null : MITEL_ONE[mitelOne],
    mitelOne !== undefined,
  );
  const parts = [linePart, pbxUserPart, mitelOnePart];

  let state: CloudLinkPresence = 'Unknown';
  for (const part of parts) {
    const c = part.contribution as CloudLinkPresence | null;
    if (part.counted && c !== null && CLOUDLINK_RANK[c] > CLOUDLINK_RANK[state]) state = c;
  }
  for (const part of parts) {
    if (!part.counted) continue;
    if (part.contribution === state) part.decisive = true;
    else part.note = 'outranked';
  }
  return { state, parts };
}

function cloudPart(
  source: PresenceSourceName,
  raw: string | null,
  contribution: CloudLinkPresence | null,
  counted: boolean,
): PresencePart {
  const part: PresencePart = { source, raw, into: 'cloudLink', contribution, counted, decisive: false };
  if (raw === null) part.note = 'notReported';
  return part;
}

interface TeamsResult {
  availability: TeamsAvailability;
  activity: TeamsActivity;
  parts: PresencePart[];
}

function combineTeams(sources: PresenceSources, cloud: CloudLinkPresence): TeamsResult {
  const clients = sources.teamsClients;
  const userSet = sources.teamsUserSet ?? null;
  const clientSession = clients === undefined ? null : CLIENTS[clients];
  const cloudSession = cloudLinkSession(cloud);

  const clientsPart: PresencePart = {
    source: 'teamsClients',
    raw: clients ?? null,
    into: 'teams',
    contribution: clientSession?.availability ?? null,
    counted: clientSession !== null,
    decisive: false,
  };
  if (clients === undefined) clientsPart.note = 'notReported';

  const userSetPart: PresencePart = {
    source: 'teamsUserSet',
    raw: userSet,
    into: 'teams',
    contribution: userSet === null ? null : USER_SET[userSet].availability,
    counted: userSet !== null,
    decisive: userSet !== null,
  };
  if (userSet === null) userSetPart.note = 'notReported';

  const sessionPart: PresencePart = {
    source: 'cloudLinkSession',
    raw: cloud,
    into: 'teams',
    contribution: cloudSession?.availability ?? null,
    counted: cloudSession !== null,
    decisive: false,
  };
  if (cloudSession === null) sessionPart.note = sessionNote(cloud);

  const parts = [clientsPart, userSetPart, sessionPart];

  if (userSet !== null) {
    for (const p of [clientsPart, sessionPart]) {
      if (p.counted) {
        p.counted = false;
        p.note = 'userSetWins';
      }
    }
    return { ...USER_SET[userSet], parts };
  }

  type Session = { part: PresencePart; availability: TeamsAvailability; activity: TeamsActivity };
  const sessions: Session[] = [];
  if (clientSession !== null) sessions.push({ part: clientsPart, ...clientSession });
  if (cloudSession !== null) sessions.push({ part: sessionPart, ...cloudSession });
  if (sessions.length === 0) return { availability: 'PresenceUnknown', activity: 'PresenceUnknown', parts };

  // On a tie the clients' own session comes first, so its activity is the one reported.
  let best = sessions[0]!;
  for (const s of sessions) if (sessionRank(s.availability) > sessionRank(best.availability)) best = s;
  for (const s of sessions) {
    if (s.availability === best.availability) s.part.decisive = true;
    else s.part.note = 'outranked';
  }
  return { availability: best.availability, activity: best.activity, parts };
}

function sessionRank(a: TeamsAvailability): number {
  return TEAMS_SESSION_RANK[a] ?? -1;
}

/**
 * The application presence session CloudLink holds in Teams for a CloudLink state, as one of the
 * pairs Graph setPresence accepts (Busy/InACall, Away/Away); null when nothing is synced.
 */
export function cloudLinkSession(
  cloud: CloudLinkPresence,
): { availability: TeamsAvailability; activity: TeamsActivity } | null {
  if (cloud === 'Away') return { availability: 'Away', activity: 'Away' };
  if (cloud === 'Busy') return { availability: 'Busy', activity: 'InACall' };
  return null;
}

function sessionNote(cloud: CloudLinkPresence): PresencePartNote {
  if (cloud === 'DoNotDisturb') return 'dndNotSynced';
  if (cloud === 'Available') return 'availableAddsNothing';
  return 'nothingToSync';
}
