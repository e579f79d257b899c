import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTenantFile, parseTenant, TenantFileError } from '../../../bot/tenant/load';
import type { TenantFile } from '../../../bot/tenant/types';
import { fullTenant } from './tenant-fixtures';

const now = new Date('2026-11-23T09:30:00Z');

function expectInvalid(load: () => unknown, file: string, jsonPath: string, problem: string | RegExp): void {
  assert.throws(load, (error: unknown) => {
    assert.ok(error instanceof TenantFileError, `expected a TenantFileError, got ${String(error)}`);
    assert.equal(error.file, file);
    assert.equal(error.jsonPath, jsonPath);
    if (typeof problem === 'string') assert.equal(error.problem, problem);
    else assert.match(error.problem, problem);
    assert.equal(error.message, `Tenant file ${file} is invalid at ${jsonPath}: ${error.problem}`);
    return true;
  });
}

/** Loads a changed copy of a valid tenant through parseTenant. */
function invalid(
  change: (file: TenantFile & Record<string, unknown>) => void,
  jsonPath: string,
  problem: string | RegExp,
): void {
  const file = fullTenant() as TenantFile & Record<string, unknown>;
  change(file);
  expectInvalid(() => parseTenant(file, 'acme.json', now), 'acme.json', jsonPath, problem);
}

// Lets a test write what the types forbid, as a hand-edited file would.
function loose(value: unknown): Record<string, unknown> {
  return value as Record<string, unknown>;
}

describe('parseTenant with an invalid tenant', () => {
  it('the fixture itself is valid', () => {
    assert.equal(parseTenant(fullTenant(), 'acme.json', now).people.length, 2);
  });

  it('names a value outside an enumeration and lists the allowed ones', () => {
    invalid(
      (f) => (loose(f.people[0]).cloudlinkRole = 'Admin'),
      '$.people[0].cloudlinkRole',
      'must be one of "CTI", "User", null (found "Admin")',
    );
  });

  it('names a missing required property at the object that lacks it', () => {
    invalid((f) => delete loose(f.people[1]).name, '$.people[1]', 'missing required property "name"');
  });

  it('names an unexpected property', () => {
    invalid((f) => (loose(f.rooms?.[1]).colour = 'blue'), '$.rooms[1]', 'unexpected property "colour"');
  });

  it('names an unexpected property at the top level with the path "$"', () => {
    invalid((f) => (f.extra = true), '$', 'unexpected property "extra"');
  });

  it('explains a phone number that is not E.164', () => {
    invalid(
      (f) => (f.people[0]!.phones!.mobile = '06 12 34 56 78'),
      '$.people[0].phones.mobile',
      /E\.164.*found "06 12 34 56 78"/,
    );
  });

  it('explains an e-mail address without "@"', () => {
    invalid((f) => (f.people[1]!.email = 'joao.example.com'), '$.people[1].email', /e-mail address/);
  });

  it('explains an extension that is not digits', () => {
    invalid((f) => (f.people[0]!.extension = '21-01'), '$.people[0].extension', /2 to 8 digits/);
  });

  it('explains an instant that is neither an ISO instant nor a duration', () => {
    invalid(
      (f) => (f.calls![1]!.start = 'last Tuesday'),
      '$.calls[1].start',
      /ISO 8601 instant.*found "last Tuesday"/,
    );
  });

  it('explains a client secret expiry that is neither an instant nor null', () => {
    invalid(
      (f) => (loose(f.presenceIntegration).clientSecretExpires = 5),
      '$.presenceIntegration.clientSecretExpires',
      'must be a string or null (found 5)',
    );
  });

  it('names a value of the wrong type', () => {
    invalid(
      (f) => (loose(f.rooms?.[0]).capacity = '12'),
      '$.rooms[0].capacity',
      'must be a whole number (found "12")',
    );
    invalid(
      (f) => (loose(f.calls?.[0]).answered = 'no'),
      '$.calls[0].answered',
      'must be true or false (found "no")',
    );
  });

  it('names a number below its minimum', () => {
    invalid((f) => (f.rooms![0]!.capacity = 0), '$.rooms[0].capacity', 'must be at least 1 (found 0)');
  });

  it('names an empty id', () => {
    invalid((f) => (f.people[0]!.id = ''), '$.people[0].id', 'must not be empty');
  });

  it('refuses JSON that is not an object', () => {
    expectInvalid(
      () => parseTenant([], 'acme.json', now),
      'acme.json',
      '$',
      'must be an object (found an array)',
    );
    expectInvalid(
      () => parseTenant(null, 'acme.json', now),
      'acme.json',
      '$',
      'must be an object (found null)',
    );
  });

  it('names a call whose owner is nobody', () => {
    invalid(
      (f) => (f.calls![1]!.owner = 'p9'),
      '$.calls[1].owner',
      'unknown person "p9" (no person has this id)',
    );
  });

  it('names a booking in an unknown room or by an unknown organizer', () => {
    invalid(
      (f) => (f.bookings![0]!.room = 'r9'),
      '$.bookings[0].room',
      'unknown room "r9" (no room has this id)',
    );
    invalid(
      (f) => (f.bookings![0]!.organizer = 'p9'),
      '$.bookings[0].organizer',
      'unknown person "p9" (no person has this id)',
    );
  });

  it('names the second use of an id, and where it was first used', () => {
    invalid(
      (f) => (f.people[1]!.id = 'p1'),
      '$.people[1].id',
      'duplicate id "p1" (already used at $.people[0])',
    );
    invalid(
      (f) => (f.calls![1]!.id = 'c1'),
      '$.calls[1].id',
      'duplicate id "c1" (already used at $.calls[0])',
    );
    invalid(
      (f) => (f.rooms![1]!.id = 'r1'),
      '$.rooms[1].id',
      'duplicate id "r1" (already used at $.rooms[0])',
    );
    invalid(
      (f) => f.bookings!.push({ ...f.bookings![0]!, start: 'P1D', end: 'P1DT1H' }),
      '$.bookings[1].id',
      'duplicate id "b1" (already used at $.bookings[0])',
    );
  });

  it('names a booking that ends before, or when, it starts', () => {
    invalid((f) => (f.bookings![0]!.end = '-PT1H'), '$.bookings[0].end', /^must be after start/);
    invalid(
      (f) => (f.bookings![0]!.end = f.bookings![0]!.start),
      '$.bookings[0].end',
      /^must be after start/,
    );
  });

  it('names a time zone that is not an IANA zone', () => {
    invalid(
      (f) => (f.organization.timeZone = 'Europe/Pariss'),
      '$.organization.timeZone',
      '"Europe/Pariss" is not an IANA time zone (such as "Europe/Paris" or "America/Sao_Paulo")',
    );
  });

  it('names a manual mapping that maps one address to two', () => {
    invalid(
      (f) => f.connector!.manualMappings!.push({ upn: 'JOAO@example.com', email: 'other@example.com' }),
      '$.connector.manualMappings[1].upn',
      /already mapped to another e-mail at \$\.connector\.manualMappings\[0\]/,
    );
    invalid(
      (f) => f.connector!.manualMappings!.push({ upn: 'other@example.com', email: 'joao@example.com' }),
      '$.connector.manualMappings[1].email',
      /already mapped to another upn/,
    );
  });

  it('accepts the same manual mapping written twice', () => {
    const file = fullTenant();
    file.connector!.manualMappings!.push({ upn: 'joao@example.com', email: 'JOAO@example.com' });
    assert.equal(parseTenant(file, 'acme.json', now).connector.manualMappings.length, 2);
  });

  it('names an instant that matches the pattern but means nothing', () => {
    invalid((f) => (f.calls![0]!.start = '2026-02-30T10:00:00Z'), '$.calls[0].start', /no day 30/);
    invalid(
      (f) => (f.connector!.lastSync!.at = 'PT'),
      '$.connector.lastSync.at',
      /no weeks, days, hours, minutes or seconds/,
    );
  });

  it('reports the first problem of the file when there are several', () => {
    invalid(
      (f) => {
        loose(f.people[0]).cloudlinkRole = 'Admin';
        f.calls![1]!.owner = 'p9';
      },
      '$.people[0].cloudlinkRole',
      /must be one of/,
    );
  });
});

