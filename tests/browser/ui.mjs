// Drives the web UI in headless Chromium as a farm owner would. Started by tests/web_ui.rs
// against a real server; prints one line per step and exits non-zero on the first failure.
//
// Environment: ASF_UI_URL (web root, with trailing slash), ASF_UI_PASSWORD, ASF_UI_CONFIG_DIR,
// ASF_UI_ARTIFACTS (screenshots are written there), ASF_UI_CHROMIUM (browser executable),
// ASF_UI_OPEN_URL (a second server without IPCPassword).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.ASF_UI_URL;
const password = process.env.ASF_UI_PASSWORD;
const configDir = process.env.ASF_UI_CONFIG_DIR;
const artifacts = process.env.ASF_UI_ARTIFACTS;
const executablePath = process.env.ASF_UI_CHROMIUM || '/usr/bin/chromium';
const openBase = process.env.ASF_UI_OPEN_URL;
for (const [name, value] of Object.entries({ base, password, configDir, artifacts, openBase })) {
  if (!value) throw new Error(`missing environment for ${name}`);
}
fs.mkdirSync(artifacts, { recursive: true });
const origin = new URL(base).origin;
const wsOrigin = origin.replace(/^http/, 'ws');
const WAIT = { timeout: 20000 };

/** Calls the API from outside the browser, as another client would. */
async function api(method, route, body, headers = {}) {
  const response = await fetch(new URL(`Api/${route}`, base), {
    method,
    headers: {
      Authentication: password,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(path.join(configDir, file), 'utf8'));
}

async function until(what, check, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
const page = await context.newPage();
const outside = [];
const pageErrors = [];
context.on('request', (request) => {
  const url = request.url();
  const ours = [origin, wsOrigin, new URL(openBase).origin];
  if (!ours.some((o) => url.startsWith(o)) && !url.startsWith('data:')) outside.push(url);
});
page.on('pageerror', (error) => pageErrors.push(error.message));

let shot = 0;
/** Saves a picture of the page; long forms are taken as the visible part around the focus. */
async function screenshot(name, target = page, fullPage = true) {
  shot += 1;
  const file = path.join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`);
  await target.screenshot({ path: file, fullPage });
}

let failed = false;
async function step(name, body) {
  if (failed) return;
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (error) {
    failed = true;
    console.log(`not ok - ${name}\n${error.stack ?? error}`);
    await screenshot(`FAILED-${name.replace(/\W+/g, '-')}`).catch(() => {});
  }
}

const card = (name) => page.locator(`li.bot-card[data-bot="${name}"]`);

await step('asks for the IPC password and refuses a wrong one', async () => {
  await page.goto(base);
  const dialog = page.getByRole('dialog', { name: 'IPC password' });
  await dialog.waitFor(WAIT);
  await screenshot('login');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('Wrong password').waitFor(WAIT);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Bots', exact: true }).waitFor(WAIT);
  await page.getByText('No bots yet').waitFor(WAIT);
  assert.equal(await dialog.count(), 0);
});

await step('creates a bot that connects and farms', async () => {
  await page.getByRole('link', { name: 'Add bot' }).click();
  await page.getByRole('heading', { name: 'Add a bot' }).waitFor(WAIT);
  await screenshot('new-bot', page, false);
  await page.getByLabel('Bot name').fill('Alpha');
  await page.getByLabel('Enabled', { exact: true }).check();
  await page.getByLabel('SteamLogin', { exact: true }).fill('alpha-login');
  await page.getByLabel('SteamPassword', { exact: true }).fill('alpha-password');
  await page.getByRole('button', { name: 'Create bot' }).click();
  await page.getByRole('heading', { name: 'Bots', exact: true }).waitFor(WAIT);
  await card('Alpha').and(page.locator('[data-state="farming"]')).waitFor(WAIT);
  await card('Alpha').getByText('Now farming:').waitFor(WAIT);
  const onDisk = readJson('Alpha.json');
  assert.equal(onDisk.Enabled, true);
  assert.equal(onDisk.SteamLogin, 'alpha-login');
  await screenshot('bots-farming');
});

await step('pauses farming', async () => {
  await page.getByRole('button', { name: 'Pause Alpha' }).click();
  await card('Alpha').and(page.locator('[data-state="paused"]')).waitFor(WAIT);
  const bot = (await api('GET', 'Bot/Alpha')).json.Result.Alpha;
  assert.equal(bot.CardsFarmer.Paused, true);
  await page.getByRole('button', { name: 'Resume Alpha' }).waitFor(WAIT);
  await screenshot('bot-paused');
});

await step('edits the bot config and the file changes on disk', async () => {
  await page.getByRole('link', { name: 'Config of Alpha' }).click();
  await page.getByRole('heading', { name: 'Alpha config' }).waitFor(WAIT);
  // A value ASF refuses: its message shows next to the property.
  const permissions = page.getByRole('group', { name: 'SteamUserPermissions' });
  await permissions.getByRole('button', { name: 'Add entry' }).click();
  await permissions.getByLabel('SteamUserPermissions key').fill('123');
  await page.getByRole('button', { name: 'Save' }).click();
  await permissions.locator('..').getByText('Configured SteamUserPermissions property is invalid: 123').waitFor(WAIT);
  await screenshot('bot-config-invalid', page, false);
  await permissions.getByRole('button', { name: 'Remove' }).click();
  // Real edits: a text, a number and a flag.
  await page.getByLabel('CustomGamePlayedWhileIdle', { exact: true }).fill('Idling in the browser');
  await page.getByLabel('SendTradePeriod', { exact: true }).fill('5');
  await page.getByLabel('AcceptGifts', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.', { exact: true }).waitFor(WAIT);
  const onDisk = await until('Alpha.json to change', () => {
    const config = readJson('Alpha.json');
    return config.CustomGamePlayedWhileIdle === 'Idling in the browser' ? config : null;
  });
  assert.equal(onDisk.SendTradePeriod, 5);
  assert.equal(onDisk.AcceptGifts, true);
  assert.equal(onDisk.SteamLogin, 'alpha-login', 'secrets left empty are kept');
  assert.equal(onDisk.SteamPassword, 'alpha-password');
  assert.equal(onDisk.SteamUserPermissions, undefined);
  await screenshot('bot-config', page, false);
});

await step('runs version in the console, with history', async () => {
  await page.getByRole('link', { name: 'Console' }).click();
  const input = page.getByLabel('Command', { exact: true });
  await input.fill('version');
  await input.press('Enter');
  const output = page.getByRole('log', { name: 'Command output' });
  await output.getByText(/V6\.3\.9\.6/).waitFor(WAIT);
  await input.fill('');
  await input.press('ArrowUp');
  assert.equal(await input.inputValue(), 'version');
  await screenshot('console');
});

await step('shows earlier log lines and a new line live', async () => {
  await page.getByRole('link', { name: 'Log' }).click();
  await page.getByText('Live', { exact: true }).waitFor(WAIT);
  const log = page.getByRole('log', { name: 'Log lines' });
  await log.getByText('IPC server ready!').first().waitFor(WAIT);
  const created = await api('POST', 'Bot/Gamma', {
    BotConfig: { Enabled: true, SteamLogin: 'gamma-login', SteamPassword: 'gamma-password' },
  });
  assert.equal(created.status, 200);
  await log.getByText(/\|Gamma\|Start\(\) Starting\.\.\./).waitFor(WAIT);
  await screenshot('log-live');
});

await step('imports keys and sees them redeemed', async () => {
  await page.getByRole('link', { name: 'Bots' }).click();
  await page.getByRole('link', { name: 'Keys of Alpha' }).click();
  await page.getByRole('heading', { name: 'Alpha keys' }).waitFor(WAIT);
  const keys = ['K7Q2M-X9D4P-LT3WB', 'R8N5V-C2J6H-QZ1YF', 'T4W9E-B7K3S-MU6DG', 'H2P8L-Y5R1A-NV9XC'];
  await page.getByLabel('Keys to redeem in the background').fill(
    keys.map((key, i) => `Browser game ${i + 1}\t${key}`).join('\n'),
  );
  await page.getByRole('button', { name: 'Import keys' }).click();
  await page.getByText('4 keys queued for Alpha').waitFor(WAIT);
  // Every key ends in exactly one of ASF's result files.
  const filed = () => ['used', 'unused', 'invalid'].map((kind) => {
    const file = path.join(configDir, `Alpha.keys.${kind}`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  }).join('\n');
  await until('every key to be redeemed or refused', () => keys.every((key) => filed().includes(key)), 30000);
  for (const key of keys) assert.equal(filed().split(key).length - 1, 1, `${key} filed once`);
  const lists = (await api('GET', 'Bot/Alpha/GamesToRedeemInBackground')).json.Result.Alpha;
  const used = Object.keys(lists.UsedKeys);
  assert.ok(used.some((k) => keys.includes(k)), `no imported key was redeemed: ${JSON.stringify(lists)}`);
  await page.getByText('No keys waiting.').waitFor(WAIT);
  const usedTable = page.getByRole('table').filter({ hasText: 'Redeemed (used)' });
  for (const key of used) await usedTable.getByText(key).waitFor(WAIT);
  await screenshot('keys-redeemed');
});

await step('explains a ban, lists it and lifts it', async () => {
  const banned = '198.51.100.23';
  for (let i = 0; i < 6; i += 1) {
    await api('GET', 'ASF', undefined, { Authentication: 'wrong', 'X-Forwarded-For': banned });
  }
  const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': banned } });
  const bannedPage = await other.newPage();
  await bannedPage.goto(base);
  await bannedPage.getByRole('heading', { name: 'Access denied' }).waitFor(WAIT);
  await bannedPage.getByText('This address is banned').waitFor(WAIT);
  await screenshot('banned', bannedPage);

  await page.getByRole('link', { name: 'IPC bans' }).click();
  await page.getByRole('cell', { name: banned, exact: true }).waitFor(WAIT);
  await screenshot('bans');
  await page.getByRole('button', { name: `Lift the ban on ${banned}` }).click();
  await page.getByText('No address is banned.').waitFor(WAIT);
  assert.deepEqual((await api('GET', 'IPC/Bans')).json.Result, []);
  // Unbanned, the same browser is asked for the password again.
  await bannedPage.reload();
  await bannedPage.getByRole('dialog', { name: 'IPC password' }).waitFor(WAIT);
  await other.close();
});

await step('renames and deletes a bot', async () => {
  await page.getByRole('link', { name: 'Bots' }).click();
  await page.getByRole('button', { name: 'Rename Gamma' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename Gamma' });
  await dialog.getByLabel('New name').fill('Delta');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await card('Delta').waitFor(WAIT);
  assert.ok(fs.existsSync(path.join(configDir, 'Delta.json')));
  assert.ok(!fs.existsSync(path.join(configDir, 'Gamma.json')));
  await page.getByRole('button', { name: 'Delete Delta' }).click();
  await screenshot('delete-confirm');
  await page.getByRole('dialog', { name: 'Delete Delta?' }).getByRole('button', { name: 'Delete' }).click();
  await card('Delta').waitFor({ state: 'detached', timeout: 20000 });
  assert.ok(!fs.existsSync(path.join(configDir, 'Delta.json')));
});

await step('edits the ASF config with the server validating it', async () => {
  await page.getByRole('link', { name: 'ASF config' }).click();
  await page.getByRole('heading', { name: 'ASF config' }).waitFor(WAIT);
  const timeout = page.getByLabel('ConnectionTimeout', { exact: true });
  await timeout.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  const field = page.locator('[data-property="ConnectionTimeout"]');
  await field.getByText('The field ConnectionTimeout must be between 1 and 255.').waitFor(WAIT);
  assert.equal(await timeout.getAttribute('aria-invalid'), 'true');
  await screenshot('asf-config-invalid', page, false);
  await timeout.fill('60');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved and applied.').waitFor({ timeout: 30000 });
  const onDisk = readJson('ASF.json');
  assert.equal(onDisk.ConnectionTimeout, 60);
  assert.equal(onDisk.IPCPassword, password, 'the password left empty is kept');
  await screenshot('asf-config', page, false);
});

/** Values for required parameters when "Try it out" calls an operation, by parameter name. */
const TRY_IT_VALUES = {
  botNames: 'Alpha',
  key: 'swagger-try-it-out',
  structure: 'ArchiSteamFarm.Storage.GlobalConfig',
  type: 'ArchiSteamFarm.Storage.GlobalConfig',
  page: 'Home',
};

/**
 * The operation of `tag` that "Try it out" calls: not the log websocket (a plain request
 * cannot open it) and nothing that ends or changes the process; a GET with the fewest required
 * parameters, else a POST without side effects on the process (`Command` runs a command).
 * Picked from the served document, so a new tag is covered without editing this file.
 */
function tryItOperation(document, tag) {
  const candidates = [];
  for (const [route, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post'].includes(method)) continue;
      if (!operation.tags?.includes(tag) || operation['x-dropshot-websocket']) continue;
      const required = (operation.parameters ?? []).filter((p) => p.required);
      if (!required.every((p) => p.name in TRY_IT_VALUES)) continue;
      if (method === 'post' && /Exit|Restart|Update/.test(route)) continue;
      const rank = method === 'get' ? 0 : 1;
      candidates.push({ route, method, operation, required, rank: rank * 100 + required.length });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.route.localeCompare(b.route));
  if (!candidates.length) {
    throw new Error(`no operation of tag ${tag} can be tried out: add a value for its parameters to TRY_IT_VALUES`);
  }
  return candidates[0];
}

/** Whether the operation's 200 answer is ASF's envelope (an object with `Success`). */
function answersEnvelope(document, operation) {
  let schema = operation.responses?.['200']?.content?.['application/json']?.schema;
  for (let hops = 0; schema?.$ref && hops < 8; hops += 1) {
    schema = schema.$ref.split('/').slice(1).reduce((node, key) => node?.[key], document);
  }
  return Boolean(schema?.properties?.Success);
}

await step('swagger shows every operation and try-it-out works for one operation of each tag', async () => {
  const document = await (await fetch(new URL('swagger/ASF/swagger.json', base))).json();
  // Swagger UI shows the methods OpenAPI 3.0 defines; path-level keys are not operations.
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  const operations = Object.values(document.paths)
    .reduce((n, item) => n + Object.keys(item).filter((key) => methods.includes(key)).length, 0);
  const docs = await context.newPage();
  await docs.goto(new URL('swagger/', base).href);
  await docs.locator('.opblock').first().waitFor(WAIT);
  assert.equal(await docs.locator('.opblock').count(), operations);
  await docs.getByRole('button', { name: /Authorize/ }).first().click();
  await docs.locator('.modal-ux').getByLabel('Value:').fill(password);
  await docs.locator('.modal-ux').getByRole('button', { name: 'Apply credentials' }).click();
  await docs.locator('.modal-ux').getByRole('button', { name: 'Close', exact: true }).click();
  const tags = [...new Set(Object.values(document.paths).flatMap((item) => Object.entries(item)
    .filter(([key]) => methods.includes(key)).flatMap(([, operation]) => operation.tags ?? [])))].sort();
  assert.ok(tags.length > 1, 'the document has tags');
  const tried = [];
  for (const tag of tags) {
    const { route, method, operation: described, required } = tryItOperation(document, tag);
    const operation = docs.locator(`[id="operations-${described.tags[0]}-${described.operationId}"]`);
    await operation.locator('.opblock-summary').first().click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    for (const parameter of required) {
      await operation.locator(`tr[data-param-name="${parameter.name}"] input`).fill(TRY_IT_VALUES[parameter.name]);
    }
    const expected = new URL(route.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(TRY_IT_VALUES[name])), base).pathname;
    const sent = docs.waitForRequest((r) => new URL(r.url()).pathname === expected && r.method() === method.toUpperCase());
    await operation.locator('button.execute').first().click();
    // The password goes wherever the document asks for it (routes outside /Api need none).
    const secured = (described.security ?? document.security ?? []).length > 0;
    assert.equal((await sent).headers().authentication, secured ? password : undefined, `${described.operationId}: the Authentication header`);
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor(WAIT);
    const code = (await status.innerText()).trim();
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
    // Answered by the server, not refused for the password or by the page; where the document
    // promises ASF's envelope, a successful one.
    assert.match(code, /^200/, `${described.operationId}: ${code}\n${body}`);
    if (answersEnvelope(document, described)) assert.match(body, /"Success":\s*true/, `${described.operationId}: ${body}`);
    if (described.operationId === 'ASFGet') assert.match(body, new RegExp(document.info.version.replace(/\./g, '\\.')));
    tried.push(`${tag}: ${described.operationId}`);
    await operation.locator('.opblock-summary').first().click();
  }
  console.log(`  tried out: ${tried.join(', ')}`);
  assert.equal(tried.length, tags.length);
  await screenshot('swagger', docs);
  await docs.close();
});

await step('works by keyboard', async () => {
  await page.goto(`${base}#/bots`);
  await page.reload();
  await page.getByRole('heading', { name: 'Bots', exact: true }).waitFor(WAIT);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  let reached = false;
  for (let i = 0; i < 15 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.textContent === 'Console');
  }
  assert.ok(reached, 'the Console link is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Console' }).waitFor(WAIT);
  assert.equal(await page.evaluate(() => document.activeElement.id.startsWith('command')), true);
  await page.keyboard.type('status Alpha');
  await page.keyboard.press('Enter');
  await page.getByRole('log', { name: 'Command output' }).getByText(/<Alpha>/).first().waitFor(WAIT);
});

