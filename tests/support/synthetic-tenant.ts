/**
 * Large, deterministic tenants for tests and benchmarks: thousands of people with unique,
 * accented names, unique extensions, e-mails and numbers, their calls, rooms and bookings.
 * Everything is relative to load time; the same options always give the same tenant.
 */
import { durationText } from '../../bot/tenant/relative-time';
import type {
  CloudLinkRole,
  PbxType,
  PresenceSources,
  TenantFile,
  TenantFileBooking,
  TenantFileCall,
  TenantFilePerson,
} from '../../bot/tenant/types';

export interface SyntheticTenantOptions {
  people: number;
  /** Calls owned by each person (default 20). */
  callsPerPerson?: number;
  /** Rooms (default 10). */
  rooms?: number;
  /** Bookings on each room over the next days (default 3). */
  bookingsPerRoom?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Default `MiVoice 5000`, which supports 5,000 users. */
  pbxType?: PbxType;
}

const FIRST_NAMES = [
  'Hélène',
  'João',
  'Zoé',
  'Françoise',
  'Loïc',
  'Anaïs',
  'Jérôme',
  'Gonçalo',
  'Siobhán',
  'Noémie',
  'Mathéo',
  'Chloé',
  'Léa',
  'Raphaël',
  'Inês',
  'Antônio',
  'Vitória',
  'Luíza',
  'Sébastien',
  'Émilie',
  'Océane',
  'Théo',
  'Kévin',
  'Amélie',
  'Bérénice',
  'Cécile',
  'Denis',
  'Élodie',
  'Fábio',
  'Gaëlle',
  'Hugo',
  'Ícaro',
  'Jean-Luc',
  'Karine',
  'Laurène',
  'Márcio',
  'Nathalie',
  'Oliver',
  'Patrícia',
  'Quentin',
  'Renée',
  'Sônia',
  'Thaís',
  'Ulysse',
  'Valérie',
  'William',
  'Xavier',
  'Yasmin',
  'Zacharie',
  'Ana Paula',
  'Benoît',
  'Caio',
  'Daniela',
  'Estêvão',
  'Flávia',
  'Grégoire',
  'Hannah',
  'Iolanda',
  'James',
  'Léonie',
  'Mohammed',
  'Nuno',
  'Orlane',
  'Priya',
  'Rosângela',
  'Sinéad',
  'Tomás',
  'Ursule',
  'Vinícius',
  'Wendy',
  'Aurélien',
  'Brigitte',
  'Conceição',
  'Diógenes',
  'Eoghan',
  'Fanny',
  'Gisèle',
  'Hervé',
  'Iñaki',
  'Joëlle',
];

const LAST_NAMES = [
  "D'Almeida-Ferreira",
  'Conceição',
  'Lefèvre',
  'Bérard',
  'Garnier',
  'Girard',
  'Mercier',
  'Pereira',
  "O'Connor",
  'Chevalier',
  'Blanc',
  'Roux',
  'Araújo',
  "N'Diaye",
  'Gonçalves',
  'Carvalho',
  'Lima',
  'Martins',
  'Faure-Dubois',
  'Perrin-Santos',
  'Marchand',
  'Lambert',
  'Tran',
  'Durand',
  'Nascimento',
  'Rocha',
  'Ribeiro',
  'Costa-Melo',
  'Ramos',
  'Whitfield',
  'Natarajan',
  'Hughes',
  "O'Brien",
  'Clarke',
  'Al-Farsi',
  'Pemberton-Smith',
  'Okafor',
  'Hayes',
  'Grant',
  'Moreau',
  'Oliveira',
  'Souza',
  'Albuquerque',
  'Benali',
  'Le Goff',
  'Leclerc',
  'Fontaine',
  'Dupont-Lefèvre',
  'Laurent',
  'Rousseau',
  'Vasconcelos',
  'Brandão',
  'Simões',
  'Magalhães',
  'Müller',
  'Château',
  'Bégin',
  'Gauthier',
  'Hébert',
  'Ménard',
  'Paquet',
  'Thériault',
  'Assunção',
  'Falcão',
  'Guimarães',
  'Loureiro',
  'Nóbrega',
  'Sant’Anna',
  'Teixeira',
  'Valadão',
  'McAllister',
  'Ó Súilleabháin',
  'Fitzgerald',
  'Kowalczyk',
  'Nguyễn',
  'Ibáñez',
  'Núñez',
  'Åberg',
  'Dvořák',
  'Šimek',
];

