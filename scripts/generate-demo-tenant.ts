/**
 * Writes bot/tenant/demo-tenant.json, the bundled demo tenant: Lumière Group, a company with
 * offices in Lyon, São Paulo and London on a MiVoice Office 400. Deterministic (seeded PRNG) and
 * written with relative times only, so the file never goes stale and regenerating it changes
 * nothing unless this script changes.
 *
 *   npx tsx scripts/generate-demo-tenant.ts
 */
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import {
  DEMO_SIGNED_IN_AAD_OBJECT_ID,
  DEMO_SIGNED_IN_EMAIL,
  DEMO_SIGNED_IN_PERSON_ID,
  DEMO_SIGNED_IN_UPN,
} from '../bot/tenant/demo';
import { DEMO_TENANT_FILE, parseTenant } from '../bot/tenant/load';
import { durationText } from '../bot/tenant/relative-time';
import type {
  CloudLinkRole,
  PresenceSources,
  TenantFile,
  TenantFileBooking,
  TenantFileCall,
  TenantFilePerson,
  TenantRoom,
} from '../bot/tenant/types';

const DOMAIN = 'lumiere-group.example';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** mulberry32: a small seeded PRNG, so every run writes the same file. */
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
const random = prng(20261123);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');

type Office = 'lyon' | 'sp' | 'london';

/** The presence table of the seed (004, section 7): phone, PBX user, Mitel One, Teams clients. */
const ROW = {
  r1: { line: 'idle', pbxUser: 'available', mitelOne: 'available', teamsClients: 'offline' },
  r2: { line: 'idle', pbxUser: 'available', mitelOne: 'available', teamsClients: 'inactive' },
  r3: { line: 'idle', pbxUser: 'available', mitelOne: 'available', teamsClients: 'active' },
  r4: { line: 'idle', pbxUser: 'available', mitelOne: 'available', teamsClients: 'inCall' },
  r5: { line: 'idle', pbxUser: 'available', mitelOne: 'available', teamsClients: 'presenting' },
  r6: { line: 'connected', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'offline' },
  r7: { line: 'connected', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'inactive' },
  r8: { line: 'connected', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'active' },
  r9: { line: 'connected', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'inCall' },
  r10: { line: 'connected', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'presenting' },
  r11: { line: 'idle', pbxUser: 'busy', mitelOne: 'busy', teamsClients: 'offline' },
  r12: { line: 'idle', pbxUser: 'busy', mitelOne: 'busy', teamsClients: 'inactive' },
  r13: { line: 'idle', pbxUser: 'busy', mitelOne: 'busy', teamsClients: 'active' },
  r14: { line: 'idle', pbxUser: 'busy', mitelOne: 'busy', teamsClients: 'inCall' },
  r15: { line: 'idle', pbxUser: 'busy', mitelOne: 'busy', teamsClients: 'presenting' },
} satisfies Record<string, PresenceSources>;

const idleActive: PresenceSources = {
  line: 'idle',
  pbxUser: 'available',
  mitelOne: 'available',
  teamsClients: 'active',
};

interface Spec {
  first: string;
  last: string;
  office: Office;
  ext?: string;
  role: CloudLinkRole | null;
  presence: PresenceSources;
  admin?: true;
  synced?: true;
  home?: true;
  email?: string;
  upn?: string;
  inCloudLink?: false;
  inTeams?: false;
  teamsPhoneLicense?: false;
  /** Has a role but has made and received no call yet (a new hire). */
  noCalls?: true;
  /** Places many calls (the signed-in demo user). */
  busy?: true;
}

