// Addresses banned after too many wrong IPC passwords.

import { ApiError, call, result } from './api.js';
import { ask, h, replace, toast } from './dom.js';

export async function renderBans(main, signal) {
  const body = h('div');
  const reload = h('button', { type: 'button' }, 'Refresh');
  const clearAll = h('button', { type: 'button', class: 'danger' }, 'Lift all bans');
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, 'IPC bans')),
    h('p', { class: 'muted' }, 'Five wrong passwords from one address ban it until the hourly reset.'),
    h('div', { class: 'toolbar' }, reload, clearAll),
    body);

  async function refresh() {
    let bans;
    try {
      bans = (await result('GET', 'IPC/Bans')) ?? [];
    } catch (e) {
      if (!signal.aborted) replace(body, h('div', { class: 'alert error', role: 'alert' }, e.message));
      return;
    }
    if (signal.aborted) return;
    clearAll.disabled = bans.length === 0;
    if (!bans.length) {
      replace(body, h('p', { role: 'status' }, 'No address is banned.'));
      return;
    }
    replace(body, h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Address'), h('th', { scope: 'col' }, h('span', { class: 'muted' }, 'Action')))),
      h('tbody', null, bans.map((ip) => h('tr', null,
        h('td', { class: 'mono' }, ip),
        h('td', null, h('button', {
          type: 'button', 'aria-label': `Lift the ban on ${ip}`,
          onclick: () => lift(ip),
        }, 'Lift ban'))))))));
  }

  async function lift(ip) {
    try {
      const answer = await call('DELETE', `IPC/Bans/${encodeURIComponent(ip)}`);
      toast(answer.Message && answer.Message !== 'OK' ? answer.Message : `${ip} may connect again`);
    } catch (e) {
      if (e instanceof ApiError) toast(e.message, 'error');
    }
    refresh();
  }

  reload.addEventListener('click', refresh);
  clearAll.addEventListener('click', async () => {
    const sure = await ask({ title: 'Lift all bans?', text: 'Also forgets wrong attempts below the limit.', confirm: 'Lift all' });
    if (!sure) return;
    try {
      await call('DELETE', 'IPC/Bans');
      toast('All bans lifted');
    } catch (e) {
      if (e instanceof ApiError) toast(e.message, 'error');
    }
    refresh();
  });
  await refresh();
}
