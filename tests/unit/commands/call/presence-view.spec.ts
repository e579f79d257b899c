import assert from 'node:assert/strict';
import type { PresenceLookup } from '../../../../bot/commands/call/presence-lookup';
import { compactPresence, presenceCardData, shownText } from '../../../../bot/commands/call/presence-view';
import type { EndpointStatus } from '../../../../bot/services';
import { en, fr, person, pt } from './fixtures';

function line(
  state: EndpointStatus['state'],
  presence: EndpointStatus['presence'] = {},
): PresenceLookup['line'] {
  return {
    kind: 'ok',
    extension: '2004',
    status: { endpointId: '2004', state, userAvailability: null, dnd: false, presence },
  };
}

const facts400 = { pbxType: 'MiVoice Office 400' as const, presenceSync: true };
const facts5000 = { pbxType: 'MiVoice 5000' as const, presenceSync: true };

function rows(data: ReturnType<typeof presenceCardData>): string[] {
  return data.sections.flatMap((s) => s.rows.map((r) => `${r.label} | ${r.value} | ${r.note}`));
}

describe('presence in words', () => {
  const joao = person('joao', 'João Gonçalves', { extension: '2004' });

  it('shows what Teams shows with an icon, and the activity when it says more', () => {
    assert.equal(shownText(en, 'Busy', 'InACall'), '🔴 Busy (in a call)');
    assert.equal(shownText(fr, 'DoNotDisturb', 'Presenting'), '⛔ Ne pas déranger (en présentation)');
    assert.equal(shownText(pt, 'AvailableIdle', 'Available'), '🟢 Disponível');
    assert.equal(shownText(en, 'Whatever', 'Whatever'), '❔ Unknown');
  });

  it('says on the person card what Teams shows and whether the phone line is busy', () => {
    const teams = { kind: 'ok' as const, availability: 'Available', activity: 'Available' };
    assert.equal(compactPresence(en, { teams, line: line('idle') }), '🟢 Available · phone line free');
    assert.equal(compactPresence(fr, { teams, line: line('connected') }), '🟢 Disponible · 📞 au téléphone');
    assert.equal(
      compactPresence(en, { teams: { kind: 'absent', reason: 'noTeams' }, line: line('ringing') }),
      '📞 on the phone',
    );
    assert.equal(
      compactPresence(pt, { teams: { kind: 'failed' }, line: { kind: 'absent', reason: 'noExtension' } }),
      '❔ Presença desconhecida',
    );
  });

  it('counts PBX user presence on a MiVoice Office 400 only, and says so', () => {
    const lookup: PresenceLookup = {
      line: line('connected', { pbxUser: 'away', mitelOne: 'dnd' }),
      teams: { kind: 'ok', availability: 'Available', activity: 'Available' },
    };
    const on400 = rows(presenceCardData(en, joao, lookup, facts400, []));
    assert.ok(on400.includes('PBX user presence | Away | Counts as Away: this decides.'), on400.join('\n'));
    assert.ok(on400.some((r) => r.startsWith('CloudLink presence | 🟡 Away')));
    assert.ok(on400.includes('CloudLink adds to Teams | 🟡 Away | Sent to Teams as an app presence.'));

    const on5000 = rows(presenceCardData(en, joao, lookup, facts5000, []));
    assert.ok(
      on5000.includes(
        'PBX user presence | Away | Does not count: only a MiVoice Office 400 uses it (this phone system: MiVoice 5000).',
      ),
      on5000.join('\n'),
    );
    assert.ok(on5000.includes('Mitel One | Do not disturb | Counts as Do not disturb: this decides.'));
    assert.ok(on5000.includes('CloudLink adds to Teams | Nothing | Do not disturb is not synced to Teams.'));
  });

  it('headlines what Teams shows; says when Teams shows what the phone system sends', () => {
    const data = presenceCardData(
      en,
      joao,
      { line: line('connected'), teams: { kind: 'ok', availability: 'Busy', activity: 'InACall' } },
      facts400,
      [],
    );
    assert.equal(data.headline, '🔴 Busy (in a call)');
    assert.ok(
      rows(data).includes('Teams shows | 🔴 Busy (in a call) | Matches what the phone system sends.'),
    );
  });

  it('says when presence sync to Teams is off', () => {
    const data = presenceCardData(
      en,
      joao,
      { line: line('connected'), teams: { kind: 'ok', availability: 'Available', activity: 'Available' } },
      { pbxType: 'MiVoice Office 400', presenceSync: false },
      [],
    );
    assert.ok(
      rows(data).includes(
        'CloudLink adds to Teams | Nothing | Presence sync from CloudLink to Teams is off.',
      ),
    );
  });

  it('handles people without extension, role or Teams account, and sources that fail', () => {
    const noTeams = presenceCardData(
      en,
      joao,
      { line: line('idle'), teams: { kind: 'absent', reason: 'noTeams' } },
      facts400,
      [],
    );
    assert.equal(noTeams.headline, '🟢 Available');
    assert.equal(noTeams.intro, 'What the phone system knows: Teams has nothing to show.');
    assert.ok(rows(noTeams).includes('Teams shows | — | No Teams account.'));

    const noRole = presenceCardData(
      fr,
      person('remi', 'Rémi', { cloudlinkRole: null }),
      { line: { kind: 'absent', reason: 'notMonitored', extension: '2007' }, teams: { kind: 'failed' } },
      { pbxType: null, presenceSync: null },
      [],
    );
    assert.equal(noRole.headline, '❔ Inconnue');
    assert.deepEqual(rows(noRole), [
      'Ligne téléphonique (poste 2007) | — | Non suivie par la téléphonie : la passerelle ne surveille pas cette ligne.',
      'Teams affiche | — | Impossible à lire pour le moment.',
    ]);

    const teamsOnly = presenceCardData(
      pt,
      person('tess', 'Tess', { inCloudLink: false, cloudlinkRole: null }),
      {
        line: { kind: 'absent', reason: 'notMonitored' },
        teams: { kind: 'ok', availability: 'Away', activity: 'Away' },
      },
      facts400,
      [],
    );
    assert.ok(rows(teamsOnly).includes('Linha telefônica | — | Fora do sistema telefônico.'));
  });
});
