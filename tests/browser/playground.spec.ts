/**
 * The bot as a Teams user sees it: the Microsoft 365 Agents Playground in headless Chromium, talking
 * to the real bot on the embedded default.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../bot/config';
import { startBot, type RunningBot } from '../../bot/index';
import { createLogger } from '../../bot/log';
import { startLocaleProxy, type LocaleProxy } from '../../scripts/locale-proxy';
import { signedInPerson } from '../../scripts/playground';
import { startPlayground, type RunningPlayground } from '../../scripts/playground-lib';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Session {
  playground: RunningPlayground;
  proxy: LocaleProxy | null;
  page: Page;
}

describe('the bot in the Microsoft 365 Agents Playground (headless Chromium)', () => {
  let bot: RunningBot;
  let browser: Browser;
  const sessions: Session[] = [];

  before(async () => {
    bot = await startBot({ config: loadConfig({ PORT: '0' }), logger: createLogger({ level: 'error' }) });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });

  after(async () => {
    for (const s of sessions) {
      await s.playground.close();
      await s.proxy?.close();
    }
    await browser?.close();
    await bot?.close();
  });

  async function open(locale?: string): Promise<Page> {
    const proxy = locale ? await startLocaleProxy(`${bot.url}/api/messages`, locale) : null;
    const playground = await startPlayground({
      botEndpoint: proxy?.endpoint ?? `${bot.url}/api/messages`,
      tenant: bot.tenant!,
      user: signedInPerson(bot.tenant!),
      port: await freePort(),
      dir: path.join(tmpdir(), `playground-${process.pid}-${sessions.length}`),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    sessions.push({ playground, proxy, page });
    await page.goto(playground.url);
    // The welcome card arrives on its own once the playground has "installed" the bot.
    await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30000 });
    return page;
  }

  async function send(page: Page, text: string): Promise<void> {
    const box = page.getByRole('textbox').last();
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  /** Waits for a card containing `text` and returns its locator. */
  async function cardWith(page: Page, text: string | RegExp) {
    const card = page.locator('.ac-adaptiveCard', { hasText: text }).last();
    await card.waitFor({ timeout: 20000 });
    return card;
  }

  it('types "help", sees the help card, and clicks a button that starts a command', async () => {
    const page = await open();
    const cardsBefore = await page.locator('.ac-adaptiveCard').count();
    await send(page, 'help');
    const help = await cardWith(page, 'I connect Teams to your phone system');
    assert.ok((await page.locator('.ac-adaptiveCard').count()) > cardsBefore);
    assert.match(await help.innerText(), /My calls/);

    // "Go" next to "My bookings" sends "my bookings" as the user; the bot answers with a new card.
    const countBeforeClick = await page.locator('.ac-adaptiveCard').count();
    // The innermost element holding both the "My bookings" row text and a Go button is that row.
    const row = help
      .locator('div', { hasText: 'My bookings' })
      .filter({ has: page.getByRole('button', { name: 'Go' }) })
      .last();
    await row.getByRole('button', { name: 'Go' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ac-adaptiveCard').length > n,
      countBeforeClick,
      { timeout: 20000 },
    );
    await page.screenshot({ path: path.join(tmpdir(), 'playground-help.png') });
  });

  it('types "call" and a name, sees the person card, and clicks Call: the PBX places the call', async () => {
    const page = await open();
    const target =
      bot.tenant!.people.find((p) => p.name === "Siobhán O'Connor") ??
      bot.tenant!.people.find(
        (p) => p.inCloudLink && p.extension && p.id !== signedInPerson(bot.tenant!).id,
      )!;
    const callsBefore = bot.simulators!.state.callLog.size(signedInPerson(bot.tenant!).id);
    await send(page, `call ${target.name}`);
    const card = await cardWith(page, target.name);
    const call = card.getByRole('button', { name: /^Call/ }).first();
    await call.click();
    await cardWith(page, /Calling .* from your desk phone|connected|Connected/);
    await page.screenshot({ path: path.join(tmpdir(), 'playground-call.png') });
    // The PBX logs the call once it is answered: exactly one new record in the caller's log.
    const caller = signedInPerson(bot.tenant!).id;
    for (let i = 0; i < 100 && bot.simulators!.state.callLog.size(caller) === callsBefore; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      bot.simulators!.state.liveCalls.settle();
    }
    assert.equal(bot.simulators!.state.callLog.size(caller), callsBefore + 1);
  });

  it('answers "aide" in French for a French Teams user', async () => {
    const page = await open('fr-FR');
    await send(page, 'aide');
    const card = await cardWith(page, 'je relie Teams à votre téléphonie');
    assert.match(await card.innerText(), /Mes appels/);
  });

  it('answers "ajuda" in Portuguese for a Brazilian Teams user', async () => {
    const page = await open('pt-BR');
    await send(page, 'ajuda');
    const card = await cardWith(page, 'eu conecto o Teams ao seu sistema telefônico');
    assert.match(await card.innerText(), /Minhas chamadas/);
  });
});
