// The IPC API as the UI uses it: same origin, `Authentication` header, ASF's envelope.

/** The web root (this file lives in `js/`), so the UI also works under a PathBase. */
export const webRoot = new URL('../', import.meta.url);

const STORAGE_KEY = 'asf-ipc-password';
let password = sessionStorage.getItem(STORAGE_KEY) ?? localStorage.getItem(STORAGE_KEY) ?? '';

/** Uses `value` for every request from now on; `remember` keeps it across browser restarts. */
export function setPassword(value, remember) {
  password = value;
  sessionStorage.setItem(STORAGE_KEY, value);
  if (remember) localStorage.setItem(STORAGE_KEY, value);
  else localStorage.removeItem(STORAGE_KEY);
}

export function forgetPassword() {
  password = '';
  sessionStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(STORAGE_KEY);
}

export function hasPassword() {
  return password !== '';
}

/** A failed request: `message` is ASF's `Message` or `HTTP Error <status>`. */
export class ApiError extends Error {
  constructor(message, status, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** 401 (password needed or wrong) or 403 (not allowed or banned). */
export class AccessError extends ApiError {
  constructor(status, permanent, body) {
    super(status === 401 ? 'The IPC password is needed.' : 'Access denied.', status, body);
    this.permanent = permanent;
  }
}

const accessListeners = new Set();
/** `listener(error)` runs on every 401/403. */
export function onAccessProblem(listener) {
  accessListeners.add(listener);
}

/**
 * Calls `/Api/<path>`; resolves to ASF's envelope (`Result`, `Message`, `Success`) and
 * rejects with `ApiError` when the status is not 200 or `Success` is false.
 */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (password) headers.Authentication = password;
  const init = { method, headers, cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(new URL(`Api/${path}`, webRoot), init);
  } catch {
    throw new ApiError('The server cannot be reached.', 0, null);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (response.status === 401 || response.status === 403) {
    const error = new AccessError(response.status, data?.Result?.Permanent !== false, data);
    for (const listener of accessListeners) listener(error);
    throw error;
  }
  if (!response.ok) {
    throw new ApiError(data?.Message || `HTTP Error ${response.status}`, response.status, data);
  }
  if (data && data.Success === false) {
    throw new ApiError(data.Message || 'Failed!', response.status, data);
  }
  return data ?? {};
}

/** `Result` of a successful call. */
export async function result(method, path, body) {
  return (await call(method, path, body)).Result;
}

/** A path segment for a bot name or selector. */
export function seg(text) {
  return encodeURIComponent(text);
}

/** The log websocket's URL (browsers cannot send headers there, so `password` rides along). */
export function logSocketUrl() {
  const url = new URL('Api/NLog', webRoot);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (password) url.searchParams.set('password', password);
  return url;
}
