import assert from 'node:assert/strict';
import { ALL_VERBS } from '../../../cards/verbs';
import { INTENT_AUDIENCE, isShared, VERB_AUDIENCE, verbAudience } from '../../../bot/commands/audience';
import { HANDLED_VERBS } from '../../../bot/commands/router';

describe('who may read each command’s answer', () => {
  it('declares an audience for every verb the router handles', () => {
    for (const verb of HANDLED_VERBS) {
      assert.ok(Object.hasOwn(VERB_AUDIENCE, verb), `verb ${verb} has no declared audience`);
    }
    assert.deepEqual(Object.keys(VERB_AUDIENCE).sort(), [...ALL_VERBS].sort());
  });

  it('answers in place only help, small talk, the not understood and the room search', () => {
    const inPlace = Object.entries(INTENT_AUDIENCE)
      .filter(([, audience]) => audience === 'anyone')
      .map(([kind]) => kind)
      .sort();
    assert.deepEqual(inPlace, ['bookRoom', 'help', 'smallTalk', 'unknown']);
    const verbsInPlace = Object.entries(VERB_AUDIENCE)
      .filter(([, audience]) => audience === 'anyone')
      .map(([verb]) => verb)
      .sort();
    assert.deepEqual(verbsInPlace, ['help.call', 'help.show', 'help.start', 'rooms.search']);
  });

  it('keeps the call log, person cards, presence, speed dials, bookings and admin answers for the sender', () => {
    for (const kind of [
      'myCalls',
      'call',
      'presence',
      'speedDials',
      'myBookings',
      'roomAgenda',
      'syncStatus',
      'reportProblem',
    ] as const) {
      assert.equal(INTENT_AUDIENCE[kind], 'sender', kind);
    }
    for (const verb of ALL_VERBS.filter((v) => v.startsWith('admin.') || v.startsWith('calls.'))) {
      assert.equal(verbAudience(verb), 'sender', verb);
    }
  });

  it('answers a verb it does not know for the sender alone', () => {
    assert.equal(verbAudience('made.up'), 'sender');
    assert.equal(verbAudience('__proto__'), 'sender');
  });

  it('counts group chats and channels as shared, a personal chat as not', () => {
    assert.equal(isShared('personal'), false);
    assert.equal(isShared('groupChat'), true);
    assert.equal(isShared('channel'), true);
  });
});
