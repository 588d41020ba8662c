import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CareerBotApp } from '../../src/index';
import { ROOT, testApp, listening } from '../helpers/app';

/** The career page and what it loads, over HTTP (the browser test drives the same page in Chromium). */
describe('web page, embed script and Web Chat bundle', () => {
  let app: CareerBotApp;
  let base: string;

  before(async () => {
    app = await testApp({ WEBCHAT_BOT_NAME: 'Jobs <Bot>', WEBCHAT_ACCENT_COLOR: '#aa3300', WEBCHAT_BOT_INITIALS: 'JB' });
    base = await listening(app);
  });
  after(() => app.close());

  it('serves a German page listing the occupations, with the bot name escaped', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<meta name="viewport"/);
    for (const title of ['Backend Developer', 'Data Scientist', 'Fachinformatiker/in Anwendungsentwicklung']) assert.ok(html.includes(`<li>${title}</li>`), title);
    assert.ok(html.includes('Jobs &#60;Bot&#62;'), 'the configured name, HTML-escaped');
    assert.doesNotMatch(html, /\{\{/, 'no template placeholder left');
  });

  it('has no inline script, and a CSP that allows scripts from this server only', async () => {
    const res = await fetch(`${base}/`);
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0);
    for (const tag of scripts) assert.match(tag, /\bsrc="\/[^"]+"/, `every script is a file from this server: ${tag}`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('serves the Web Chat bundle from node_modules, compressed when the browser accepts it', async () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'));
    const res = await fetch(`${base}/webchat/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(res.status, 200);
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(bundle), 'the very file of the installed package');
    const etag = res.headers.get('etag')!;
    assert.equal((await fetch(`${base}/webchat/webchat.js`, { headers: { 'if-none-match': etag } })).status, 304);
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      // fetch decompresses transparently; read the bytes on the wire with http instead.
      http
        .get(`${base}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    assert.equal(raw.encoding, 'gzip');
    assert.ok(raw.body.length < bundle.length / 2);
    assert.ok(gunzipSync(raw.body).equals(bundle));
  });

  it('gives the widget its branding from the configuration', async () => {
    const res = await fetch(`${base}/webchat/config.json`);
    assert.deepEqual(await res.json(), { botName: 'Jobs <Bot>', botInitials: 'JB', accentColor: '#aa3300', locale: 'de-DE', language: 'de', address: 'informal' });
  });

  it('serves the embed script and its styles', async () => {
    const embed = await fetch(`${base}/embed.js`);
    assert.equal(embed.status, 200);
    assert.match(embed.headers.get('content-type') ?? '', /javascript/);
    assert.match(await embed.text(), /api\/webchat\/token/);
    assert.equal((await fetch(`${base}/web/widget.css`)).status, 200);
    assert.equal((await fetch(`${base}/web/../package.json`)).status, 404, 'no path from the request reaches the file system');
  });
});