// prettier-ignore
const SPECS: Spec[] = [
  // Lyon: head office, IT.
  { first: 'Hélène', last: "D'Almeida-Ferreira", office: 'lyon', ext: '2101', role: 'CTI', admin: true, synced: true, home: true, busy: true, presence: ROW.r3 },
  { first: 'Lucas', last: 'Moreau', office: 'lyon', ext: '2102', role: 'User', presence: ROW.r1 },
  { first: 'Françoise', last: 'Bérard', office: 'lyon', ext: '2103', role: 'CTI', home: true, presence: ROW.r2 },
  { first: 'Jérôme', last: 'Mercier', office: 'lyon', ext: '2104', role: 'User', presence: ROW.r4 },
  { first: 'Anaïs', last: 'Girard', office: 'lyon', ext: '2105', role: 'User', presence: ROW.r5 },
  { first: 'Sébastien', last: 'Faure-Dubois', office: 'lyon', ext: '2106', role: 'CTI', presence: ROW.r7 },
  { first: 'Noémie', last: 'Chevalier', office: 'lyon', ext: '2107', role: 'User', presence: ROW.r9 },
  { first: 'Loïc', last: 'Garnier', office: 'lyon', ext: '2108', role: 'User', home: true, presence: ROW.r15 },
  { first: 'Chloé', last: 'Roux', office: 'lyon', ext: '2109', role: 'User', presence: { ...idleActive, teamsUserSet: 'DoNotDisturb' } },
  { first: 'Mathéo', last: 'Blanc', office: 'lyon', ext: '2110', role: 'User', presence: { line: 'idle', pbxUser: 'away', mitelOne: 'away', teamsClients: 'active' } },
  { first: 'Émilie', last: 'Perrin-Santos', office: 'lyon', ext: '2111', role: 'CTI', presence: { line: 'idle', pbxUser: 'unavailable', mitelOne: 'dnd', teamsClients: 'active' } },
  // Married since the last sync: her Teams UPN changed, her CloudLink e-mail did not.
  { first: 'Marion', last: 'Dupont-Lefèvre', office: 'lyon', ext: '2112', role: 'User', synced: true, email: `marion.dupont@${DOMAIN}`, upn: `marion.dupont-lefevre@${DOMAIN}`, presence: idleActive },
  // On the PBX, but nobody gave him a CloudLink role.
  { first: 'Bertrand', last: 'Leclerc', office: 'lyon', ext: '2113', role: null, presence: { teamsClients: 'active' } },
  { first: 'Agathe', last: 'Fontaine', office: 'lyon', ext: '2114', role: 'User', teamsPhoneLicense: false, presence: { ...idleActive, teamsClients: 'inactive' } },
  // Warehouse: a desk phone, no Microsoft 365 account.
  { first: 'Yannick', last: 'Le Goff', office: 'lyon', ext: '2115', role: 'User', inTeams: false, presence: { line: 'idle', pbxUser: 'available', mitelOne: 'offline' } },
  { first: 'Inès', last: 'Benali', office: 'lyon', ext: '2116', role: 'User', home: true, presence: idleActive },
  { first: 'Théo', last: 'Lambert', office: 'lyon', ext: '2117', role: 'User', presence: { line: 'outOfService', pbxUser: 'available', mitelOne: 'offline', teamsClients: 'inactive' } },
  { first: 'Océane', last: 'Marchand', office: 'lyon', ext: '2118', role: 'User', presence: { line: 'ringing', pbxUser: 'available', mitelOne: 'available', teamsClients: 'active' } },
  { first: 'Raphaël', last: "N'Diaye", office: 'lyon', ext: '2119', role: 'CTI', presence: { ...idleActive, teamsClients: 'inactive' } },
  { first: 'Zoé', last: 'Lefèvre', office: 'lyon', ext: '2120', role: 'User', noCalls: true, presence: idleActive },
  { first: 'Kévin', last: 'Tran', office: 'lyon', ext: '2121', role: 'User', presence: { line: 'idle', pbxUser: 'meeting', mitelOne: 'busy', teamsClients: 'active' } },
  // São Paulo.
  { first: 'João', last: 'Conceição', office: 'sp', ext: '5101', role: 'CTI', synced: true, home: true, presence: ROW.r6 },
  { first: 'Lucas', last: 'Oliveira', office: 'sp', ext: '5102', role: 'User', presence: idleActive },
  { first: 'Gonçalo', last: 'Pereira', office: 'sp', ext: '5103', role: 'CTI', admin: true, presence: ROW.r8 },
  { first: 'Mariana', last: 'Araújo', office: 'sp', ext: '5104', role: 'User', presence: ROW.r10 },
  // The PBX administrator gave Ana Paula the e-mail of Ana: two people, one address.
  { first: 'Ana', last: 'Souza', office: 'sp', ext: '5105', role: 'User', email: `ana.souza@${DOMAIN}`, upn: `ana.souza@${DOMAIN}`, presence: idleActive },
  { first: 'Ana Paula', last: 'Souza', office: 'sp', ext: '5106', role: 'User', email: `ana.souza@${DOMAIN}`, upn: `anapaula.souza@${DOMAIN}`, presence: { ...idleActive, teamsClients: 'inactive' } },
  // Still on the Brazilian subsidiary's domain in CloudLink.
  { first: 'Thiago', last: 'Albuquerque', office: 'sp', ext: '5107', role: 'User', email: 'thiago.albuquerque@lumiere-br.example', upn: `thiago.albuquerque@${DOMAIN}`, presence: idleActive },
  { first: 'Antônio', last: 'Carvalho', office: 'sp', ext: '5108', role: 'User', presence: { ...idleActive, teamsUserSet: 'BeRightBack' } },
  { first: 'Vitória', last: 'Lima', office: 'sp', ext: '5109', role: 'User', home: true, presence: { ...idleActive, teamsUserSet: 'Offline' } },
  { first: 'Rafael', last: 'Nascimento', office: 'sp', ext: '5110', role: 'User', presence: { line: 'held', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'active' } },
  { first: 'Beatriz', last: 'Rocha', office: 'sp', ext: '5111', role: 'User', presence: { line: 'idle', pbxUser: 'available', mitelOne: 'away', teamsClients: 'offline' } },
  // A consultant: Teams only, reachable on his mobile.
  { first: 'Caio', last: 'Ribeiro', office: 'sp', role: null, inCloudLink: false, presence: { teamsClients: 'active' } },
  { first: 'Luíza', last: 'Martins', office: 'sp', ext: '5112', role: 'CTI', presence: { ...idleActive, teamsClients: 'inCall' } },
  { first: 'Fernanda', last: 'Costa-Melo', office: 'sp', ext: '5113', role: 'User', presence: { ...idleActive, teamsUserSet: null } },
  { first: 'Sofia', last: 'Ramos', office: 'sp', ext: '5114', role: 'User', presence: { ...idleActive, teamsClients: 'inactive' } },
  // London.
  { first: 'Siobhán', last: "O'Connor", office: 'london', ext: '7101', role: 'CTI', admin: true, synced: true, presence: ROW.r11 },
  { first: 'James', last: 'Whitfield', office: 'london', ext: '7102', role: 'User', synced: true, home: true, presence: ROW.r12 },
  { first: 'Priya', last: 'Natarajan', office: 'london', ext: '7103', role: 'User', synced: true, presence: ROW.r13 },
  { first: 'Oliver', last: 'Hughes', office: 'london', ext: '7104', role: 'User', presence: ROW.r14 },
  { first: 'Amélie', last: 'Durand', office: 'london', ext: '7105', role: 'User', presence: { line: 'idle', pbxUser: 'available', mitelOne: 'dnd', teamsClients: 'active' } },
  { first: 'Tom', last: "O'Brien", office: 'london', ext: '7106', role: 'User', presence: { ...idleActive, teamsClients: 'inactive', teamsUserSet: 'Available' } },
  { first: 'Hannah', last: 'Clarke', office: 'london', ext: '7107', role: 'User', presence: { ...idleActive, teamsUserSet: 'Busy' } },
  { first: 'Mohammed', last: 'Al-Farsi', office: 'london', ext: '7108', role: 'User', presence: { line: 'unknown', pbxUser: 'available', mitelOne: 'available', teamsClients: 'active' } },
  { first: 'Grace', last: 'Pemberton-Smith', office: 'london', ext: '7109', role: 'CTI', presence: idleActive },
  { first: 'Daniel', last: 'Okafor', office: 'london', ext: '7110', role: 'User', presence: { ...idleActive, teamsUserSet: 'Away' } },
  { first: 'Eleanor', last: 'Hayes', office: 'london', ext: '7111', role: 'User', home: true, presence: { ...idleActive, teamsClients: 'offline' } },
  { first: 'William', last: 'Grant', office: 'london', ext: '7112', role: 'User', presence: { ...idleActive, teamsUserSet: null } },
];

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
}

