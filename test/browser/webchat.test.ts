import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CareerBotApp } from '../../src/index';
import { answerStart, ROOT, testApp, listening } from '../helpers/app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'test-output');
// Flags for Debian's chromium in a sandbox with no network (see DESIGN.md): no background connections.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A page with the problems a user (or the site owner) would notice collected on the side. */
interface WatchedPage {
  page: Page;
  /** Requests to anything but the bot's own server. */
  foreign: string[];
  /** Console errors and uncaught page errors (CSP violations show up here too). */
  errors: string[];
  /** WebSocket URLs the page opened. */
  sockets: string[];
}

/**
 * The real widget in a real browser: Debian's headless Chromium driven by playwright-core, against the bot
 * on 127.0.0.1. Skipped with a clear message when Chromium is not installed, unless REQUIRE_BROWSER=1 (CI).
 */
describe('web chat in a real browser (Chromium)', function () {
  this.timeout(120_000);
  let app: CareerBotApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.REQUIRE_BROWSER === '1') assert.fail(`REQUIRE_BROWSER=1 but there is no browser at ${CHROMIUM}; install it with: apt-get install -y chromium`);
      console.log(`      SKIPPED the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
      this.skip();
    }
    app = await testApp();
    base = await listening(app);
    // playwright gives every launch a fresh, empty profile (its own --user-data-dir).
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openPage(viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
    const context = await browser.newContext({ locale: 'de-DE', viewport });
    contexts.push(context);
    const page = await context.newPage();
    const watched: WatchedPage = { page, foreign: [], errors: [], sockets: [] };
    page.on('websocket', (socket) => watched.sockets.push(socket.url()));
    page.on('request', (request) => {
      if (!request.url().startsWith(`${base}/`) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) watched.foreign.push(request.url());
    });
    page.on('console', (message) => {
      // Web Chat reports misuse (e.g. a reserved user id) as warnings: those count as errors here.
      if (message.type() === 'error' || (message.type() === 'warning' && /web ?chat|directline/i.test(message.text()))) watched.errors.push(message.text());
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    await page.goto(`${base}/`);
    return watched;
  }

  const chat = (page: Page) => page.getByRole('dialog', { name: 'Chat: Karriere-Bot' });

  async function openChat(page: Page, greeting = 'Hallo! Ich bin der Karriere-Bot'): Promise<void> {
    await page.getByRole('button', { name: 'Chat öffnen' }).click();
    await chat(page).getByText(greeting).first().waitFor();
  }

  async function ask(page: Page, text: string): Promise<void> {
    const input = chat(page).locator('input[type="text"], textarea').first();
    await input.fill(text);
    await input.press('Enter');
  }

  it('shows the career page, greets on open, answers a pay question and a suggested action', async () => {
    const { page, foreign, errors, sockets } = await openPage();
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await openChat(page);

    await ask(page, 'Was verdient ein Backend Developer?');
    await chat(page).getByText('47.700 €').first().waitFor();
    // The pay answer's structure (figures, source, date) as an Adaptive Card, the plain text alongside.
    const card = chat(page).locator('.ac-adaptiveCard').last();
    await card.waitFor();
    assert.match(await card.innerText(), /47\.700 €[\s\S]*Quelle/);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await card.screenshot({ path: path.join(SCREENSHOTS, 'webchat-pay-card.png') });

    // A follow-up topic is a button; clicking it answers that topic for the same occupation.
    await chat(page).getByRole('toolbar').getByRole('button', { name: 'Berufsaussichten' }).click();
    await chat(page).getByText(answerStart('backend-developer', 'outlook', 'de').slice(0, 40)).first().waitFor();

    await page.screenshot({ path: path.join(SCREENSHOTS, 'webchat.png'), fullPage: false });
    assert.deepEqual(foreign, [], 'the page requests nothing outside the bot server (no CDN)');
    assert.ok(sockets.length > 0 && sockets.every((url) => url.startsWith(base.replace('http:', 'ws:'))), `answers stream over this server's WebSocket: ${sockets.join(', ')}`);
    assert.deepEqual(errors, [], 'no console errors');
  });

  it('keeps conversations apart: a second visitor (on a phone) sees only their own greeting, full screen', async () => {
    const { page, errors } = await openPage({ width: 390, height: 844 });
    await openChat(page);
    const box = await chat(page).boundingBox();
    assert.ok(box && box.width >= 389 && box.height >= 800, `the chat fills a phone screen: ${JSON.stringify(box)}`);
    const transcript = await chat(page).innerText();
    assert.ok(!transcript.includes('47.700'), 'the second browser context does not see the first conversation');
    assert.deepEqual(errors, []);
  });

  describe('embedded on another site (the two-line snippet)', () => {
    let partner: http.Server;
    let stranger: http.Server;
    let embeddingApp: CareerBotApp;
    let botBase: string;

    /** A site with nothing but the snippet, on its own origin (the bot's address is read per request). */
    async function site(): Promise<http.Server> {
      const server = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="de"><head><title>Partner</title><link rel="icon" href="data:,"></head><body><h1>Partnerseite</h1>
<div id="career-bot-chat"></div>
<script src="${botBase}/embed.js" defer></script></body></html>`);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return server;
    }
    const origin = (server: http.Server): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    before(async function () {
      if (!browser) this.skip();
      partner = await site();
      stranger = await site();
      // A partner site that addresses its visitors with "Sie".
      embeddingApp = await testApp({ WEBCHAT_ALLOWED_ORIGINS: origin(partner), DEFAULT_ADDRESS: 'formal' });
      await new Promise<void>((resolve) => embeddingApp.server.listen(0, '127.0.0.1', resolve));
      botBase = origin(embeddingApp.server.server);
    });
    after(async () => {
      partner?.close();
      stranger?.close();
      await embeddingApp?.close();
    });

    it('works on an allowed origin and is refused on any other', async () => {
      const context = await browser.newContext({ locale: 'de-DE' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${origin(partner)}/`);
      await page.getByText('Fragen Sie den Bot').waitFor();
      await openChat(page, 'Guten Tag! Ich bin der Karriere-Bot. Fragen Sie mich');
      const input = chat(page).locator('input[type="text"], textarea').first();
      await input.fill('Was verdient ein Backend Developer?');
      await input.press('Enter');
      await chat(page).getByText('47.700 €').first().waitFor();
      await chat(page).getByText(answerStart('backend-developer', 'salary', 'de', 'formal').slice(0, 40)).first().waitFor();

      // On an origin that is not allowed the script loads (scripts need no CORS), but the bot refuses to
      // talk to it: its configuration request gets 403, so no chat button ever appears.
      const refused = await context.newPage();
      const blocked = refused.waitForEvent('requestfailed', (r) => r.url().endsWith('/webchat/config.json'));
      await refused.goto(`${origin(stranger)}/`);
      await blocked;
      await refused.waitForLoadState('networkidle');
      assert.equal(await refused.getByRole('button', { name: 'Chat öffnen' }).count(), 0);
    });
  });
});