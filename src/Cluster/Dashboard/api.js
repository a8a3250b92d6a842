// Every request the page makes goes through api(), and the live stream is opened in one place (connect()). The page signs
// in once with an API key (POST /api/session sets an HttpOnly cookie the node accepts like the X-Hive-Token header), so
// script never holds the key and the event stream, which cannot send headers, carries it too.

export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

function askKey(problem) {
  const dialog = document.getElementById('token-dialog');
  const input = document.getElementById('token-input');
  document.getElementById('token-problem').textContent = problem ?? '';
  input.value = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' && input.value ? input.value.trim() : null), { once: true });
    dialog.showModal();
  });
}

async function signIn(key) {
  const response = await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key }) });
  return response.ok;
}

let signingIn = null;

/** One sign-in dialog at a time, however many requests were refused together; asks again after a wrong key. */
function ensureSignedIn() {
  signingIn ??= (async () => {
    let problem = null;
    for (;;) {
      const key = await askKey(problem);
      if (!key) throw new ApiError(401, 'unauthorized', 'this page needs an API key');
      if (await signIn(key)) return;
      problem = 'That key was not accepted (unknown, rotated or revoked).';
    }
  })().finally(() => { signingIn = null; });
  return signingIn;
}

/** Signs the page in first if the node does not know it yet (asking says so without a refusal in the console). */
export async function signInIfNeeded() {
  const known = await window.hiveSession;
  if (!known?.signedIn) await ensureSignedIn();
}

let caller = null;

/** Who the page is signed in as ({name, role, accounts}), asked once: pages offer actions only to roles that may take them. */
export function session() {
  caller ??= Promise.resolve(window.hiveSession).then(known => known?.signedIn ? known : api('/api/session'))
    .catch(e => { caller = null; throw e; });
  return caller;
}

/** The answer to the shown page's first request if the page's first script asked it already (index.html): taken once. */
function askedEarly(path) {
  const first = window.hiveFirst;
  if (first?.path !== path) return null;
  window.hiveFirst = null;
  return first.response;
}

/** GET when no body is given, else an action (POST/PUT). Answers the JSON body or throws ApiError {code, message}; a 401 asks
 * for a key once and tries again. */
export async function api(path, { method, body } = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const early = attempt === 0 && method === undefined && body === undefined ? await askedEarly(path) : null;
    const response = early ?? await fetch(path, { method: method ?? 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (response.status === 401 && attempt === 0) { await ensureSignedIn(); continue; }
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
  // The node ended the stream because the key no longer grants what it did: sign in again if it asks, then start over.
  source.addEventListener('grants-changed', () => {
    source.close();
    emit('closed');
    signInIfNeeded().catch(() => null).finally(() => { connect(); emit('resync', { reason: 'grants changed' }); });
  });
  return source;
}
