// Start-up, routing (hash based, so deep links never depend on the server) and the header.

import { AccessError, call, forgetPassword, hasPassword, onAccessProblem } from './api.js';
import { askForPassword, showForbidden } from './auth.js';
import { formatKiB, h, replace, since } from './dom.js';
import { renderBans } from './bans.js';
import { renderBots } from './bots.js';
import { renderAsfConfig, renderBotConfig, renderNewBot } from './config-pages.js';
import { renderConsole } from './console.js';
import { renderKeys } from './keys.js';
import { renderLog } from './log.js';

const main = document.getElementById('main');

/** Route pattern, section highlighted in the navigation, view. */
const ROUTES = [
  [/^\/bots$/, 'bots', renderBots],
  [/^\/bots\/new$/, 'bots', renderNewBot],
  [/^\/bot\/([^/]+)\/config$/, 'bots', renderBotConfig],
  [/^\/bot\/([^/]+)\/keys$/, 'bots', renderKeys],
  [/^\/asf\/config$/, 'asf', renderAsfConfig],
  [/^\/console$/, 'console', renderConsole],
  [/^\/log$/, 'log', renderLog],
  [/^\/bans$/, 'bans', renderBans],
];

let current = null;
let forbidden = false;

/** Renders the view of the current hash; the previous view's work is aborted first. */
function route() {
  if (forbidden) return;
  const hash = window.location.hash;
  if (hash && !hash.startsWith('#/')) return;
  const path = hash.slice(1) || '/bots';
  const match = ROUTES.map(([pattern, section, view]) => [path.match(pattern), section, view])
    .find(([found]) => found);
  current?.abort();
  current = new AbortController();
  document.getElementById('site-nav').classList.remove('open');
  document.getElementById('menu-toggle').setAttribute('aria-expanded', 'false');
  if (!match) {
    highlight(null);
    replace(main, h('h1', null, 'Not found'),
      h('p', null, 'There is no page here. ', h('a', { href: '#/bots' }, 'Go to the bots.')));
    return;
  }
  const [found, section, view] = match;
  highlight(section);
  const params = found.slice(1).map((p) => decodeURIComponent(p));
  replace(main, h('p', { class: 'muted' }, 'Loading…'));
  const signal = current.signal;
  Promise.resolve(view(main, signal, ...params)).then(() => {
    if (signal.aborted) return;
    const heading = main.querySelector('h1');
    document.title = heading ? `${heading.textContent} · ASF` : 'ArchiSteamFarm';
  }).catch((error) => {
    if (signal.aborted || error instanceof AccessError) return;
    replace(main, h('h1', null, 'Something went wrong'),
      h('div', { class: 'alert error', role: 'alert' }, error.message));
  });
}

function highlight(section) {
  for (const link of document.querySelectorAll('#site-nav a[data-section]')) {
    if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

let processInfo = null;

function showStatus() {
  if (!processInfo) return;
  document.getElementById('process-status').textContent =
    `ASF ${processInfo.Version} · up ${since(processInfo.ProcessStartTime)} · ${formatKiB(processInfo.MemoryUsage)}`;
}

/** Version, uptime and memory in the header. */
async function refreshStatus() {
  try {
    processInfo = (await call('GET', 'ASF')).Result;
    showStatus();
  } catch {
    // Shown where it matters: the views report their own failures.
  }
}

onAccessProblem(async (error) => {
  if (error.status === 403) {
    forbidden = true;
    current?.abort();
    showForbidden(error.permanent);
    return;
  }
  const wasOpen = document.getElementById('login-dialog') !== null;
  await askForPassword(hasPassword() && !wasOpen);
  if (!wasOpen) ready();
});

document.getElementById('menu-toggle').addEventListener('click', (event) => {
  const nav = document.getElementById('site-nav');
  const open = nav.classList.toggle('open');
  event.currentTarget.setAttribute('aria-expanded', String(open));
});
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
document.getElementById('logout').addEventListener('click', () => {
  forgetPassword();
  window.location.reload();
});
window.addEventListener('hashchange', () => {
  // Focus moves to the new page (a view may then focus its first control).
  main.focus();
  route();
});

let statusTimer = null;
let uptimeTimer = null;

/** Access works: show the page. */
function ready() {
  document.getElementById('logout').hidden = !hasPassword();
  refreshStatus();
  statusTimer ??= setInterval(refreshStatus, 30000);
  uptimeTimer ??= setInterval(showStatus, 5000);
  route();
}

async function start() {
  try {
    await call('GET', 'ASF');
  } catch (error) {
    // A 401 opens the password dialog, which continues once the password works.
    if (error instanceof AccessError) return;
  }
  ready();
}

start();
