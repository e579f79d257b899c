import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../../bot/config';
import { JsonStore } from '../../../bot/state/json-store';
import { MemoryClaimStore } from '../../../bot/state/claims';
import { openStateStores } from '../../../bot/state/stores';

const BLOB = { STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('storage settings', () => {
  it('keeps the state in the "bot-state" container unless told otherwise', () => {
    assert.deepEqual(loadConfig(BLOB).storage, {
      kind: 'blob',
      connectionString: 'UseDevelopmentStorage=true',
      container: 'bot-state',
    });
  });

  it('reaches the account by its https address with the managed identity when AZURE_STORAGE_ACCOUNT_URL is set', () => {
    assert.deepEqual(
      loadConfig({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'https://pbxbot.blob.core.windows.net/' })
        .storage,
      { kind: 'blob', accountUrl: 'https://pbxbot.blob.core.windows.net', container: 'bot-state' },
    );
  });

  it('asks for the account address or a connection string, not both, and not a plain-http remote address', () => {
    assert.ok(
      problemsOf({ STORAGE: 'blob' }).some((p) =>
        p.startsWith('AZURE_STORAGE_ACCOUNT_URL (reached with the managed identity)'),
      ),
    );
    assert.ok(
      problemsOf({ ...BLOB, AZURE_STORAGE_ACCOUNT_URL: 'https://pbxbot.blob.core.windows.net' }).some((p) =>
        p.startsWith('Set only one of AZURE_STORAGE_ACCOUNT_URL'),
      ),
    );
    for (const url of [
      'http://pbxbot.blob.core.windows.net',
      'pbxbot',
      'ftp://pbxbot.blob.core.windows.net',
    ]) {
      assert.ok(
        problemsOf({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: url }).some((p) =>
          p.startsWith('AZURE_STORAGE_ACCOUNT_URL must be'),
        ),
        url,
      );
    }
    // Azurite on this machine may be plain http.
    assert.deepEqual(
      problemsOf({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'http://127.0.0.1:10000/devstoreaccount1' }),
      [],
    );
  });

  it('refuses a container name the blob service would refuse, saying what a valid one is', () => {
    for (const container of ['Bot-State', 'ab', 'bot--state', '-bot', 'bot_state', 'x'.repeat(64)]) {
      const problems = problemsOf({ ...BLOB, AZURE_STORAGE_CONTAINER: container });
      assert.ok(
        problems.some((p) => /AZURE_STORAGE_CONTAINER must be a blob container name/.test(p)),
        `${container}: ${problems.join('; ')}`,
      );
    }
    assert.deepEqual(problemsOf({ ...BLOB, AZURE_STORAGE_CONTAINER: 'pbx-bot-2' }), []);
  });

  it('builds memory stores for the demo and tests', async () => {
    const stores = await openStateStores({ kind: 'memory' });
    assert.ok(stores.store instanceof JsonStore);
    assert.ok(stores.claims instanceof MemoryClaimStore);
    await stores.store.update<number>('n', (n) => (n ?? 0) + 1);
    assert.equal(await stores.store.get('n'), 1);
  });
});
