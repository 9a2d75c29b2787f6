// The bots overview: live status, farming progress, actions, rename and delete.

import { ApiError, call, result, seg } from './api.js';
import { ask, h, replace, toast, uid } from './dom.js';

/** ASF-ui polls every 2.5 s; a little faster feels live without loading big farms much. */
const REFRESH_MS = 2000;

/** ASF's EUserInputType: what a bot waits for. */
const INPUT_NAMES = {
  1: 'Steam login',
  2: 'Steam password',
  3: 'Steam Guard code (e-mail)',
  4: 'Steam parental code',
  5: 'two-factor code',
  6: 'crypt key',
};

/** Cards left when a bot was first seen farming in this tab, for the progress bar. */
const startingCards = new Map();

/** `[css class, label]` of a bot's state. */
export function botState(bot) {
  if (bot.RequiredInput) return ['input', 'Needs input'];
  if (!bot.KeepRunning) return bot.BotConfig?.Enabled === false ? ['disabled', 'Disabled'] : ['stopped', 'Stopped'];
  if (!bot.IsConnectedAndLoggedOn) return ['connecting', 'Connecting'];
  if (bot.CardsFarmer?.Paused) return ['paused', 'Paused'];
  if (bot.CardsFarmer?.NowFarming || bot.CardsFarmer?.CurrentGamesFarming?.length) {
    return ['farming', 'Farming'];
  }
  return ['online', 'Online'];
}

export async function renderBots(main, signal) {
  const list = h('ul', { class: 'bot-list', 'aria-label': 'Bots' });
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const error = h('div', { class: 'alert error', role: 'alert', hidden: true });
  const all = (label, action) => h('button', {
    type: 'button',
    onclick: (event) => act(event.currentTarget, 'ASF', action, refresh),
  }, label);
  replace(main,
    h('div', { class: 'page-head' }, h('h1', null, 'Bots'),
      h('a', { class: 'button primary', href: '#/bots/new' }, 'Add bot')),
    summary,
    h('div', { class: 'toolbar', role: 'group', 'aria-label': 'All bots' },
      h('span', { class: 'muted' }, 'All bots:'),
      all('Start all', 'Start'), all('Pause all', 'Pause'),
      all('Resume all', 'Resume'), all('Stop all', 'Stop')),
    error, list);

  const cards = new Map();
  async function refresh() {
    let bots;
    try {
      bots = (await result('GET', 'Bot/ASF')) ?? {};
    } catch (e) {
      if (signal.aborted) return;
      error.textContent = `Could not load the bots: ${e.message}`;
      error.hidden = false;
      return;
    }
    if (signal.aborted) return;
    error.hidden = true;
    const names = Object.keys(bots).sort((a, b) => a.localeCompare(b));
    for (const [name, card] of cards) {
      if (!bots[name]) {
        card.element.remove();
        cards.delete(name);
      }
    }
    for (const name of names) {
      let card = cards.get(name);
      if (!card) {
        card = botCard(name, refresh);
        cards.set(name, card);
      }
      card.update(bots[name]);
      list.append(card.element);
    }
    const counts = {};
    for (const name of names) {
      const [, label] = botState(bots[name]);
      counts[label] = (counts[label] ?? 0) + 1;
    }
    summary.textContent = names.length
      ? `${names.length} bot${names.length === 1 ? '' : 's'}: ${Object.entries(counts).map(([k, v]) => `${v} ${k.toLowerCase()}`).join(', ')}`
      : 'No bots yet. Add one to start farming.';
  }

  await refresh();
  // A tab in the background does not poll.
  const timer = setInterval(() => document.hidden || refresh(), REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}

/** Runs a bot action and reports ASF's answer. */
async function act(button, selector, action, refresh) {
  button.disabled = true;
  try {
    const body = action === 'Pause' ? { Permanent: true, ResumeInSeconds: 0 } : undefined;
    const answer = await call('POST', `Bot/${seg(selector)}/${action}`, body);
    toast(answer.Message || `${action}: OK`);
  } catch (e) {
    if (e instanceof ApiError) toast(e.message, 'error');
  } finally {
    button.disabled = false;
    refresh();
  }
}

/** One bot's card; `update` refreshes it in place so focus stays where it is. */
function botCard(name, refresh) {
  const titleId = uid('bot');
  const avatar = h('span', { class: 'avatar', 'aria-hidden': 'true' }, name.slice(0, 1).toUpperCase());
  const badge = h('span', { class: 'badge' });
  const identity = h('p');
  const farming = h('div', { class: 'farming' });
  const progress = h('progress', { max: 1, value: 0, 'aria-label': `Farming progress of ${name}` });
  const inputArea = h('div');
  const button = (label, action) => h('button', {
    type: 'button',
    'aria-label': `${label} ${name}`,
    onclick: (event) => act(event.currentTarget, name, action, refresh),
  }, label);
  const start = button('Start', 'Start');
  const stop = button('Stop', 'Stop');
  const pause = button('Pause', 'Pause');
  const resume = button('Resume', 'Resume');
  const rename = h('button', { type: 'button', 'aria-label': `Rename ${name}`, onclick: () => renameBot(name, refresh) }, 'Rename');
  const remove = h('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${name}`, onclick: () => deleteBot(name, refresh) }, 'Delete');
  const element = h('li', { class: 'card bot-card', 'aria-labelledby': titleId, 'data-bot': name },
    h('div', { class: 'bot-head' }, avatar,
      h('div', { class: 'bot-title' }, h('h2', { id: titleId }, name), identity), badge),
    farming, progress, inputArea,
    h('div', { class: 'actions' }, start, stop, pause, resume),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: `#/bot/${seg(name)}/config`, 'aria-label': `Config of ${name}` }, 'Config'),
      h('a', { class: 'button', href: `#/bot/${seg(name)}/keys`, 'aria-label': `Keys of ${name}` }, 'Keys'),
      rename, remove));
  let shownInput = 0;

  function update(bot) {
    const [kind, label] = botState(bot);
    badge.className = `badge ${kind}`;
    badge.textContent = label;
    element.dataset.state = kind;
    const parts = [];
    if (bot.Nickname) parts.push(bot.Nickname);
    if (bot.s_SteamID && bot.s_SteamID !== '0') parts.push(bot.s_SteamID);
    identity.textContent = parts.join(' · ') || 'Not logged on';

    const farmer = bot.CardsFarmer ?? {};
    const games = farmer.GamesToFarm ?? [];
    const current = farmer.CurrentGamesFarming ?? [];
    const cardsLeft = games.reduce((sum, g) => sum + (g.CardsRemaining ?? 0), 0);
    if (current.length) {
      const first = startingCards.get(name);
      if (!first || cardsLeft > first) startingCards.set(name, cardsLeft);
      const total = startingCards.get(name) || 1;
      progress.max = total;
      progress.value = total - cardsLeft;
      progress.hidden = false;
      farming.hidden = false;
      replace(farming,
        h('p', null, 'Now farming: ', h('strong', null, current.map((g) => g.GameName || `App ${g.AppID}`).join(', ')),
          ` (${current.map((g) => `${g.CardsRemaining} card${g.CardsRemaining === 1 ? '' : 's'} left, ${g.HoursPlayed} h played`).join('; ')})`),
        h('p', { class: 'muted' }, `${games.length} game${games.length === 1 ? '' : 's'} and ${cardsLeft} card${cardsLeft === 1 ? '' : 's'} to go, about ${farmer.TimeRemaining} left`));
    } else {
      progress.hidden = true;
      let note = null;
      if (kind === 'paused' && games.length) {
        note = `Paused with ${games.length} game${games.length === 1 ? '' : 's'} and ${cardsLeft} card${cardsLeft === 1 ? '' : 's'} to go`;
      } else if (bot.IsConnectedAndLoggedOn) {
        note = 'Nothing to farm';
      }
      replace(farming, note ? h('p', { class: 'muted' }, note) : null);
      farming.hidden = !note;
    }
    start.hidden = bot.KeepRunning;
    stop.hidden = !bot.KeepRunning;
    pause.hidden = !bot.IsConnectedAndLoggedOn || farmer.Paused;
    resume.hidden = !farmer.Paused;
    if (bot.RequiredInput !== shownInput) {
      shownInput = bot.RequiredInput;
      replace(inputArea, shownInput ? inputForm(name, shownInput, refresh) : null);
    }
  }

  return { element, update };
}

