import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseTenant } from '../../bot/tenant/load';
import type { Tenant, TenantFile } from '../../bot/tenant/types';
import { startAzurite, uniqueContainer, type Azurite } from '../support/azurite';
import { BotHarness, cardText, cardsOf, executeActions, memberOf, type Card } from '../support/bot-harness';
import { FakeChannel } from '../support/fake-channel';

/** A small tenant of its own: a caller who may place calls, and people with accents. */
const TENANT: TenantFile = {
  organization: { name: 'Société Durable', timeZone: 'Europe/Paris' },
  pbx: { type: 'MiVoice Office 400' },
  people: [
    {
      id: 'p-ines',
      name: 'Inès Carvalho',
      email: 'ines.carvalho@example.com',
      extension: '3001',
      phones: { work: '+33123453001' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'p-helene',
      name: 'Hélène Gonçalves',
      email: 'helene.goncalves@example.com',
      extension: '3002',
      phones: { work: '+33123453002', mobile: '+33612343002' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'p-joao',
      name: 'João Lefèvre',
      email: 'joao.lefevre@example.com',
      extension: '3003',
      phones: { work: '+33123453003' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'p-zoe',
      name: 'Zoé Brandão',
      email: 'zoe.brandao@example.com',
      extension: '3004',
      phones: { mobile: '+33612343004' },
      cloudlinkRole: 'CTI',
    },
  ],
};
const CALLER = '29:p-ines';
const PLACE = /^POST \/media\/[^/]+\/endpoints\/[^/]+\/calls$/;

/** The bot as `npm start` runs it, in a process of its own (no .env: it runs in an empty folder). */
class BotProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(env: Record<string, string>): Promise<BotProcess> {
    const cwd = mkdtempSync(join(tmpdir(), 'state-bot-'));
    const inherited = Object.fromEntries(
      ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot']
        .filter((name) => process.env[name] !== undefined)
        .map((name) => [name, process.env[name] as string]),
    );
    const child = spawn(
      process.execPath,
      ['--require', require.resolve('tsx/cjs'), resolve(__dirname, '../../bot/index.ts')],
      { cwd, env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: 'pipe' },
    );
    child.once('exit', () => rmSync(cwd, { recursive: true, force: true }));
    const url = await new Promise<string>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`the bot did not start:\n${output}`)), 45_000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString('utf8');
        const m = /Bot listening on (http:\/\/\S+)\/api\/messages/.exec(output);
        if (m) {
          clearTimeout(timer);
          done(m[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the bot exited with code ${code}:\n${output}`));
      });
    });
    return new BotProcess(url, child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((done) => {
      const force = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      this.child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      this.child.kill('SIGTERM');
    });
  }
}

/** Talks to bots over HTTP as Teams would, through one fake channel that receives their replies. */
class Teams {
  readonly channel = new FakeChannel();
  constructor(private readonly tenant: Tenant) {
    for (const person of tenant.people) if (person.inTeams) this.channel.addMember(memberOf(person));
  }

  /** Sends text to the bot at `url`; resolves with the one card it answered (in its own conversation). */
  async sayCard(url: string, memberId: string, text: string): Promise<Card> {
    const conversationId = `a:conv-${randomUUID()}`;
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...this.activity(memberId, conversationId), type: 'message', text }),
    });
    assert.ok(response.status < 300, `the bot answered ${response.status}`);
    const cards = this.channel.sent
      .filter((s) => s.conversationId === conversationId)
      .flatMap((s) => cardsOf(s.activity));
    assert.equal(cards.length, 1, `one card in reply to "${text}"`);
    return cards[0]!;
  }

  private activity(memberId: string, conversationId: string): Record<string, unknown> {
    const member = this.channel.members.get(memberId);
    assert.ok(member, `no member ${memberId}`);
    const tenantId = this.tenant.organization.azureTenantId;
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.channel.url,
      timestamp: new Date().toISOString(),
      from: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
      recipient: { id: '28:bot', name: 'Bot' },
      conversation: { id: conversationId, conversationType: 'personal', tenantId },
      channelData: { tenant: { id: tenantId } },
      locale: 'en-US',
    };
  }
}

describe('durable shared state: several instances of the bot on one Azure Blob Storage (Azurite)', () => {
  let azurite: Azurite;

  before(async function () {
    this.timeout(60_000);
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.stop();
  });

  describe('two bot processes on different ports', () => {
    const bots: BotProcess[] = [];
    let teams: Teams;
    let folder: string;

    before(async function () {
      this.timeout(120_000);
      folder = mkdtempSync(join(tmpdir(), 'state-tenant-'));
      const tenantPath = join(folder, 'tenant.json');
      writeFileSync(tenantPath, JSON.stringify(TENANT));
      teams = new Teams(parseTenant(TENANT, 'test tenant', new Date()));
      await teams.channel.start();
      const env = {
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: uniqueContainer('bots'),
        DEMO_TENANT: tenantPath,
      };
      bots.push(...(await Promise.all([BotProcess.start(env), BotProcess.start(env)])));
    });
    after(async () => {
      await Promise.all(bots.map((bot) => bot.stop()));
      await teams?.channel.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('listen on different ports', () => {
      assert.equal(bots.length, 2);
      assert.notEqual(bots[0]!.url, bots[1]!.url);
    });

    it('show through one a speed dial added through the other', async () => {
      const [a, b] = [bots[0]!, bots[1]!];
      const added = await teams.sayCard(a.url, CALLER, 'add Hélène Gonçalves to speed dials');
      assert.match(cardText(added), /Hélène Gonçalves/);
      const listed = await teams.sayCard(b.url, CALLER, 'speed dials');
      assert.match(cardText(listed), /Hélène Gonçalves/);
    });

    it('keep both speed dials added at the same moment through each of them', async () => {
      const [a, b] = [bots[0]!, bots[1]!];
      await Promise.all([
        teams.sayCard(a.url, CALLER, 'add João Lefèvre to speed dials'),
        teams.sayCard(b.url, CALLER, 'add Zoé Brandão to speed dials'),
      ]);
      for (const bot of [a, b]) {
        const text = cardText(await teams.sayCard(bot.url, CALLER, 'speed dials'));
        for (const name of ['Hélène Gonçalves', 'João Lefèvre', 'Zoé Brandão'])
          assert.match(text, new RegExp(name));
      }
    });
  });

  describe('two bot instances, each with its own storage objects and phone system, on one store', () => {
    let a: BotHarness;
    let b: BotHarness;

    before(async function () {
      this.timeout(60_000);
      const env = {
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: uniqueContainer('harness'),
      };
      [a, b] = await Promise.all([
        BotHarness.start({ tenant: TENANT, env }),
        BotHarness.start({ tenant: TENANT, env }),
      ]);
    });
    after(async () => {
      await a?.close();
      await b?.close();
    });

    const placed = (): number =>
      [a, b].reduce((sum, h) => sum + h.bot.simulators!.state.requestCounts.count('cloudlink', PLACE), 0);

    it('places one call when the same click reaches both instances; both answer with that call', async () => {
      const card = await a.sayCard(CALLER, 'call Hélène Gonçalves');
      const button = executeActions(card).find(
        (x) => x.verb === 'call.place' && x.data.number === '+33123453002',
      );
      assert.ok(button, `no Call button on ${cardText(card)}`);
      const before = placed();
      const [first, second] = await Promise.all([
        a.click(CALLER, 'call.place', button.data, { activityId: 'same-invoke' }),
        b.click(CALLER, 'call.place', button.data, { activityId: 'same-invoke' }),
      ]);
      assert.equal(placed(), before + 1, 'one call in all');
      const callIds = [first, second].map(
        (c) => executeActions(c).find((x) => x.verb === 'call.status')?.data.callId,
      );
      assert.ok(callIds[0], `no call on ${cardText(first)}`);
      assert.equal(callIds[1], callIds[0], 'the second instance answers with the first one’s call');
      for (const c of [first, second]) assert.match(cardText(c), /Hélène Gonçalves/);
    });

    it('places a second call for a second click (a new button), on either instance', async () => {
      const card = await b.sayCard(CALLER, 'call Hélène Gonçalves');
      const button = executeActions(card).find(
        (x) => x.verb === 'call.place' && x.data.number === '+33123453002',
      );
      assert.ok(button);
      const before = placed();
      await b.click(CALLER, 'call.place', button.data);
      assert.equal(placed(), before + 1);
    });
  });
});