const used = new Set<string>();
function unique(make: () => string): string {
  for (;;) {
    const number = make();
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

function workNumber(office: Office, ext: string): string {
  if (office === 'lyon') return `+3347256${ext}`;
  if (office === 'sp') return `+55113040${ext}`;
  // 020 7946 0xxx: Ofcom's range for fiction.
  return `+442079460${ext.slice(1)}`;
}
function mobileNumber(office: Office): string {
  if (office === 'lyon') return unique(() => `+33${pick(['6', '7'])}${digits(8)}`);
  if (office === 'sp') return unique(() => `+55119${int(6, 9)}${digits(7)}`);
  return unique(() => `+447700900${digits(3)}`);
}
function homeNumber(office: Office): string {
  if (office === 'lyon') return unique(() => `+33478${digits(6)}`);
  if (office === 'sp') return unique(() => `+55112${digits(7)}`);
  return unique(() => `+441614960${digits(3)}`);
}
function guid(): string {
  const h = Array.from({ length: 32 }, () => int(0, 15).toString(16));
  h[12] = '4';
  h[16] = pick(['8', '9', 'a', 'b']);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

interface Built {
  spec: Spec;
  person: TenantFilePerson;
}

function buildPerson(spec: Spec): Built {
  const name = `${spec.first} ${spec.last}`;
  const id = `p-${slug(name)}`;
  const address = `${slug(spec.first)}.${slug(spec.last)}@${DOMAIN}`;
  const person: TenantFilePerson = { id, name };
  const inCloudLink = spec.inCloudLink ?? true;
  const inTeams = spec.inTeams ?? true;
  person.email = spec.email ?? address;
  if (inTeams) {
    person.upn = spec.upn ?? address;
    person.aadObjectId = id === DEMO_SIGNED_IN_PERSON_ID ? DEMO_SIGNED_IN_AAD_OBJECT_ID : guid();
  }
  if (spec.ext) person.extension = spec.ext;
  person.phones = {};
  if (spec.ext) person.phones.work = unique(() => workNumber(spec.office, spec.ext ?? ''));
  person.phones.mobile = mobileNumber(spec.office);
  if (spec.home) person.phones.home = homeNumber(spec.office);
  if (inCloudLink) person.cloudlinkRole = spec.role;
  if (!inCloudLink) person.inCloudLink = false;
  if (!inTeams) person.inTeams = false;
  if (spec.teamsPhoneLicense === false) person.teamsPhoneLicense = false;
  if (spec.admin) person.admin = true;
  if (spec.synced) person.synced = true;
  person.presence = { ...spec.presence };
  return { spec, person };
}

const people = SPECS.map(buildPerson);
const signedIn = people.find((p) => p.person.id === DEMO_SIGNED_IN_PERSON_ID);
if (
  !signedIn ||
  signedIn.person.upn !== DEMO_SIGNED_IN_UPN ||
  signedIn.person.email !== DEMO_SIGNED_IN_EMAIL
) {
  throw new Error('The signed-in demo user of bot/tenant/demo.ts is not the first person of this script');
}

// ---- Calls ------------------------------------------------------------------------------------

const OUTSIDE: Record<Office, Array<{ name?: string; number: string }>> = {
  lyon: [
    { name: 'Boulangerie Martin', number: '+33478923415' },
    { name: 'Transports Rhône-Alpes', number: '+33472601877' },
    { name: 'Cabinet Lefèvre & Associés', number: '+33145236789' },
    { name: 'Dr Isabelle Marchetti', number: '+33491557302' },
    { name: 'Imprimerie Côté Papier', number: '+33556441290' },
    { name: 'Hôtel des Célestins', number: '+33478370274' },
    { number: '+33612457893' },
    { number: '+33761249035' },
    { number: '+33153907714' },
  ],
  sp: [
    { name: 'Transportes Rápidos Ltda', number: '+551133224455' },
    { name: 'Padaria São Jorge', number: '+551125874410' },
    { name: 'Construtora Ipê', number: '+552132456677' },
    { name: 'Dra. Patrícia Nogueira', number: '+553134918820' },
    { name: 'Gráfica Paulistana', number: '+551138816025' },
    { number: '+5511987654321' },
    { number: '+5521998123456' },
    { number: '+551130307788' },
  ],
  london: [
    { name: 'Harrow & Finch Ltd', number: '+441134960321' },
    { name: 'Bright Spark Electrics', number: '+441174960555' },
    { name: "St Mary's Dental Practice", number: '+442079460918' },
    { name: 'Northwind Logistics', number: '+441214960127' },
    { number: '+447700900871' },
    { number: '+447700900342' },
    { number: '+442079460777' },
  ],
};

const owners = people.filter((p) => p.person.cloudlinkRole && p.person.extension && !p.spec.noCalls);
const ownerIds = new Set(owners.map((p) => p.person.id));
const reachable = people.filter((p) => !p.spec.noCalls && (p.person.phones?.work ?? p.person.phones?.mobile));

interface Draft {
  offsetMs: number;
  call: Omit<TenantFileCall, 'id' | 'start'>;
}
const drafts: Draft[] = [];

function duration(answered: boolean): number {
  if (!answered) return 0;
  // Mostly short calls, a few long ones.
  return Math.round(15 + 1800 * random() ** 2.5);
}

function addCall(
  owner: Built,
  offsetMs: number,
  peer: Built | { name?: string; number: string },
  direction: 'inbound' | 'outbound',
  answered: boolean,
): void {
  const durationSeconds = duration(answered);
  if ('person' in peer) {
    const phones = peer.person.phones ?? {};
    const number = (random() < 0.8 ? phones.work : phones.mobile) ?? phones.work ?? phones.mobile ?? '';
    drafts.push({
      offsetMs,
      call: {
        owner: owner.person.id,
        direction,
        peer: { name: peer.person.name, number },
        answered,
        durationSeconds,
      },
    });
    // The colleague's own call log holds the same call, seen from the other side.
    if (ownerIds.has(peer.person.id)) {
      const ownNumber = owner.person.phones?.work ?? owner.person.phones?.mobile ?? '';
      drafts.push({
        offsetMs,
        call: {
          owner: peer.person.id,
          direction: direction === 'inbound' ? 'outbound' : 'inbound',
          peer: { name: owner.person.name, number: ownNumber },
          answered,
          durationSeconds,
        },
      });
    }
    return;
  }
  drafts.push({
    offsetMs,
    call: { owner: owner.person.id, direction, peer: { ...peer }, answered, durationSeconds },
  });
}

function randomCall(owner: Built, offsetMs: number): void {
  const direction = random() < 0.55 ? 'inbound' : 'outbound';
  const answered = random() < (direction === 'inbound' ? 0.78 : 0.85);
  if (random() < 0.45) {
    const colleagues = reachable.filter(
      (p) => p !== owner && (p.spec.office === owner.spec.office || random() < 0.15),
    );
    addCall(owner, offsetMs, pick(colleagues.length > 0 ? colleagues : reachable), direction, answered);
  } else {
    const office = random() < 0.8 ? owner.spec.office : pick<Office>(['lyon', 'sp', 'london']);
    addCall(owner, offsetMs, pick(OUTSIDE[office]), direction, answered);
  }
}

// The newest calls: the signed-in user missed a colleague a few minutes ago.
const lucas = people.find((p) => p.person.id === 'p-lucas-moreau');
if (!lucas) throw new Error('Lucas Moreau is missing');
addCall(signedIn, -4 * MINUTE, lucas, 'inbound', false);
addCall(
  signedIn,
  -17 * MINUTE,
  { name: 'Cabinet Lefèvre & Associés', number: '+33145236789' },
  'outbound',
  true,
);

for (const owner of owners) {
  const count = owner.spec.busy ? 40 : int(4, 10);
  for (let i = 0; i < count; i++) {
    // Spread over the last 30 days, a little denser towards today.
    const offsetMs = -Math.round(25 * MINUTE + (30 * DAY - 30 * MINUTE) * random() ** 1.3);
    randomCall(owner, Math.round(offsetMs / 1000) * 1000);
  }
}

drafts.sort((a, b) => b.offsetMs - a.offsetMs);
const calls: TenantFileCall[] = drafts.map(({ offsetMs, call }, i) => ({
  id: `call-${String(i + 1).padStart(4, '0')}`,
  owner: call.owner,
  direction: call.direction,
  peer: call.peer,
  start: durationText(offsetMs),
  answered: call.answered,
  durationSeconds: call.durationSeconds,
}));

// ---- Rooms ------------------------------------------------------------------------------------

interface RoomSpec {
  office: Office;
  name: string;
  capacity: number;
  floor: string;
  equipment: string[];
  goToRoom?: true;
  accessible?: true;
}
const BUILDINGS: Record<Office, { building: string; roomList: string; prefix: string }> = {
  lyon: { building: 'Lyon – Confluence', roomList: 'Salles Lyon Confluence', prefix: 'salle' },
  sp: { building: 'São Paulo – Vila Olímpia', roomList: 'Salas São Paulo', prefix: 'sala' },
  london: { building: 'London – Shoreditch', roomList: 'London Rooms', prefix: 'room' },
};
const FULL = ['display', 'videoConference', 'whiteboard', 'phone'];
// prettier-ignore
const ROOM_SPECS: RoomSpec[] = [
  { office: 'lyon', name: 'Fourvière', capacity: 12, floor: '3', equipment: FULL, goToRoom: true, accessible: true },
  { office: 'lyon', name: 'Croix-Rousse', capacity: 6, floor: '3', equipment: ['display', 'whiteboard'] },
  { office: 'lyon', name: 'Bellecour', capacity: 20, floor: '2', equipment: ['display', 'videoConference', 'phone'], goToRoom: true },
  { office: 'lyon', name: 'Confluence', capacity: 30, floor: '1', equipment: FULL, accessible: true },
  { office: 'lyon', name: 'Saône', capacity: 4, floor: '2', equipment: ['display'] },
  { office: 'lyon', name: 'Rhône', capacity: 8, floor: '2', equipment: ['display', 'videoConference'], goToRoom: true },
  { office: 'lyon', name: "Bulle Part-Dieu", capacity: 2, floor: '3', equipment: ['phone'] },
  { office: 'sp', name: 'Ibirapuera', capacity: 10, floor: '8', equipment: ['display', 'videoConference', 'whiteboard'], goToRoom: true },
  { office: 'sp', name: 'Paulista', capacity: 16, floor: '8', equipment: FULL, accessible: true },
  { office: 'sp', name: 'Pinheiros', capacity: 4, floor: '9', equipment: ['display', 'phone'] },
  { office: 'sp', name: 'Vila Madalena', capacity: 6, floor: '9', equipment: ['whiteboard'] },
  { office: 'sp', name: 'Auditório Copan', capacity: 30, floor: '7', equipment: ['display', 'videoConference', 'phone'], goToRoom: true, accessible: true },
  { office: 'london', name: 'Thames', capacity: 8, floor: '4', equipment: ['display', 'videoConference', 'whiteboard'], goToRoom: true },
  { office: 'london', name: 'Camden', capacity: 4, floor: '4', equipment: ['display', 'phone'] },
  { office: 'london', name: 'Brick Lane', capacity: 12, floor: '5', equipment: FULL, goToRoom: true, accessible: true },
  { office: 'london', name: 'Greenwich', capacity: 2, floor: '5', equipment: ['phone'] },
  { office: 'london', name: 'Southbank', capacity: 20, floor: 'Ground', equipment: ['display', 'videoConference', 'whiteboard'] },
];

const rooms: Array<TenantRoom & { office: Office }> = ROOM_SPECS.map((r) => {
  const where = BUILDINGS[r.office];
  const room: TenantRoom & { office: Office } = {
    office: r.office,
    id: `room-${slug(r.name)}`,
    email: `${where.prefix}.${slug(r.name)}@${DOMAIN}`,
    name: r.name,
    capacity: r.capacity,
    roomList: where.roomList,
    building: where.building,
    floor: r.floor,
    equipment: [...r.equipment],
  };
  if (r.accessible) room.wheelchairAccessible = true;
  if (r.goToRoom) room.device = 'GoToRoom';
  return room;
});

const SUBJECTS: Record<Office, string[]> = {
  lyon: [
    'Point hebdo équipe ventes',
    'Comité de direction',
    'Entretien candidat',
    'Revue de projet Horizon',
    'Formation CloudLink',
    "Point d'équipe support",
    'Réunion fournisseurs',
    'Atelier sécurité informatique',
  ],
  sp: [
    'Revisão de orçamento',
    'Reunião com cliente',
    'Planejamento trimestral',
    'Treinamento Mitel One',
    'Entrevista de candidato',
    'Alinhamento da equipe comercial',
  ],
  london: [
    'Quarterly review',
    'Client call – Harrow & Finch',
    'Daily stand-up',
    'Interview',
    'Marketing sync',
    'Budget planning',
    'Onboarding session',
  ],
};

const organizersByOffice = (office: Office): Built[] =>
  people.filter((p) => p.spec.office === office && (p.spec.inTeams ?? true));
const roundTo5 = (ms: number): number => Math.round(ms / (5 * MINUTE)) * 5 * MINUTE;

const bookingDrafts: Array<{
  room: string;
  office: Office;
  organizer: string;
  subject: string;
  start: number;
  end: number;
}> = [];
const busyNow = new Set(['room-fourviere', 'room-saone', 'room-paulista', 'room-thames', 'room-brick-lane']);
for (const room of rooms) {
  let cursor: number;
  if (busyNow.has(room.id)) {
    const start = -roundTo5(int(10, 40) * MINUTE);
    const end = roundTo5(int(20, 70) * MINUTE);
    bookingDrafts.push({
      room: room.id,
      office: room.office,
      organizer: pick(organizersByOffice(room.office)).person.id,
      subject: pick(SUBJECTS[room.office]),
      start,
      end,
    });
    cursor = end;
  } else {
    cursor = roundTo5(int(0, 90) * MINUTE);
  }
  const count = int(2, 5);
  for (let i = 0; i < count; i++) {
    const start = cursor + roundTo5(int(45, 20 * 60) * MINUTE);
    const end = start + pick([30, 45, 60, 60, 90, 120]) * MINUTE;
    if (start > 5 * DAY) break;
    bookingDrafts.push({
      room: room.id,
      office: room.office,
      organizer: pick(organizersByOffice(room.office)).person.id,
      subject: pick(SUBJECTS[room.office]),
      start,
      end,
    });
    cursor = end;
  }
}
// The signed-in user organises a few upcoming meetings in Lyon.
const helenesRooms = ['room-fourviere', 'room-bellecour', 'room-rhone'];
for (const roomId of helenesRooms) {
  const upcoming = bookingDrafts.find((b) => b.room === roomId && b.start > 0);
  if (upcoming) {
    upcoming.organizer = DEMO_SIGNED_IN_PERSON_ID;
    upcoming.subject = pick([
      'Revue du parc téléphonique',
      'Migration CloudLink – point',
      'Point Teams / Mitel',
    ]);
  }
}
bookingDrafts.sort((a, b) => a.start - b.start || a.room.localeCompare(b.room));
const bookings: TenantFileBooking[] = bookingDrafts.map((b, i) => ({
  id: `bk-${String(i + 1).padStart(3, '0')}`,
  room: b.room,
  organizer: b.organizer,
  subject: b.subject,
  start: durationText(b.start),
  end: durationText(b.end),
}));

// ---- The file ---------------------------------------------------------------------------------

const syncedCount = people.filter((p) => p.person.synced).length;
const thiago = people.find((p) => p.person.id === 'p-thiago-albuquerque');
const agathe = people.find((p) => p.person.id === 'p-agathe-fontaine');

const tenant: TenantFile = {
  organization: {
    name: 'Lumière Group',
    timeZone: 'Europe/Paris',
    azureTenantId: '6f1c2a4e-8b3d-4e7a-9c51-2d0f7a3b9e16',
  },
  pbx: { type: 'MiVoice Office 400', gateway: { status: 'online', lastSeen: '-PT1M' } },
  people: people.map((p) => p.person),
  calls,
  rooms: rooms.map(({ office: _office, ...room }) => room),
  bookings,
  presenceIntegration: {
    appRegistered: true,
    permissionsGranted: true,
    adminConsent: true,
    clientSecretExpires: 'P20DT6H',
    teamsIntegrationAdded: true,
    presenceSyncEnabled: true,
  },
  connector: {
    licensesTotal: syncedCount + 4,
    syncMode: 'automatic',
    manualMappings: [],
    lastSync: {
      at: '-PT3H12M',
      status: 'succeeded',
      failures: [
        { email: thiago?.person.email ?? '', reason: 'No Microsoft Teams user has this e-mail address' },
        { email: agathe?.person.email ?? '', reason: 'The Teams user has no Teams Phone licence' },
      ],
    },
  },
};

async function main(): Promise<void> {
  // Refuse to write a file the bot would not load.
  parseTenant(tenant, 'generated demo tenant', new Date());
  const options = (await prettier.resolveConfig(DEMO_TENANT_FILE)) ?? {};
  const text = await prettier.format(JSON.stringify(tenant), { ...options, parser: 'json' });
  writeFileSync(DEMO_TENANT_FILE, text);
  console.log(
    `Wrote ${DEMO_TENANT_FILE}: ${tenant.people.length} people, ${calls.length} calls, ${rooms.length} rooms, ${bookings.length} bookings`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
