// Small DOM helpers. Text always goes in as text nodes, never as HTML.

/** Creates an element: props become attributes (functions under `on…` become listeners). */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'value') element.value = value;
    else if (key === 'checked') element.checked = Boolean(value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

/** Appends children (strings, numbers, nodes, nested arrays; null is skipped). */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replaces all children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let uniqueCounter = 0;
/** A fresh id for label/description wiring. */
export function uid(prefix = 'id') {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** Shows a short message in the live region. */
export function toast(message, kind = 'info') {
  const region = document.getElementById('toasts');
  if (!region) return;
  const item = h('div', { class: `toast ${kind}` }, message);
  region.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
}

/**
 * A modal dialog with an optional text field. Resolves to the entered text (or `true`
 * without a field) when confirmed, `null` when cancelled.
 */
export function ask({ title, text, label, value = '', confirm = 'OK', danger = false, validate }) {
  return new Promise((resolve) => {
    const inputId = uid('ask');
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const input = label
      ? h('input', { id: inputId, type: 'text', value, required: true, autocomplete: 'off' })
      : null;
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h('form', { method: 'dialog' },
      h('h2', null, title),
      text ? h('p', null, text) : null,
      input ? h('label', { for: inputId }, label, input) : null,
      error,
      h('div', { class: 'buttons' },
        cancel,
        h('button', { type: 'submit', class: danger ? 'danger solid' : 'primary' }, confirm)));
    const dialog = h('dialog', { 'aria-label': title }, form);
    let answer = null;
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const entered = input ? input.value.trim() : true;
      const problem = input && validate ? validate(entered) : null;
      if (problem) {
        error.textContent = problem;
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      answer = entered;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    (input ?? cancel).focus();
  });
}

/** Formats a byte count given in KiB. */
export function formatKiB(kib) {
  if (!Number.isFinite(kib)) return '';
  return kib >= 1024 ? `${(kib / 1024).toFixed(1)} MiB` : `${kib} KiB`;
}

/** "3d 4h", "5h 2m", "40s" since an ISO date. */
export function since(iso) {
  const started = Date.parse(iso);
  if (!Number.isFinite(started)) return '';
  let seconds = Math.max(0, Math.floor((Date.now() - started) / 1000));
  const days = Math.floor(seconds / 86400);
  seconds -= days * 86400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  if (days) return `${days}d ${hours}h`;
  if (hours) return `${hours}h ${minutes}m`;
  if (minutes) return `${minutes}m`;
  return `${seconds % 60}s`;
}
