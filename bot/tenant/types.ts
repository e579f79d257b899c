/**
 * The tenant file (see ARCHITECTURE.md, "Tenant file"): the organisation behind the embedded
 * default. `TenantFile` is the JSON as written; `Tenant` is the same after loading: defaults
 * applied and every instant resolved to a Date.
 */

export type PbxType = 'MiVoice Office 400' | 'MiVoice 5000' | 'MiVoice MX-ONE' | 'MiVoice Business';
export type LineState = 'idle' | 'ringing' | 'connected' | 'held' | 'outOfService' | 'unknown';
export type PbxUserPresence = 'available' | 'away' | 'meeting' | 'busy' | 'unavailable';
export type MitelOnePresence = 'available' | 'away' | 'busy' | 'dnd' | 'offline';
export type TeamsClientsState = 'offline' | 'inactive' | 'active' | 'inCall' | 'presenting';
export type TeamsUserSetPresence = 'Available' | 'Busy' | 'DoNotDisturb' | 'BeRightBack' | 'Away' | 'Offline';
export type CloudLinkRole = 'CTI' | 'User';

export interface PresenceSources {
  line?: LineState;
  pbxUser?: PbxUserPresence;
  mitelOne?: MitelOnePresence;
  teamsClients?: TeamsClientsState;
  teamsUserSet?: TeamsUserSetPresence | null;
}

export interface Phones {
  work?: string;
  mobile?: string;
  home?: string;
}

/** An instant as written in the file: ISO 8601 instant or signed ISO 8601 duration from load time. */
export type InstantText = string;

export interface TenantFilePerson {
  id: string;
  name: string;
  email?: string;
  upn?: string;
  aadObjectId?: string;
  extension?: string;
  phones?: Phones;
  cloudlinkRole?: CloudLinkRole | null;
  inCloudLink?: boolean;
  inTeams?: boolean;
  teamsPhoneLicense?: boolean;
  admin?: boolean;
  synced?: boolean;
  presence?: PresenceSources;
}

export interface TenantFileCall {
  id: string;
  owner: string;
  direction: 'inbound' | 'outbound';
  peer: { name?: string; number: string };
  start: InstantText;
  answered: boolean;
  durationSeconds: number;
}

export interface TenantRoom {
  id: string;
  email: string;
  name: string;
  capacity: number;
  roomList: string;
  building?: string;
  floor?: string;
  equipment: string[];
  wheelchairAccessible?: boolean;
  device?: string;
}

export interface TenantFileBooking {
  id: string;
  room: string;
  organizer: string;
  subject: string;
  start: InstantText;
  end: InstantText;
}

export interface TenantFile {
  organization: { name: string; timeZone: string; azureTenantId?: string };
  pbx: { type: PbxType; gateway?: { status?: 'online' | 'offline'; lastSeen?: InstantText } };
  people: TenantFilePerson[];
  calls?: TenantFileCall[];
  rooms?: Array<Omit<TenantRoom, 'equipment'> & { equipment?: string[] }>;
  bookings?: TenantFileBooking[];
  presenceIntegration?: {
    appRegistered?: boolean;
    permissionsGranted?: boolean;
    adminConsent?: boolean;
    clientSecretExpires?: InstantText | null;
    teamsIntegrationAdded?: boolean;
    presenceSyncEnabled?: boolean;
  };
  connector?: {
    licensesTotal?: number;
    syncMode?: 'automatic' | 'manual';
    manualMappings?: Array<{ upn: string; email: string }>;
    lastSync?: {
      at?: InstantText;
      status?: 'succeeded' | 'failed';
      failures?: Array<{ email: string; reason: string }>;
    };
  };
}

/** A person after loading: every default of the contract applied. */
export interface TenantPerson {
  id: string;
  name: string;
  email?: string;
  upn?: string;
  aadObjectId?: string;
  extension?: string;
  phones: Phones;
  cloudlinkRole: CloudLinkRole | null;
  inCloudLink: boolean;
  inTeams: boolean;
  teamsPhoneLicense: boolean;
  admin: boolean;
  synced: boolean;
  presence: PresenceSources;
}

export interface TenantCall {
  id: string;
  owner: string;
  direction: 'inbound' | 'outbound';
  peer: { name?: string; number: string };
  start: Date;
  answered: boolean;
  durationSeconds: number;
}

export interface TenantBooking {
  id: string;
  room: string;
  organizer: string;
  subject: string;
  start: Date;
  end: Date;
}

export interface Tenant {
  /** Where the tenant came from (a file path, or "embedded demo tenant"). */
  source: string;
  /** The moment relative times were resolved against. */
  loadedAt: Date;
  organization: { name: string; timeZone: string; azureTenantId: string };
  pbx: { type: PbxType; gateway: { status: 'online' | 'offline'; lastSeen: Date | null } };
  people: TenantPerson[];
  calls: TenantCall[];
  rooms: TenantRoom[];
  bookings: TenantBooking[];
  presenceIntegration: {
    appRegistered: boolean;
    permissionsGranted: boolean;
    adminConsent: boolean;
    clientSecretExpires: Date | null;
    teamsIntegrationAdded: boolean;
    presenceSyncEnabled: boolean;
  };
  connector: {
    licensesTotal: number;
    syncMode: 'automatic' | 'manual';
    manualMappings: Array<{ upn: string; email: string }>;
    lastSync: {
      at: Date | null;
      status: 'succeeded' | 'failed' | null;
      failures: Array<{ email: string; reason: string }>;
    };
  };
}