/** The form for what a bot waits for (a code, a password…). */
function inputForm(name, type, refresh) {
  const id = uid('input');
  const what = INPUT_NAMES[type] ?? `input ${type}`;
  const field = h('input', {
    id, type: type === 2 || type === 6 ? 'password' : 'text', autocomplete: 'off', required: true,
  });
  const form = h('form', { class: 'input-form' },
    h('label', { for: id }, `${name} needs its ${what}`, field),
    h('button', { type: 'submit', class: 'primary' }, 'Send'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('POST', `Bot/${seg(name)}/Input`, { Type: type, Value: field.value });
      await call('POST', `Bot/${seg(name)}/Start`).catch(() => {});
      toast(`Sent the ${what} to ${name}`);
    } catch (e) {
      if (e instanceof ApiError) toast(e.message, 'error');
    }
    refresh();
  });
  return form;
}

async function renameBot(name, refresh) {
  const newName = await ask({
    title: `Rename ${name}`, label: 'New name', value: name, confirm: 'Rename',
    validate: (v) => (v ? null : 'Enter a name.'),
  });
  if (!newName || newName === name) return;
  try {
    await call('POST', `Bot/${seg(name)}/Rename`, { NewName: newName });
    toast(`${name} is now ${newName}`);
  } catch (e) {
    if (e instanceof ApiError) toast(e.message, 'error');
  }
  refresh();
}

async function deleteBot(name, refresh) {
  const sure = await ask({
    title: `Delete ${name}?`,
    text: 'Its config, database and key files are deleted from config/. This cannot be undone.',
    confirm: 'Delete', danger: true,
  });
  if (!sure) return;
  try {
    // The path is a selector: delete only when it reads as this one bot (a server that
    // read a name such as `@ALL` as a keyword would delete every bot).
    const addressed = Object.keys(await result('GET', `Bot/${seg(name)}`) ?? {});
    if (addressed.length !== 1 || addressed[0] !== name) {
      toast(`${name} reads as a selector of ${addressed.length} bots here; delete its files in config/ by hand.`, 'error');
      return;
    }
    await call('DELETE', `Bot/${seg(name)}`);
    startingCards.delete(name);
    toast(`${name} was deleted`);
  } catch (e) {
    if (e instanceof ApiError) toast(e.message, 'error');
  }
  refresh();
}
