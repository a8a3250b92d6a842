// Algos: the parent orders execution algorithms work (TWAP, ...): how much is filled and remaining as a bar, the average
// price against the arrival price (slippage in bps, positive when it cost the trader), and pause, resume and cancel behind a
// confirmation for the roles that may act (trader, admin). The tab shows only for roles that may read parents. The list is the
// read side's, newest first, a page at a time (keyset pages like the orders blotter's); the page shown is read again every 5 s.
import { api, session } from './api.js';
import { el, panel, fill, table, confirmAction, errorText } from './dom.js';
import { num, signClass, utc } from './format.js';

const MayAct = new Set(['trader', 'admin']);
// What a parent in each status can still be asked to do.
const Actions = { working: ['pause', 'cancel'], pending: ['pause', 'cancel'], paused: ['resume', 'cancel'] };

const PageSize = 50;
let listBody, message, timer = null;
// The cursor of each older page opened, in the order they were opened; empty on the first page.
let cursors = [];

export function init(page) {
  listBody = panel(page, 'algo-list', 'Parent orders (execution algorithms)', { wide: true });
}

// Who may read parents (GET /api/algos needs account read: not the market-data role). Asked of the session, not of the list,
// which is read only when the tab is opened.
const MayRead = new Set(['viewer', 'trader', 'risk', 'admin']);

/** The page exists for callers whose role may read parent orders. */
export async function available() {
  try {
    return MayRead.has((await session()).role);
  } catch {
    return false;
  }
}

export async function load() {
  await list();
}

export function show(on) {
  clearInterval(timer);
  if (on) timer = setInterval(() => list().catch(() => null), 5000);
}

function progress(a) {
  const share = a.quantity > 0 ? Math.min(1, Number(a.filled) / Number(a.quantity)) : 0;
  return el('div', { class: 'progress', title: `${num(a.filled)} filled, ${num(a.remaining)} remaining of ${num(a.quantity)}`, 'data-filled': share.toFixed(4) },
    el('div', { class: 'done', style: `width: ${(share * 100).toFixed(1)}%` }),
    el('span', {}, `${num(a.filled)} / ${num(a.quantity)} · ${num(share * 100, 1)}%`));
}

async function list() {
  const p = new URLSearchParams({ limit: PageSize });
  if (cursors.length) p.set('before', cursors[cursors.length - 1]);
  const [{ algos, next }, me] = await Promise.all([api(`/api/algos?${p}`), session()]);
  const mayAct = MayAct.has(me?.role);
  message ??= el('div', { id: 'algo-message' });
  const buttons = a => mayAct ? (Actions[a.status] ?? []).map(action =>
    el('button', { class: action === 'cancel' ? 'danger' : null, 'data-action': action, onclick: () => act(a, action) }, action[0].toUpperCase() + action.slice(1) + '…')) : '';
  fill(listBody, table([
    ['algo', a => a.algoId], ['type', a => a.type], ['account', a => a.accountId], ['instrument', a => a.instrument], ['side', a => a.side],
    ['status', a => a.status + (a.pauseReason ? ` (${a.pauseReason})` : ''), { cls: a => a.status === 'working' ? 'ok' : a.status === 'paused' ? 'bad' : 'muted' }],
    ['filled / quantity', progress], ['remaining', a => num(a.remaining), { num: true }],
    ['avg price', a => Number(a.filled) > 0 ? num(a.averagePrice) : '—', { num: true }], ['arrival', a => num(a.arrivalPrice), { num: true }],
    ['slippage (bps)', a => Number(a.filled) > 0 ? num(a.slippageBps, 2) : '—', { num: true, cls: a => signClass(-a.slippageBps) }],
    ['slices', a => num(a.slices), { num: true }], ['window (UTC)', a => `${utc(a.start)} → ${utc(a.end)}`], ['', buttons]],
  algos, 'no parent orders: submit one with POST /api/algos or hive ctl algo submit', { key: a => a.algoId }), pager(next), message);
}

function pager(next) {
  return el('div', { class: 'filters', id: 'algo-pager' },
    el('button', { 'data-pager': 'newer', disabled: !cursors.length, onclick: () => { cursors.pop(); list(); } }, '← newer'),
    el('button', { 'data-pager': 'older', disabled: !next, onclick: () => { cursors.push(next); list(); } }, 'older →'),
    el('span', { class: 'muted' }, cursors.length ? `page ${cursors.length + 1}` : 'first page'));
}

async function act(a, action) {
  const consequence = { pause: 'It places no more children until resumed.', resume: 'It goes on placing children on its schedule.',
    cancel: 'Its working child is cancelled and it places no more; what is filled stays filled.' }[action];
  if (!await confirmAction(`${action[0].toUpperCase() + action.slice(1)} algo ${a.algoId} (${a.side} ${num(a.quantity)} ${a.instrument})? ${consequence}`)) {
    message.replaceChildren(el('div', { class: 'muted' }, `${a.algoId}: not ${action === 'cancel' ? 'cancelled' : action + 'd'}`));
    return;
  }
  try {
    await api(`/api/algos/${encodeURIComponent(a.algoId)}/${action}`, { method: 'POST', body: { reason: `${action} from the dashboard` } });
    message.replaceChildren(el('div', { class: 'note' }, `${a.algoId}: ${action} sent`));
  } catch (err) {
    message.replaceChildren(el('div', { class: 'error' }, `${errorText(err)} (${err.code})`));
  }
  await list();
}
