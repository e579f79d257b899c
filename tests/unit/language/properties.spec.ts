import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { IntentKind } from '../../../bot/language/intents';
import { understand } from '../../../bot/language/understand';

const CTX = { now: new Date('2026-11-23T09:30:00Z'), timeZone: 'Europe/Paris', locale: 'fr' as const };
const KINDS: ReadonlySet<IntentKind> = new Set([
  'help', 'unknown', 'call', 'presence', 'myCalls', 'syncStatus', 'bookRoom', 'myBookings', 'roomAgenda', 'speedDials',
  'reportProblem',
]); // prettier-ignore

/** Names no keyword can be mistaken for: words starting with Z, with accents, hyphens and apostrophes inside. */
const word = fc
  .array(fc.constantFrom(...'abcdeéèêëçñãõíóúâôüï'), { minLength: 2, maxLength: 8 })
  .map((letters) => `Z${letters.join('')}`);
const personName = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', "'"))
  .map(([words, glue]) => words.join(glue === "'" ? " d'" : glue));

describe('understanding any input', () => {
  it('never throws and always answers one of the known intents', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assert.ok(KINDS.has(understand(text, CTX).kind));
      }),
    );
  });

  it('answers a very long message quickly, as not understood', () => {
    const started = Date.now();
    const intent = understand(`call ${'Alice '.repeat(5000)}`, CTX);
    assert.equal(intent.kind, 'unknown');
    assert.ok(Date.now() - started < 1000);
  });

  it('keeps any name exactly as typed, whatever the language of the verb', () => {
    fc.assert(
      fc.property(
        personName,
        fc.constantFrom(
          'call',
          'please call',
          'appelle',
          'appeler',
          'téléphoner à',
          'ligar para',
          'ligue para o',
        ),
        (who, verb) => {
          assert.deepEqual(understand(`${verb} ${who}`, CTX), {
            kind: 'call',
            target: { kind: 'name', text: who },
          });
        },
      ),
    );
  });

  it('keeps any name exactly as typed when asking for presence', () => {
    fc.assert(
      fc.property(
        personName,
        fc.constantFrom(
          'presence {}',
          'is {} available',
          'présence de {}',
          '{} est-elle disponible',
          'presença {}',
        ),
        (who, phrase) => {
          assert.deepEqual(understand(phrase.replace('{}', who), CTX), {
            kind: 'presence',
            target: { kind: 'name', text: who },
          });
        },
      ),
    );
  });

  it('reads the same command in upper case, without accents or with extra spaces', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'appels manqués',
          'réserver une salle demain à 14h',
          'état de la synchronisation',
          'minhas chamadas perdidas',
          'présence Alice',
        ),
        fc.constantFrom(
          (s: string) => s.toUpperCase(),
          (s: string) => s.normalize('NFD').replace(/\p{M}/gu, ''),
          (s: string) => `  ${s.split(' ').join('   ')}  `,
          (s: string) => `<at>Bot</at> ${s} 🙂`,
        ),
        (text, vary) => {
          const plain = understand(text, CTX);
          const varied = understand(vary(text), CTX);
          assert.equal(varied.kind, plain.kind);
          if (plain.kind === 'bookRoom' && varied.kind === 'bookRoom')
            assert.equal(varied.start?.getTime(), plain.start?.getTime());
          if (plain.kind === 'myCalls') assert.deepEqual(varied, plain);
        },
      ),
    );
  });
});