const LINE_STATES: NonNullable<PresenceSources['line']>[] = [
  'idle',
  'idle',
  'idle',
  'connected',
  'ringing',
  'held',
];
const TEAMS_CLIENTS: NonNullable<PresenceSources['teamsClients']>[] = [
  'offline',
  'inactive',
  'active',
  'active',
  'inCall',
  'presenting',
];
const EQUIPMENT = ['display', 'videoConference', 'whiteboard', 'phone'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** A deterministic tenant file of the given size (5,000 people and 100,000 calls build in well under a second). */
export function syntheticTenant(options: SyntheticTenantOptions): TenantFile {
  const {
    people: count,
    callsPerPerson = 20,
    rooms: roomCount = 10,
    bookingsPerRoom = 3,
    seed = 1,
    pbxType = 'MiVoice 5000',
  } = options;
  const random = prng(seed);
  const firsts = shuffled(FIRST_NAMES, random);
  const lasts = shuffled(LAST_NAMES, random);
  const domain = `synthetic-${seed}.example`;
  const pairs = firsts.length * lasts.length;
  if (count > pairs * (lasts.length + 1))
    throw new Error(`syntheticTenant supports at most ${pairs * (lasts.length + 1)} people`);

  const people: TenantFilePerson[] = [];
  for (let i = 0; i < count; i++) {
    // Index → (first, last, second last name): unique names without a lookup.
    const first = at(firsts, i);
    const lastIndex = Math.floor(i / firsts.length) % lasts.length;
    const round = Math.floor(i / pairs);
    const last = round === 0 ? at(lasts, lastIndex) : `${at(lasts, lastIndex)}-${at(lasts, round - 1)}`;
    const name = `${first} ${last}`;
    const local = `${slug(first)}.${slug(last)}.${i}`;
    const n = String(i).padStart(8, '0');
    const role: CloudLinkRole = i % 3 === 0 ? 'CTI' : 'User';
    people.push({
      id: `sp-${i}`,
      name,
      email: `${local}@${domain}`,
      upn: `${local}@${domain}`,
      aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      extension: String(10000 + i),
      phones:
        i % 4 === 0
          ? { work: `+331${n}`, mobile: `+336${n}`, home: `+332${n}` }
          : { work: `+331${n}`, mobile: `+336${n}` },
      cloudlinkRole: role,
      admin: i < 2,
      synced: i % 2 === 0,
      presence: {
        line: at(LINE_STATES, Math.floor(random() * LINE_STATES.length)),
        pbxUser: 'available',
        mitelOne: 'available',
        teamsClients: at(TEAMS_CLIENTS, Math.floor(random() * TEAMS_CLIENTS.length)),
      },
    });
  }

  const calls: TenantFileCall[] = [];
  for (let owner = 0; owner < count; owner++) {
    for (let k = 0; k < callsPerPerson; k++) {
      const offset = -Math.round((MINUTE + random() * 30 * DAY) / 1000) * 1000;
      const inbound = random() < 0.55;
      const answered = random() < 0.8;
      const internal = count > 1 && random() < 0.5;
      let peer: TenantFileCall['peer'];
      if (internal) {
        const other = people[(owner + 1 + Math.floor(random() * (count - 1))) % count];
        peer = { name: other?.name ?? 'Colleague', number: other?.phones?.work ?? '+33100000000' };
      } else {
        peer = { number: `+4420${String(Math.floor(random() * 1e8)).padStart(8, '0')}` };
      }
      calls.push({
        id: `sc-${calls.length}`,
        owner: `sp-${owner}`,
        direction: inbound ? 'inbound' : 'outbound',
        peer,
        start: durationText(offset),
        answered,
        durationSeconds: answered ? 10 + Math.floor(random() * 1200) : 0,
      });
    }
  }

  const rooms: NonNullable<TenantFile['rooms']> = [];
  const bookings: TenantFileBooking[] = [];
  for (let r = 0; r < roomCount; r++) {
    const building = `Building ${String.fromCharCode(65 + (r % 10))}`;
    rooms.push({
      id: `sr-${r}`,
      email: `room.${r}@${domain}`,
      name: `Salle ${at(lasts, r)} ${r}`,
      capacity: 2 + (r % 29),
      roomList: `${building} rooms`,
      building,
      floor: String(r % 7),
      equipment: EQUIPMENT.filter((_, e) => (r >> e) % 2 === 1),
      ...(r % 5 === 0 ? { device: 'GoToRoom' } : {}),
      ...(r % 4 === 0 ? { wheelchairAccessible: true } : {}),
    });
    let cursor = -30 * MINUTE;
    for (let b = 0; b < bookingsPerRoom; b++) {
      const start = cursor + Math.floor(random() * 6) * 30 * MINUTE;
      const end = start + (1 + Math.floor(random() * 4)) * 30 * MINUTE;
      bookings.push({
        id: `sb-${bookings.length}`,
        room: `sr-${r}`,
        organizer: `sp-${Math.floor(random() * count)}`,
        subject: `Réunion ${b + 1}`,
        start: durationText(start),
        end: durationText(end),
      });
      cursor = end;
    }
  }

  return {
    organization: { name: `Synthetic ${seed} S.A.`, timeZone: 'Europe/Paris' },
    pbx: { type: pbxType },
    people,
    calls,
    rooms,
    bookings: count > 0 ? bookings : [],
    presenceIntegration: {
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: true,
      clientSecretExpires: 'P90D',
      teamsIntegrationAdded: true,
      presenceSyncEnabled: true,
    },
    connector: { licensesTotal: count + 10, syncMode: 'automatic' },
  };
}