describe('loadTenantFile', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenant-load-'));
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  it('loads a valid file and records its path as the source', () => {
    const path = write('ok.json', JSON.stringify(fullTenant(), null, 2));
    const tenant = loadTenantFile(path, now);
    assert.equal(tenant.source, path);
    assert.equal(tenant.people[0]?.name, "Hélène D'Almeida-Ferreira");
  });

  it('reads a file saved with a byte-order mark', () => {
    const path = write('bom.json', `\uFEFF${JSON.stringify(fullTenant())}`);
    assert.equal(loadTenantFile(path, now).people.length, 2);
  });

  it('resolves relative times against the current time when no now is given', () => {
    const path = write('now.json', JSON.stringify(fullTenant()));
    const before = Date.now();
    const tenant = loadTenantFile(path);
    assert.ok(tenant.loadedAt.getTime() >= before && tenant.loadedAt.getTime() <= Date.now());
  });

  it('says a missing file does not exist', () => {
    const path = join(dir, 'nowhere.json');
    expectInvalid(() => loadTenantFile(path, now), path, '$', 'the file does not exist');
  });

  it('says a folder is not a file', () => {
    const path = join(dir, 'folder.json');
    mkdirSync(path);
    expectInvalid(() => loadTenantFile(path, now), path, '$', 'this is a folder, not a file');
  });

  it('gives the line and column of broken JSON', () => {
    const path = write('broken.json', '{\n  "organization": { "name": "Acme", },\n  "people": []\n}\n');
    expectInvalid(
      () => loadTenantFile(path, now),
      path,
      '$',
      'not valid JSON at line 2, column 37: trailing comma before "}"',
    );
  });

  it('says where a string is left open', () => {
    const path = write('open.json', '{\n  "organization": {\n    "name": "Acme\n');
    expectInvalid(
      () => loadTenantFile(path, now),
      path,
      '$',
      /^not valid JSON at line 3, column 18: control character/,
    );
  });

  it('says a truncated file ends too early', () => {
    const path = write('cut.json', '{ "people": [');
    expectInvalid(
      () => loadTenantFile(path, now),
      path,
      '$',
      'not valid JSON at line 1, column 14: unexpected end of file, expected a value',
    );
  });

  it('says single quotes are not JSON', () => {
    const path = write('quotes.json', "{ 'people': [] }");
    expectInvalid(
      () => loadTenantFile(path, now),
      path,
      '$',
      /line 1, column 3: unexpected "'", expected a property name in double quotes/,
    );
  });

  it('says an empty file is empty', () => {
    const path = write('empty.json', '  \n');
    expectInvalid(
      () => loadTenantFile(path, now),
      path,
      '$',
      'not valid JSON at line 2, column 1: the file is empty',
    );
  });

  it('names the file, the JSON path and the problem for invalid content', () => {
    const file = fullTenant();
    (file.people[1] as unknown as Record<string, unknown>).nickname = 'Jojo';
    const path = write('extra.json', JSON.stringify(file));
    assert.throws(() => loadTenantFile(path, now), {
      name: 'TenantFileError',
      message: `Tenant file ${path} is invalid at $.people[1]: unexpected property "nickname"`,
    });
  });
});
