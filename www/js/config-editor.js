// Config editors generated from `/Api/Type` (property types, enum members) and
// `/Api/Structure` (defaults): a property ASF adds shows up here without any change.

import { result } from './api.js';
import { h, uid } from './dom.js';

/** Integer types and their ranges; 64-bit ones travel as `s_` strings. */
const INTEGERS = {
  'System.Byte': [0, 255],
  'System.SByte': [-128, 127],
  'System.Int16': [-32768, 32767],
  'System.UInt16': [0, 65535],
  'System.Int32': [-2147483648, 2147483647],
  'System.UInt32': [0, 4294967295],
};
const BIG_INTEGERS = new Set(['System.Int64', 'System.UInt64']);
const TEXTS = new Set(['System.String', 'System.Guid', 'System.Uri']);
/** Shown first; the rest follow in the order ASF lists them. */
const FIRST = ['Enabled', 'SteamLogin', 'SteamPassword', 'PasswordFormat', 'SteamParentalCode',
  'IPCPassword', 'IPCPasswordFormat', 'SteamOwnerID', 'DefaultBot'];
const PASSWORD_LIKE = /Password|ParentalCode|LicenseID|Token$/;

const typeCache = new Map();

/** `/Api/Type/<name>`, once per page load. */
function describe(name) {
  if (!typeCache.has(name)) {
    typeCache.set(name, result('GET', `Type/${encodeURIComponent(name)}`).catch((e) => {
      typeCache.delete(name);
      throw e;
    }));
  }
  return typeCache.get(name);
}

