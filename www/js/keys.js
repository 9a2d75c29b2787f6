// Keys for a bot's background redeemer: import, the queue, and what became of each key.

import { ApiError, call, result, seg } from './api.js';
import { ask, h, replace, toast, uid } from './dom.js';

const REFRESH_MS = 2000;

/**
 * Parses ASF's key list: one key per line, either `key` or `name<TAB>key` (also
 * `name<TAB>key<TAB>…` from its result files, where the key comes last).
 */
export function parseKeys(text) {
  const keys = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split('\t').map((p) => p.trim()).filter((p) => p !== '');
    const key = parts[parts.length - 1];
    keys[key] = parts.length > 1 ? parts[0] : key;
  }
  return keys;
}

function keyTable(caption, keys) {
  const entries = Object.entries(keys ?? {});
  if (!entries.length) return h('p', { class: 'muted' }, `${caption}: none yet.`);
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('caption', { class: 'muted' }, caption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Key'), h('th', { scope: 'col' }, 'Game'))),
    h('tbody', null, entries.map(([key, name]) => h('tr', null, h('td', { class: 'mono' }, key), h('td', null, name))))));
}

export async function renderKeys(main, signal, name) {
  const areaId = uid('keys');
  const area = h('textarea', {
    id: areaId, rows: 6, spellcheck: 'false', 'aria-describedby': `${areaId}-help`,
    placeholder: 'AAAAA-BBBBB-CCCCC\nSome Game\tDDDDD-EEEEE-FFFFF',
  });
  const importButton = h('button', { type: 'submit', class: 'primary' }, 'Import keys');
  const form = h('form', { class: 'stack card', 'aria-label': 'Import keys' },
    h('label', { for: areaId }, h('strong', null, 'Keys to redeem in the background')),
    area,
    h('p', { class: 'help muted', id: `${areaId}-help` },
      'One key per line, optionally as "name<Tab>key". The bot redeems one key at a time while it is online.'),
    h('div', null, importButton));
  const pending = h('p', { 'aria-live': 'polite' });
  const results = h('div', { class: 'stack' });
  const clear = h('button', { type: 'button', class: 'danger' }, 'Delete result lists');
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, `${name} keys`), h('a', { href: '#/bots' }, 'Back to the bots')),
    form,
    h('h2', null, 'Background redeemer'),
    pending,
    results,
    h('div', { class: 'toolbar' }, clear));

  async function refresh() {
    try {
      const [bots, lists] = await Promise.all([
        result('GET', `Bot/${seg(name)}`),
        result('GET', `Bot/${seg(name)}/GamesToRedeemInBackground`),
      ]);
      if (signal.aborted) return;
      const bot = bots?.[name];
      if (!bot) {
        pending.textContent = `There is no bot named ${name}.`;
        return;
      }
      const count = bot.GamesToRedeemInBackgroundCount ?? 0;
      pending.textContent = count
        ? `${count} key${count === 1 ? '' : 's'} waiting${bot.IsConnectedAndLoggedOn ? '' : ' (redeemed once the bot is online)'}.`
        : 'No keys waiting.';
      pending.dataset.pending = String(count);
      const mine = lists?.[name] ?? {};
      replace(results,
        keyTable('Redeemed (used)', mine.UsedKeys),
        keyTable('Not redeemed (unused)', mine.UnusedKeys));
    } catch (e) {
      if (!signal.aborted) pending.textContent = `Could not load the redeemer: ${e.message}`;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const keys = parseKeys(area.value);
    if (!Object.keys(keys).length) {
      area.setAttribute('aria-invalid', 'true');
      area.focus();
      return;
    }
    area.removeAttribute('aria-invalid');
    importButton.disabled = true;
    try {
      await call('POST', `Bot/${seg(name)}/GamesToRedeemInBackground`, { GamesToRedeemInBackground: keys });
      const n = Object.keys(keys).length;
      toast(`${n} key${n === 1 ? '' : 's'} queued for ${name}`);
      area.value = '';
    } catch (e) {
      if (e instanceof ApiError) toast(e.message, 'error');
    } finally {
      importButton.disabled = false;
      refresh();
    }
  });
  clear.addEventListener('click', async () => {
    const sure = await ask({
      title: 'Delete the result lists?', text: `Deletes ${name}'s lists of used and unused keys (waiting keys stay queued).`,
      confirm: 'Delete', danger: true,
    });
    if (!sure) return;
    try {
      await call('DELETE', `Bot/${seg(name)}/GamesToRedeemInBackground`);
      toast('Result lists deleted');
    } catch (e) {
      if (e instanceof ApiError) toast(e.message, 'error');
    }
    refresh();
  });

  await refresh();
  const timer = setInterval(() => document.hidden || refresh(), REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
