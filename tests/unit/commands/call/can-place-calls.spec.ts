import assert from 'node:assert/strict';
import { placeCallBlockers } from '../../../../bot/commands/call/can-place-calls';
import { person } from './fixtures';

describe('who can place PBX calls', () => {
  it('lets a person with an extension and the role their PBX needs place calls', () => {
    assert.equal(
      placeCallBlockers(person('a', 'A', { extension: '1001', cloudlinkRole: 'CTI' }), 'MiVoice 5000'),
      null,
    );
    assert.equal(
      placeCallBlockers(person('a', 'A', { extension: '1001', cloudlinkRole: 'User' }), 'MiVoice MX-ONE'),
      null,
    );
    for (const pbx of ['MiVoice Office 400', 'MiVoice Business', null] as const) {
      assert.equal(
        placeCallBlockers(person('a', 'A', { extension: '1001', cloudlinkRole: 'User' }), pbx),
        null,
      );
    }
  });

  it('names every missing piece: extension, role, or the role the PBX needs', () => {
    assert.deepEqual(placeCallBlockers(person('a', 'A', { cloudlinkRole: null }), 'MiVoice 5000'), {
      blockers: ['noExtension', 'noRole'],
      role: null,
      required: 'CTI',
      pbxType: 'MiVoice 5000',
    });
    assert.deepEqual(
      placeCallBlockers(person('a', 'A', { extension: '1001', cloudlinkRole: null }), 'MiVoice MX-ONE')
        ?.blockers,
      ['noRole'],
    );
    assert.deepEqual(
      placeCallBlockers(person('a', 'A', { extension: '1001', cloudlinkRole: 'User' }), 'MiVoice 5000'),
      { blockers: ['wrongRole'], role: 'User', required: 'CTI', pbxType: 'MiVoice 5000' },
    );
    assert.deepEqual(
      placeCallBlockers(person('a', 'A', { extension: '1001', cloudlinkRole: 'CTI' }), 'MiVoice MX-ONE')
        ?.required,
      'User',
    );
  });

  it('treats someone outside CloudLink (Teams only) as having neither extension nor role', () => {
    const teamsOnly = person('t', 'T', { inCloudLink: false, cloudlinkRole: null, key: 'aad:t' });
    assert.deepEqual(placeCallBlockers(teamsOnly, 'MiVoice Office 400')?.blockers, ['noExtension', 'noRole']);
  });
});
