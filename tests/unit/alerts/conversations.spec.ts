import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import {
  conversationOf,
  forgetConversation,
  rememberConversation,
  type StoredConversation,
} from '../../../bot/alerts/conversations';
import { JsonStore } from '../../../bot/state/json-store';

const CHAT: StoredConversation = {
  address: {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversationId: 'a:1chat',
    tenantId: 'tenant-1',
    botId: '28:bot',
    userId: '29:user-1',
  },
  locale: 'fr',
  timeZone: 'Europe/Paris',
};

/** A storage that counts writes. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: Parameters<MemoryStorage['write']>[0]): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

describe('Conversations kept for proactive alerts', () => {
  it('keeps the chat under the person key and finds it again', async () => {
    const store = new JsonStore(new MemoryStorage());
    await rememberConversation(store, 'cl:u1', CHAT);
    assert.deepEqual(await conversationOf(store, 'cl:u1'), CHAT);
    assert.equal(await conversationOf(store, 'cl:u2'), undefined);
  });

  it('does not write again when the same chat is remembered twice, and does when it changed', async () => {
    const storage = new CountingStorage();
    const store = new JsonStore(storage);
    await rememberConversation(store, 'cl:u1', CHAT);
    const after = storage.writes;
    await rememberConversation(store, 'cl:u1', CHAT);
    assert.equal(storage.writes, after);
    await rememberConversation(store, 'cl:u1', { ...CHAT, locale: 'pt-BR' });
    assert.ok(storage.writes > after);
    assert.equal((await conversationOf(store, 'cl:u1'))?.locale, 'pt-BR');
  });

  it('forgets the chat of a Teams user by their Teams id (uninstall), and answers whose it was', async () => {
    const store = new JsonStore(new MemoryStorage());
    await rememberConversation(store, 'cl:u1', CHAT);
    assert.equal(await forgetConversation(store, '29:user-1'), 'cl:u1');
    assert.equal(await conversationOf(store, 'cl:u1'), undefined);
    assert.equal(await forgetConversation(store, '29:user-1'), null);
    // Remembered again after being forgotten (the write cache does not skip it).
    await rememberConversation(store, 'cl:u1', CHAT);
    assert.ok(await conversationOf(store, 'cl:u1'));
  });
});
