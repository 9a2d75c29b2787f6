// The command console: ASF's commands through `/Api/Command`, with a history kept in the
// browser (arrow keys walk through it).

import { ApiError, call } from './api.js';
import { h, replace, uid } from './dom.js';

const HISTORY_KEY = 'asf-ipc-command-history';
const HISTORY_SIZE = 100;
/** The transcript survives moving to another page and back. */
const transcript = [];

function loadHistory() {
  try {
    const stored = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((c) => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

export function renderConsole(main) {
  const history = loadHistory();
  let position = history.length;
  let draft = '';
  const output = h('div', { class: 'console-output', role: 'log', 'aria-label': 'Command output', tabindex: 0 });
  const inputId = uid('command');
  const input = h('input', {
    id: inputId, type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off',
    placeholder: 'e.g. version, status ASF, pause MyBot',
  });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Run');
  const form = h('form', { class: 'console-form' }, input, send);

  function show(entry) {
    const element = h('div', { class: `console-entry${entry.failed ? ' failed' : ''}` },
      h('div', { class: 'command' }, `> ${entry.command}`),
      entry.pending ? h('pre', { class: 'muted' }, '…') : h('pre', null, entry.answer));
    output.append(element);
    output.scrollTop = output.scrollHeight;
    return element;
  }
  transcript.forEach(show);

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp' && position > 0) {
      if (position === history.length) draft = input.value;
      position -= 1;
      input.value = history[position];
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && position < history.length) {
      position += 1;
      input.value = position === history.length ? draft : history[position];
      event.preventDefault();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const command = input.value.trim();
    if (!command) return;
    if (history[history.length - 1] !== command) history.push(command);
    history.splice(0, Math.max(0, history.length - HISTORY_SIZE));
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    position = history.length;
    draft = '';
    input.value = '';
    const entry = { command, pending: true };
    const element = show(entry);
    send.disabled = true;
    try {
      const answer = await call('POST', 'Command', { Command: command });
      Object.assign(entry, { pending: false, answer: answer.Result ?? answer.Message ?? '' });
    } catch (e) {
      Object.assign(entry, { pending: false, failed: true, answer: e instanceof ApiError ? e.message : String(e) });
    } finally {
      send.disabled = false;
    }
    transcript.push(entry);
    element.replaceWith(show(entry));
    input.focus();
  });

  const clear = h('button', {
    type: 'button',
    onclick: () => { transcript.length = 0; output.replaceChildren(); input.focus(); },
  }, 'Clear output');
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, 'Console'), clear),
    h('p', { class: 'muted' }, 'Commands run with owner access on the default bot. Up and down arrows recall earlier commands.'),
    output,
    h('label', { for: inputId, class: 'muted' }, 'Command'),
    form);
  input.focus();
}