/** Parses .NET's type name into a shape the widgets understand. */
function parseType(text) {
  let m = text.match(/^System\.Nullable`1\[(.+)\]$/);
  if (m) return { ...parseType(m[1]), nullable: true };
  m = text.match(/^[\w.]+?(HashSet|List|Set|Collection|Array)`1\[(.+)\]$/);
  if (m) return { kind: /Set$/.test(m[1]) ? 'set' : 'list', item: parseType(m[2]) };
  m = text.match(/^[\w.]+?Dictionary`2\[([^\]]+)\]\[(.+)\]$/);
  if (m) return { kind: 'map', key: parseType(m[1]), value: parseType(m[2]) };
  if (text === 'System.Boolean') return { kind: 'bool' };
  if (INTEGERS[text]) return { kind: 'int', range: INTEGERS[text] };
  if (BIG_INTEGERS.has(text)) return { kind: 'bigint' };
  if (TEXTS.has(text)) return { kind: 'text' };
  if (text.startsWith('System.')) return { kind: 'json' };
  return { kind: 'named', name: text };
}

/** Replaces `named` types by enums (members from `/Api/Type`) or raw JSON. */
async function resolve(type) {
  if (type.kind === 'named') {
    try {
      const info = await describe(type.name);
      if (info?.Properties?.BaseType === 'System.Enum') {
        const members = Object.entries(info.Body ?? {}).map(([name, value]) => [name, Number(value)])
          .filter(([, value]) => Number.isFinite(value))
          .sort((a, b) => a[1] - b[1]);
        const flags = (info.Properties.CustomAttributes ?? []).includes('System.FlagsAttribute');
        return { ...type, kind: flags ? 'flags' : 'enum', members };
      }
    } catch {
      // Unknown to the server: edit it as JSON.
    }
    return { ...type, kind: 'json' };
  }
  if (type.item) return { ...type, item: await resolve(type.item) };
  if (type.value) return { ...type, value: await resolve(type.value) };
  return type;
}

/** Property descriptions from the wiki page ASF serves for its config. */
async function descriptions(section) {
  try {
    const html = await result('GET', 'WWW/GitHub/Wiki/Page/Configuration');
    const doc = new DOMParser().parseFromString(String(html), 'text/html');
    const found = {};
    let inSection = false;
    for (const node of doc.body.querySelectorAll('h2, h3')) {
      if (node.tagName === 'H2') {
        inSection = node.textContent.toLowerCase().includes(section);
        continue;
      }
      if (!inSection) continue;
      const name = node.textContent.trim();
      const paragraph = node.nextElementSibling;
      if (paragraph?.tagName === 'P') found[name] = paragraph.textContent.trim();
    }
    return found;
  } catch {
    return {};
  }
}

/**
 * Builds an editor for `typeName`. `values` are the current values (ASF leaves secrets out of
 * them), `defaults` come from `/Api/Structure`. `section` picks the descriptions ("global"
 * or "bot"). `isNew` says nothing is stored yet (secrets then have nothing to keep).
 */
export async function buildEditor({ typeName, values, defaults, section, isNew = false }) {
  const [info, help] = await Promise.all([describe(typeName), descriptions(section)]);
  const properties = Object.entries(info?.Body ?? {});
  properties.sort(([a], [b]) => {
    const ia = FIRST.indexOf(a);
    const ib = FIRST.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return 0;
  });
  const fields = await Promise.all(properties.map(async ([name, typeText]) => {
    const type = await resolve(parseType(typeText));
    const secret = !(name in values) && !(name in defaults);
    return field({
      name, type, secret, isNew,
      value: name in values ? values[name] : defaults[name],
      twin: values[`s_${name}`] ?? defaults[`s_${name}`],
      defaultValue: defaults[name],
      description: help[name],
    });
  }));

  const filterId = uid('filter');
  const filter = h('input', { id: filterId, type: 'search', placeholder: 'Name or description', autocomplete: 'off' });
  filter.addEventListener('input', () => {
    const needle = filter.value.trim().toLowerCase();
    for (const f of fields) {
      f.element.hidden = needle !== '' && !f.searchText.includes(needle);
    }
  });
  const alert = h('div', { class: 'alert error', role: 'alert', tabindex: -1, hidden: true });
  const element = h('div', { class: 'editor' },
    h('div', { class: 'toolbar' }, h('label', { for: filterId }, 'Filter properties'), filter),
    alert,
    fields.map((f) => f.element));

  return {
    element,
    /** The config to send, or `null` after marking fields the browser can already tell are wrong. */
    collect() {
      const config = {};
      let firstBad = null;
      for (const f of fields) {
        f.showError(null);
        try {
          f.collect(config);
        } catch (e) {
          f.showError(e.message);
          firstBad ??= f;
        }
      }
      if (firstBad) {
        this.showError('Some values need fixing first.');
        firstBad.focus();
        return null;
      }
      this.showError(null);
      return config;
    },
    /** Shows the server's validation message, and next to the property it names. */
    showError(message) {
      alert.hidden = !message;
      alert.textContent = message ?? '';
      if (!message) return;
      const named = fields.find((f) => new RegExp(`\\b(s_)?${f.name}\\b`).test(message));
      if (named) {
        named.element.hidden = false;
        named.showError(message);
        named.focus();
      } else {
        alert.focus();
      }
    },
  };
}

/** One property: label, widget, description, error line. */
function field({ name, type, secret, isNew, value, twin, defaultValue, description }) {
  const id = uid(`field-${name}`);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  const describedBy = `${helpId} ${errorId}`;
  const helpParts = [];
  if (description) helpParts.push(description);
  if (secret) {
    helpParts.push(isNew ? 'Stored secretly; never shown again.' : 'Not shown: leave empty to keep the stored value.');
  } else if (defaultValue !== undefined) {
    helpParts.push(`Default: ${display(defaultValue)}`);
  }
  const help = h('p', { class: 'help', id: helpId }, helpParts.join(' · '));
  const widget = secret
    ? secretWidget(id, name, describedBy, isNew)
    : makeWidget(type, id, name, describedBy, value, twin, defaultValue);
  const modified = !secret && defaultValue !== undefined && JSON.stringify(value) !== JSON.stringify(defaultValue);
  const element = h('div', { class: `field${modified ? ' modified' : ''}`, 'data-property': name },
    widget.label !== undefined ? widget.label : h('label', { for: id }, name), widget.element, help, error);
  return {
    name,
    element,
    searchText: `${name} ${description ?? ''}`.toLowerCase(),
    collect: (config) => widget.collect(config),
    focus() {
      (element.querySelector('input, select, textarea, button') ?? element).focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
    },
    showError(message) {
      error.hidden = !message;
      error.textContent = message ?? '';
      for (const control of element.querySelectorAll('input, select, textarea')) {
        if (message) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    },
  };
}

function display(value) {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'empty';
  if (typeof value === 'object') return Object.keys(value).length ? JSON.stringify(value) : 'empty';
  if (value === '') return 'empty';
  return String(value);
}

/** A secret ASF never sends back: typed means "set", the box means "remove". */
function secretWidget(id, name, describedBy, isNew) {
  const input = h('input', {
    id, type: PASSWORD_LIKE.test(name) ? 'password' : 'text', autocomplete: 'new-password',
    'aria-describedby': describedBy, placeholder: isNew ? '' : 'unchanged',
  });
  const clearId = `${id}-clear`;
  const clear = h('input', { id: clearId, type: 'checkbox' });
  clear.addEventListener('change', () => { input.disabled = clear.checked; });
  return {
    element: h('div', { class: 'row' }, input,
      isNew ? null : h('span', { class: 'check-line plain' }, clear, h('label', { for: clearId }, 'Remove the stored value'))),
    collect(config) {
      if (!isNew && clear.checked) config[name] = null;
      else if (input.value !== '') config[name] = input.value;
    },
  };
}

function makeWidget(type, id, name, describedBy, value, twin, defaultValue) {
  const common = { id, 'aria-describedby': describedBy };
  switch (type.kind) {
    case 'bool': {
      const box = h('input', { ...common, type: 'checkbox', checked: Boolean(value) });
      return {
        label: h('div', { class: 'check-line' }, box, h('label', { for: id }, name)),
        element: null,
        collect(config) { config[name] = box.checked; },
      };
    }
    case 'int': {
      const input = h('input', {
        ...common, type: 'number', inputmode: 'numeric', step: 1,
        min: type.range[0], max: type.range[1], value: value ?? '',
      });
      return {
        element: input,
        collect(config) { config[name] = numberOrText(input.value, type.nullable); },
      };
    }
    case 'bigint': {
      const input = h('input', {
        ...common, type: 'text', inputmode: 'numeric', autocomplete: 'off',
        value: twin ?? (value === null || value === undefined ? '' : String(value)),
      });
      return {
        element: input,
        collect(config) {
          const text = input.value.trim();
          if (text === '' && type.nullable) config[name] = null;
          else config[`s_${name}`] = text === '' ? '0' : text;
        },
      };
    }
    case 'text': {
      const input = h('input', { ...common, type: 'text', autocomplete: 'off', value: value ?? '' });
      return {
        element: input,
        collect(config) {
          config[name] = input.value === '' && (defaultValue === null || defaultValue === undefined) ? null : input.value;
        },
      };
    }
    case 'enum': {
      const select = h('select', common, enumOptions(type.members, value));
      return {
        element: select,
        collect(config) { config[name] = Number(select.value); },
      };
    }
    case 'flags': {
      const bits = type.members.filter(([, v]) => v > 0 && (v & (v - 1)) === 0);
      const known = bits.reduce((all, [, v]) => all | v, 0);
      const boxes = bits.map(([member, bit]) => [bit, h('input', { type: 'checkbox', checked: (Number(value) & bit) === bit })]);
      const none = type.members.find(([, v]) => v === 0);
      return {
        label: null,
        element: h('fieldset', { 'aria-describedby': describedBy },
          h('legend', null, name),
          none ? h('p', { class: 'help' }, `Nothing ticked: ${none[0]}`) : null,
          h('div', { class: 'options' }, boxes.map(([bit, box], i) => h('label', null, box, bits[i][0])))),
        collect(config) {
          const rest = Number(value ?? 0) & ~known;
          config[name] = boxes.reduce((sum, [bit, box]) => (box.checked ? sum | bit : sum), rest);
        },
      };
    }
    case 'set':
    case 'list':
      if (type.item.kind === 'enum' || type.item.kind === 'flags') {
        return type.kind === 'set'
          ? enumSetWidget(type, id, name, describedBy, value)
          : enumListWidget(type, id, name, describedBy, value);
      }
      if (type.item.kind === 'json') return jsonWidget(common, name, value);
      return lineListWidget(type, common, name, value);
    case 'map':
      if (type.value.kind === 'enum') return mapWidget(type, id, name, describedBy, value);
      return jsonWidget(common, name, value);
    default:
      return jsonWidget(common, name, value);
  }
}

function enumOptions(members, value) {
  const options = members.map(([member, number]) => h('option', { value: number, selected: Number(value) === number }, `${member} (${number})`));
  if (value !== null && value !== undefined && !members.some(([, n]) => n === Number(value))) {
    options.push(h('option', { value, selected: true }, `Unknown (${value})`));
  }
  return options;
}

function numberOrText(text, nullable) {
  const trimmed = String(text).trim();
  if (trimmed === '') return nullable ? null : 0;
  const number = Number(trimmed);
  // Anything else goes as typed, so that ASF says what is wrong with it.
  return /^-?\d+$/.test(trimmed) && Number.isSafeInteger(number) ? number : trimmed;
}

/** A set of enum members: one checkbox each. */
function enumSetWidget(type, id, name, describedBy, value) {
  const chosen = new Set((value ?? []).map(Number));
  const boxes = type.item.members.map(([member, number]) => [number, h('input', { type: 'checkbox', checked: chosen.has(number) }), member]);
  const unknown = [...chosen].filter((n) => !type.item.members.some(([, m]) => m === n));
  return {
    label: null,
    element: h('fieldset', { 'aria-describedby': describedBy },
      h('legend', null, name),
      h('div', { class: 'options' }, boxes.map(([, box, member]) => h('label', null, box, member)))),
    collect(config) {
      config[name] = [...boxes.filter(([, box]) => box.checked).map(([n]) => n), ...unknown];
    },
  };
}

/** An ordered list of enum members: one select per entry, with move and remove buttons. */
function enumListWidget(type, id, name, describedBy, value) {
  const rows = h('div', { class: 'rows' });
  const entries = [];
  function addRow(selected) {
    const select = h('select', { 'aria-label': `${name} entry` }, enumOptions(type.item.members, selected));
    const row = h('div', { class: 'row' }, select);
    const entry = { row, select };
    const up = h('button', { type: 'button', 'aria-label': 'Move up', onclick: () => move(entry, -1) }, '↑');
    const down = h('button', { type: 'button', 'aria-label': 'Move down', onclick: () => move(entry, 1) }, '↓');
    const remove = h('button', {
      type: 'button', class: 'danger', 'aria-label': 'Remove',
      onclick: () => { entries.splice(entries.indexOf(entry), 1); row.remove(); },
    }, '✕');
    row.append(up, down, remove);
    entries.push(entry);
    rows.append(row);
    return select;
  }
  function move(entry, by) {
    const at = entries.indexOf(entry);
    const to = at + by;
    if (to < 0 || to >= entries.length) return;
    entries.splice(at, 1);
    entries.splice(to, 0, entry);
    rows.replaceChildren(...entries.map((e) => e.row));
    entry.select.focus();
  }
  for (const item of value ?? []) addRow(item);
  const add = h('button', { type: 'button', onclick: () => addRow(type.item.members[0]?.[1] ?? 0).focus() }, 'Add entry');
  return {
    label: null,
    element: h('fieldset', { 'aria-describedby': describedBy }, h('legend', null, name), rows, h('div', null, add)),
    collect(config) { config[name] = entries.map((e) => Number(e.select.value)); },
  };
}

/** Numbers or strings, one per line. */
function lineListWidget(type, common, name, value) {
  const area = h('textarea', { ...common, rows: 3, spellcheck: 'false' }, (value ?? []).join('\n'));
  const numeric = type.item.kind === 'int' || type.item.kind === 'bigint';
  return {
    element: h('div', null, area, h('p', { class: 'help' }, 'One entry per line.')),
    collect(config) {
      const lines = area.value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      config[name] = numeric ? lines.map((l) => numberOrText(l, false)) : lines;
    },
  };
}

/** SteamID → permission style maps: one row per key. */
function mapWidget(type, id, name, describedBy, value) {
  const rows = h('div', { class: 'rows' });
  const entries = [];
  function addRow(key, selected) {
    const keyInput = h('input', { type: 'text', inputmode: 'numeric', 'aria-label': `${name} key`, value: key });
    const select = h('select', { 'aria-label': `${name} value` }, enumOptions(type.value.members, selected));
    const row = h('div', { class: 'row' }, keyInput, select);
    const entry = { keyInput, select };
    row.append(h('button', {
      type: 'button', class: 'danger', 'aria-label': 'Remove',
      onclick: () => { entries.splice(entries.indexOf(entry), 1); row.remove(); },
    }, '✕'));
    entries.push(entry);
    rows.append(row);
    return keyInput;
  }
  for (const [key, selected] of Object.entries(value ?? {})) addRow(key, selected);
  const add = h('button', { type: 'button', onclick: () => addRow('', type.value.members[0]?.[1] ?? 0).focus() }, 'Add entry');
  return {
    label: null,
    element: h('fieldset', { 'aria-describedby': describedBy }, h('legend', null, name), rows, h('div', null, add)),
    collect(config) {
      const map = {};
      for (const entry of entries) {
        const key = entry.keyInput.value.trim();
        if (key !== '') map[key] = Number(entry.select.value);
      }
      config[name] = map;
    },
  };
}

/** Anything else, as JSON. */
function jsonWidget(common, name, value) {
  const area = h('textarea', { ...common, rows: 3, spellcheck: 'false' }, JSON.stringify(value ?? null, null, 2));
  return {
    element: area,
    collect(config) {
      try {
        config[name] = JSON.parse(area.value);
      } catch {
        throw new Error('This is not valid JSON.');
      }
    },
  };
}