await step('fits a phone-width screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [hash, name, heading] of [
    ['#/bots', 'phone-bots', 'Bots'], ['#/bot/Alpha/config', 'phone-bot-config', 'Alpha config'],
    ['#/log', 'phone-log', 'Log'], ['#/console', 'phone-console', 'Console'],
  ]) {
    await page.goto(`${base}${hash}`);
    await page.getByRole('heading', { name: heading, exact: true }).waitFor(WAIT);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${hash} is ${overflow}px wider than the screen`);
    await screenshot(name, page, !hash.includes('config'));
  }
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'IPC bans' }).click();
  await page.getByRole('heading', { name: 'IPC bans' }).waitFor(WAIT);
});

await step('explains the refusal of a remote browser when no password is set', async () => {
  // Without IPCPassword only this machine may call the API; the proxy header makes the
  // browser a remote client.
  const remote = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.50' } });
  remote.on('request', (request) => {
    if (!request.url().startsWith(new URL(openBase).origin)) outside.push(request.url());
  });
  const refused = await remote.newPage();
  await refused.goto(openBase);
  await refused.getByText('This address may not use ASF').waitFor(WAIT);
  await refused.getByText(/set IPCPassword/).waitFor(WAIT);
  await screenshot('no-password-remote', refused);
  await remote.close();
  // The same server from this machine needs no password at all.
  const local = await browser.newContext();
  const open = await local.newPage();
  await open.goto(openBase);
  await open.getByRole('heading', { name: 'Bots', exact: true }).waitFor(WAIT);
  assert.equal(await open.getByRole('dialog').count(), 0);
  assert.equal(await open.getByRole('button', { name: 'Log out' }).isVisible(), false);
  await local.close();
});

await step('without a password, a page of another origin cannot drive the API', async () => {
  // The same server under another name is another origin: http://localhost:<port> attacks
  // http://127.0.0.1:<port>, as any web page the user opens could.
  const target = new URL(openBase);
  const foreign = new URL(openBase);
  foreign.hostname = 'localhost';
  const attacker = await browser.newContext();
  const evil = await attacker.newPage();
  await evil.goto(foreign.href);
  // A simple request (no preflight, no content type): what a form or an <img> could send.
  await evil.evaluate(async (url) => {
    await fetch(new URL('Api/ASF/Exit', url), { method: 'POST', mode: 'no-cors' }).catch(() => {});
    await fetch(new URL('Api/Bot/Nobody/Pause', url), { method: 'POST', mode: 'no-cors', body: '{}' }).catch(() => {});
  }, target.href);
  await attacker.close();
  // The process is still there, and the UI on its own origin still works.
  const local = await browser.newContext();
  const open = await local.newPage();
  await open.goto(openBase);
  await open.getByRole('heading', { name: 'Bots', exact: true }).waitFor(WAIT);
  const answer = await open.evaluate(async () => (await fetch('Api/ASF')).status);
  assert.equal(answer, 200);
  await local.close();
});

await step('made no request outside the server and threw no errors', async () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(pageErrors, []);
});

await browser.close();
console.log(failed ? 'web UI: FAILED' : `web UI: all steps passed; screenshots in ${artifacts}`);
process.exit(failed ? 1 : 0);
