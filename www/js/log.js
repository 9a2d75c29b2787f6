// The live log: earlier lines from `/Api/NLog/File`, new ones from the `/Api/NLog` websocket.

import { AccessError, logSocketUrl, result } from './api.js';
import { h, replace, uid } from './dom.js';

const PAGE = 200;
const MAX_LINES = 5000;
/** The websocket starts with up to this many lines the page may already show. */
const REPLAYED = 20;

function levelOf(line) {
  return line.split('|')[2] ?? '';
}

export async function renderLog(main, signal) {
  const view = h('div', { class: 'log-view', role: 'log', 'aria-label': 'Log lines', tabindex: 0, 'aria-live': 'off' });
  const connection = h('span', { class: 'connection', role: 'status' }, 'Connecting…');
  const earlier = h('button', { type: 'button' }, 'Load earlier lines');
  const filterId = uid('log-filter');
  const filter = h('input', { id: filterId, type: 'search', placeholder: 'Text to show', autocomplete: 'off' });
  const followId = uid('follow');
  const follow = h('input', { id: followId, type: 'checkbox', checked: true });
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, 'Log'), connection),
    h('div', { class: 'toolbar' }, earlier,
      h('label', { for: filterId }, 'Filter'), filter,
      h('span', { class: 'check-line' }, follow, h('label', { for: followId }, 'Follow new lines'))),
    view);

  let firstIndex = 0;
  const matches = (line) => line.toLowerCase().includes(filter.value.trim().toLowerCase());
  const lineElement = (line) => h('p', { class: `log-line level-${levelOf(line)}`, hidden: !matches(line) }, line);
  filter.addEventListener('input', () => {
    for (const element of view.children) element.hidden = !matches(element.textContent);
  });

  function appendLine(line) {
    view.append(lineElement(line));
    while (view.childElementCount > MAX_LINES) view.firstElementChild.remove();
    if (follow.checked) view.scrollTop = view.scrollHeight;
  }

  try {
    const page = await result('GET', `NLog/File?count=${PAGE}`);
    if (signal.aborted) return;
    const lines = page?.Content ?? [];
    firstIndex = Math.max(0, (page?.TotalLines ?? lines.length) - lines.length);
    lines.forEach(appendLine);
  } catch (e) {
    if (e instanceof AccessError || signal.aborted) return;
    view.append(h('p', { class: 'log-line level-WARN' }, `Earlier lines are not available: ${e.message}`));
  }
  earlier.hidden = firstIndex === 0;
  earlier.addEventListener('click', async () => {
    earlier.disabled = true;
    try {
      const page = await result('GET', `NLog/File?count=${PAGE}&lastAt=${firstIndex}`);
      const lines = page?.Content ?? [];
      firstIndex = Math.max(0, firstIndex - lines.length);
      const before = view.scrollHeight;
      view.prepend(...lines.map(lineElement));
      view.scrollTop += view.scrollHeight - before;
      earlier.hidden = firstIndex === 0 || lines.length === 0;
    } catch (e) {
      connection.textContent = `Could not load earlier lines: ${e.message}`;
    } finally {
      earlier.disabled = false;
    }
  });

  let socket = null;
  let retry = null;
  let delay = 1000;
  function connect() {
    let replayed = 0;
    socket = new WebSocket(logSocketUrl());
    socket.addEventListener('open', () => {
      delay = 1000;
      connection.textContent = 'Live';
      connection.className = 'connection live';
    });
    socket.addEventListener('message', (event) => {
      let line;
      try {
        line = JSON.parse(event.data).Result;
      } catch {
        return;
      }
      if (typeof line !== 'string') return;
      // The first lines repeat the end of the log, which the page may already show.
      if (replayed < REPLAYED) {
        replayed += 1;
        const shown = [...view.children].slice(-PAGE).map((e) => e.textContent);
        if (shown.includes(line)) return;
      }
      appendLine(line);
    });
    socket.addEventListener('close', () => {
      if (signal.aborted) return;
      connection.textContent = 'Disconnected, reconnecting…';
      connection.className = 'connection down';
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    });
  }
  connect();
  signal.addEventListener('abort', () => {
    clearTimeout(retry);
    socket?.close();
  });
}
