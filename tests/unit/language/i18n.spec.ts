import assert from 'node:assert/strict';
import { t } from '../../../bot/language/i18n';

describe('filling a localised string', () => {
  it('elides French "de" before a name that starts with a vowel or an h', () => {
    assert.equal(t('fr', 'call.presence.title', { name: 'Hélène Dupré' }), 'Présence d’Hélène Dupré');
    assert.equal(t('fr', 'call.presence.title', { name: 'Anaïs Girard' }), 'Présence d’Anaïs Girard');
    assert.equal(t('fr', 'call.presence.title', { name: 'Émilie Perrin' }), 'Présence d’Émilie Perrin');
  });

  it('keeps "de" before a consonant, and in the other languages', () => {
    assert.equal(t('fr', 'call.presence.title', { name: 'Lucas Moreau' }), 'Présence de Lucas Moreau');
    assert.equal(t('pt-BR', 'call.presence.title', { name: 'Hélène Dupré' }), 'Presença de Hélène Dupré');
    assert.equal(t('en', 'call.presence.title', { name: 'Hélène Dupré' }), 'Presence of Hélène Dupré');
  });

  it('says a call goes to the person, not that it comes from them', () => {
    assert.equal(
      t('fr', 'call.status.callingTitle', { who: 'Françoise Bérard' }),
      'Appel vers Françoise Bérard depuis votre poste…',
    );
  });
});
