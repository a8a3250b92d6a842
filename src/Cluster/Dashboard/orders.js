// Orders and fills: a live blotter from the read side (keyset pages, filters), each order's lifecycle on a click, and the
// latest executions. New and changed orders arrive over the event stream and are merged in place, without a reload.
import { api, on } from './api.js';
import { el, panel, fill, table, throttle, errorText } from './dom.js';
import { money, num, utc } from './format.js';

const PageSize = 50;
const Statuses = ['New', 'Accepted', 'Triggered', 'PartiallyFilled', 'PendingCancel', 'PendingReplace', 'Filled', 'Cancelled', 'Rejected', 'Denied', 'Expired'];
let blotter, lifecycle, fillsBody, filters;
let orders = [];
let next = null;
let cursors = [];
let fills = [];
const fresh = new Set();

export function init(page) {
  const form = el('form', { class: 'filters', id: 'order-filters', onsubmit: e => { e.preventDefault(); cursors = []; load(); } },
    ['account', 'instrument', 'strategy'].map(f => el('label', {}, f, el('input', { name: f, size: 14 }))),
    el('label', {}, 'status', el('select', { name: 'status' }, el('option', { value: '' }, 'any'), Statuses.map(s => el('option', { value: s }, s)))),
    el('button', { type: 'submit' }, 'Filter'));
  blotter = panel(page, 'blotter', 'Orders (newest first)', { wide: true });
  blotter.before(form);
  lifecycle = panel(page, 'lifecycle', 'Order lifecycle');
  fill(lifecycle, el('div', { class: 'empty' }, 'click an order to see its lifecycle'));
  fillsBody = panel(page, 'fills', 'Latest fills');
  filters = form;
  on('order', merge);
  on('fill', f => { fills = [f, ...fills.filter(x => x.tradeId !== f.tradeId)].slice(0, PageSize); renderFills(); });
}

function query() {
  const p = new URLSearchParams({ limit: PageSize });
  for (const [k, v] of new FormData(filters)) if (v) p.set(k, v);
  return p;
}

function matches(o) {
  const f = Object.fromEntries(new FormData(filters));
  return (!f.account || o.accountId === f.account) && (!f.instrument || o.instrument === f.instrument)
    && (!f.strategy || o.strategyId === f.strategy) && (!f.status || o.status === f.status);
}

export async function load() {
  const p = query();
  if (cursors.length) p.set('before', cursors[cursors.length - 1]);
  try {
    const page = await api(`/api/orders?${p}`);
    orders = page.orders;
    next = page.next;
    renderOrders();
  } catch (e) {
    fill(blotter, el('div', { class: 'error' }, errorText(e)));
  }
  const f = await api(`/api/fills?limit=${PageSize}`);
  fills = f.fills;
  renderFills();
}

// Only the first page moves by itself; older pages stay as they were read.
function merge(o) {
  if (cursors.length) return;
  const at = orders.findIndex(x => x.orderId === o.orderId);
  if (at >= 0) orders[at] = { ...orders[at], ...o, fills: orders[at].fills };
  else if (matches(o)) orders = [o, ...orders].slice(0, PageSize);
  else return;
  fresh.add(o.orderId);
  setTimeout(() => fresh.delete(o.orderId), 1500);
  renderSoon();
}

const renderSoon = throttle(() => renderOrders(), 250);

function renderOrders() {
  const pager = el('div', { class: 'filters' },
    el('button', { disabled: !cursors.length, onclick: () => { cursors.pop(); load(); } }, '← newer'),
    el('button', { disabled: !next, onclick: () => { cursors.push(next); load(); } }, 'older →'),
    el('span', { class: 'muted' }, cursors.length ? `page ${cursors.length + 1}` : 'first page, live'));
  fill(blotter, table([
    ['order', o => o.orderId], ['account', o => o.accountId], ['instrument', o => o.instrument], ['side', o => o.side], ['type', o => o.type],
    ['qty', o => num(o.quantity), { num: true }], ['limit', o => num(o.limitPrice), { num: true }], ['filled', o => num(o.filledQuantity), { num: true }],
    ['avg price', o => num(o.averageFillPrice), { num: true }], ['status', o => o.status], ['strategy', o => o.strategyId ?? ''],
    ['submitted (UTC)', o => utc(o.createdAt)]],
  orders, 'no orders match', { onRow: o => show(o.orderId), key: o => o.orderId, fresh }), pager);
}

function renderFills() {
  fill(fillsBody, table([['trade', f => f.tradeId], ['order', f => f.orderId], ['instrument', f => f.instrument], ['side', f => f.side],
    ['qty', f => num(f.quantity), { num: true }], ['price', f => num(f.price), { num: true }], ['fee', f => money(f.fee, f.feeCurrency), { num: true }],
    ['executed (UTC)', f => utc(f.executedAt)]], fills, 'no fills yet'));
}

/** The order's lifecycle as the read side holds it: submitted, each fill, and where it stands now (with the cause when refused). */
let shown = null;
async function show(id) {
  shown = id;
  fill(lifecycle, el('div', { class: 'loading' }, `loading ${id}…`));
  let o;
  try {
    o = await api(`/api/orders/${encodeURIComponent(id)}`);
  } catch (e) {
    if (shown === id) fill(lifecycle, el('div', { class: 'error' }, `${id}: ${errorText(e)}`));
    return;
  }
  if (shown !== id) return; // a later click won
  const steps = [{ at: o.createdAt, what: 'Submitted', detail: `${o.side} ${num(o.quantity)} ${o.instrument} ${o.type}${o.limitPrice ? ' @ ' + num(o.limitPrice) : ''} (${o.timeInForce})` }];
  for (const f of o.fills) steps.push({ at: f.executedAt, what: 'Fill', detail: `${num(f.quantity)} @ ${num(f.price)}, fee ${money(f.fee, f.feeCurrency)} ${f.feeCurrency} (${f.liquidity}, trade ${f.tradeId})` });
  steps.push({ at: o.updatedAt, what: o.status, detail: o.rejectionCode ? `${o.rejectionCode}: ${o.rejectionMessage ?? ''}` : `filled ${num(o.filledQuantity)}, leaves ${num(o.leavesQuantity)}${o.venueOrderId ? ', venue id ' + o.venueOrderId : ''}` });
  fill(lifecycle, el('div', { id: 'lifecycle-of', 'data-order': o.orderId }, el('b', {}, o.orderId), ` · account ${o.accountId}${o.strategyId ? ' · strategy ' + o.strategyId : ''}`),
    table([['time (UTC)', s => utc(s.at)], ['step', s => s.what], ['detail', s => s.detail]], steps, 'no steps'));
}
