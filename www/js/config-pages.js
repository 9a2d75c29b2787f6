// The ASF config page, a bot's config page and the page that adds a bot.

import { ApiError, call, result, seg } from './api.js';
import { buildEditor } from './config-editor.js';
import { h, replace, toast, uid } from './dom.js';

const GLOBAL_CONFIG = 'ArchiSteamFarm.Storage.GlobalConfig';
const BOT_CONFIG = 'ArchiSteamFarm.Steam.Storage.BotConfig';

function saveBar(label, onSave, ...extra) {
  const button = h('button', { type: 'submit', class: 'primary' }, label);
  const state = h('span', { class: 'muted', role: 'status' });
  return { element: h('div', { class: 'save-bar' }, button, ...extra, state), button, state };
}

/**
 * On submit, hands the editor's valid config to `save` while the bar says it is saving; an
 * API error shows in the editor.
 */
function saveOnSubmit(form, editor, bar, save) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const config = editor.collect();
    if (!config) return;
    bar.button.disabled = true;
    bar.state.textContent = 'Saving…';
    try {
      await save(config);
    } catch (e) {
      bar.state.textContent = '';
      if (e instanceof ApiError) editor.showError(e.message);
    } finally {
      bar.button.disabled = false;
    }
  });
}

/** Waits until `GET /Api/ASF` answers with another `ProcessStartTime` (ASF restarted). */
async function waitForRestart(before, signal) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline && !signal.aborted) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      const asf = await result('GET', 'ASF');
      if (asf.ProcessStartTime !== before) return true;
    } catch {
      // Down while restarting: keep waiting.
    }
  }
  return false;
}

export async function renderAsfConfig(main, signal) {
  const [asf, defaults] = await Promise.all([
    result('GET', 'ASF'),
    result('GET', `Structure/${GLOBAL_CONFIG}`),
  ]);
  if (signal.aborted) return;
  const editor = await buildEditor({
    typeName: GLOBAL_CONFIG, values: asf.GlobalConfig ?? {}, defaults: defaults ?? {}, section: 'global',
  });
  if (signal.aborted) return;
  const restart = h('button', { type: 'button' }, 'Restart ASF');
  const bar = saveBar('Save', null, restart);
  const form = h('form', { 'aria-label': 'ASF config' }, editor.element, bar.element);
  saveOnSubmit(form, editor, bar, async (config) => {
    const before = (await result('GET', 'ASF')).ProcessStartTime;
    await call('POST', 'ASF', { GlobalConfig: config });
    bar.state.textContent = 'Saved. ASF is restarting to apply it…';
    const restarted = await waitForRestart(before, signal);
    if (signal.aborted) return;
    toast(restarted ? 'ASF config saved and applied' : 'ASF config saved; ASF did not restart yet');
    bar.state.textContent = restarted ? 'Saved and applied.' : 'Saved.';
  });
  restart.addEventListener('click', async () => {
    restart.disabled = true;
    try {
      const before = (await result('GET', 'ASF')).ProcessStartTime;
      await call('POST', 'ASF/Restart');
      bar.state.textContent = 'Restarting…';
      await waitForRestart(before, signal);
      bar.state.textContent = 'Restarted.';
    } catch (e) {
      if (e instanceof ApiError) toast(e.message, 'error');
    } finally {
      restart.disabled = false;
    }
  });
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, 'ASF config'),
      h('span', { class: 'muted' }, 'config/ASF.json · saving restarts ASF')),
    form);
}

export async function renderBotConfig(main, signal, name) {
  const [bots, defaults] = await Promise.all([
    result('GET', `Bot/${seg(name)}`),
    result('GET', `Structure/${BOT_CONFIG}`),
  ]);
  if (signal.aborted) return;
  const bot = bots?.[name];
  if (!bot) {
    replace(main, h('h1', null, 'No such bot'),
      h('p', null, `There is no bot named ${name}. `, h('a', { href: '#/bots' }, 'Back to the bots.')));
    return;
  }
  const editor = await buildEditor({
    typeName: BOT_CONFIG, values: bot.BotConfig ?? {}, defaults: defaults ?? {}, section: 'bot',
  });
  if (signal.aborted) return;
  const bar = saveBar('Save');
  const form = h('form', { 'aria-label': `Config of ${name}` }, editor.element, bar.element);
  saveOnSubmit(form, editor, bar, async (config) => {
    await call('POST', `Bot/${seg(name)}`, { BotConfig: config });
    bar.state.textContent = 'Saved.';
    toast(`Config of ${name} saved`);
  });
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, `${name} config`),
      h('span', { class: 'muted' }, `config/${name}.json`),
      h('a', { href: '#/bots' }, 'Back to the bots')),
    form);
}

export async function renderNewBot(main, signal) {
  const defaults = (await result('GET', `Structure/${BOT_CONFIG}`)) ?? {};
  if (signal.aborted) return;
  const editor = await buildEditor({
    typeName: BOT_CONFIG, values: defaults, defaults, section: 'bot', isNew: true,
  });
  if (signal.aborted) return;
  const nameId = uid('bot-name');
  const nameInput = h('input', { id: nameId, type: 'text', required: true, autocomplete: 'off' });
  const bar = saveBar('Create bot');
  const form = h('form', { 'aria-label': 'New bot' },
    h('div', { class: 'field' }, h('label', { for: nameId }, 'Bot name'), nameInput,
      h('p', { class: 'help' }, 'Used for config/<name>.json and in commands. Not "ASF", not starting with a dot.')),
    editor.element, bar.element);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    const config = editor.collect();
    if (!config || !name) return;
    bar.button.disabled = true;
    try {
      const existing = await result('GET', `Bot/${seg(name)}`).catch(() => ({}));
      if (existing?.[name]) {
        editor.showError(`A bot named ${name} already exists.`);
        nameInput.focus();
        return;
      }
      await call('POST', `Bot/${seg(name)}`, { BotConfig: config });
      toast(`${name} was created`);
      window.location.hash = '#/bots';
    } catch (e) {
      if (e instanceof ApiError) editor.showError(e.message);
    } finally {
      bar.button.disabled = false;
    }
  });
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, 'Add a bot'), h('a', { href: '#/bots' }, 'Back to the bots')),
    form);
  nameInput.focus();
}
