// Asking for the IPC password (401) and explaining refusals (403).

import { AccessError, call, setPassword } from './api.js';
import { h, replace, uid } from './dom.js';

let open = null;

/**
 * Shows the password dialog until a password works; resolves once the API accepts it.
 * A second call while the dialog is open waits for the same dialog.
 */
export function askForPassword(wrong = false) {
  if (open) return open;
  open = new Promise((resolve) => {
    const passwordId = uid('password');
    const rememberId = uid('remember');
    const input = h('input', {
      id: passwordId, type: 'password', autocomplete: 'current-password', required: true,
    });
    const remember = h('input', { id: rememberId, type: 'checkbox' });
    const error = h('p', { class: 'error', role: 'alert', hidden: !wrong },
      wrong ? 'That password was not accepted.' : '');
    const submit = h('button', { type: 'submit', class: 'primary' }, 'Log in');
    const form = h('form', null,
      h('h2', null, 'IPC password'),
      h('p', null, 'This ASF requires its IPC password (IPCPassword in ASF.json).'),
      h('label', { for: passwordId }, 'Password', input),
      h('div', { class: 'check-line' }, remember,
        h('label', { for: rememberId }, 'Remember on this device')),
      error,
      h('div', { class: 'buttons' }, submit));
    const dialog = h('dialog', { 'aria-label': 'IPC password', id: 'login-dialog' }, form);
    // The dialog cannot be dismissed: nothing works without the password.
    dialog.addEventListener('cancel', (event) => event.preventDefault());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      setPassword(input.value, remember.checked);
      try {
        await call('GET', 'ASF');
        dialog.close();
        dialog.remove();
        open = null;
        resolve();
      } catch (e) {
        if (e instanceof AccessError && e.status === 403) {
          dialog.close();
          dialog.remove();
          open = null;
          showForbidden(e.permanent);
          return;
        }
        error.hidden = false;
        error.textContent = e instanceof AccessError
          ? 'Wrong password. After 5 wrong attempts this address is banned for up to an hour.'
          : e.message;
        input.setAttribute('aria-invalid', 'true');
        input.select();
        input.focus();
      } finally {
        submit.disabled = false;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
  return open;
}

/** Replaces the page with the reason ASF refuses this browser. */
export function showForbidden(permanent) {
  const main = document.getElementById('main');
  const body = permanent
    ? [
      h('h2', null, 'This address may not use ASF'),
      h('p', null, 'No IPC password is set, so ASF only answers this computer and the networks '
        + 'listed under KnownNetworks in config/IPC.config.'),
      h('p', null, 'To use this page from here, set IPCPassword in config/ASF.json on the '
        + 'machine running ASF (or add this network to KnownNetworks), then reload.'),
    ]
    : [
      h('h2', null, 'This address is banned'),
      h('p', null, 'Too many wrong IPC passwords came from this address. Bans are lifted every '
        + 'hour, or the owner can lift them on the IPC bans page from another address.'),
    ];
  replace(main, h('h1', null, 'Access denied'),
    h('div', { class: 'alert error', role: 'alert' }, body),
    h('p', null, h('button', { type: 'button', onclick: () => window.location.reload() }, 'Try again')));
  main.focus();
}
