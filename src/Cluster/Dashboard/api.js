// Every request the page makes goes through api(), and the live stream is opened in one place (connect()): when the node's
// credentials change, this file is the one to change. Actions send the admin token, asked for once per tab.
const TokenKey = 'hive.adminToken';
const TokenHeader = 'X-Hive-Token';

export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

function askToken() {
  const dialog = document.getElementById('token-dialog');
  const input = document.getElementById('token-input');
  input.value = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' && input.value ? input.value.trim() : null), { once: true });
    dialog.showModal();
  });
}

async function token() {
  let t = sessionStorage.getItem(TokenKey);
  if (!t) {
    t = await askToken();
    if (!t) throw new ApiError(0, 'no-token', 'this action needs the admin token');
    sessionStorage.setItem(TokenKey, t);
  }
  return t;
}

/** GET when no body is given; an action (POST/PUT) carries the admin token. Answers the JSON body or throws ApiError {code, message}. */
export async function api(path, { method, body } = {}) {
  const action = method !== undefined && method !== 'GET';
  for (let attempt = 0; ; attempt++) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (action) headers[TokenHeader] = await token();
    const response = await fetch(path, { method: method ?? 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (response.status === 401 && action && attempt === 0) { sessionStorage.removeItem(TokenKey); continue; }
    if (!response.ok) throw new ApiError(response.status, json?.code ?? `http-${response.status}`, json?.message ?? (text || response.statusText));
    return json;
  }
}

const listeners = new Map();

/** Subscribes to one of the stream's events: order, fill, account, strategy, member, resync, and 'open'/'closed' for the connection. */
export function on(name, fn) {
  if (!listeners.has(name)) listeners.set(name, []);
  listeners.get(name).push(fn);
}

function emit(name, data) { for (const fn of listeners.get(name) ?? []) fn(data); }

/** Opens the live stream; the browser reconnects by itself after a drop (the server asks for 2 s), and the page resyncs then. */
export function connect() {
  const source = new EventSource('/api/events');
  let wasOpen = false;
  source.onopen = () => { emit('open'); if (wasOpen) emit('resync', { reason: 'reconnected' }); wasOpen = true; };
  source.onerror = () => emit('closed');
  for (const name of ['order', 'fill', 'account', 'strategy', 'member', 'resync'])
    source.addEventListener(name, e => emit(name, JSON.parse(e.data)));
  return source;
}
