// Strategies: the instances with their state, orders and P&L, a start form built from the catalog's parameter descriptors (the
// catalog's own message shows when a value is refused), and stop.
import { api, on } from './api.js';
import { el, panel, fill, table, throttle, errorText } from './dom.js';
import { num, signClass, utc } from './format.js';

let listBody, formBody;
let catalog = [];
let visible = false;
let stale = false;
let loaded = false;

export function init(page) {
  listBody = panel(page, 'strat-list', 'Strategy instances', { wide: true });
  formBody = panel(page, 'strat-start', 'Start a strategy', { wide: true });
  // The list (and a P&L read per instance) reloads on strategy events only while the page shows; hidden, it is marked stale
  // and reloads when shown again.
  on('strategy', throttle(() => { if (visible) list(); else stale = true; }, 500));
}

export function show(on) {
  visible = on;
  if (on && stale && loaded) { stale = false; list(); }
}

export async function load() {
  loaded = true;
  stale = false;
  await Promise.all([list(), form()]);
}

// A strategy's P&L cell: per instrument it traded, the marked P&L (sold − bought + position × last; fees beside it, in the
// venue's fee currency), coloured by sign, with the position and fees on hover.
function pnlCell(p) {
  if (!p) return '—';
  if (!p.instruments.length) return el('span', { class: 'muted' }, 'no fills');
  return p.instruments.map(i => el('div', { class: signClass(i.pnl), 'data-pnl': i.pnl ?? '', title: `position ${num(i.position)}, bought ${num(i.bought)}, sold ${num(i.sold)}, fees ${num(i.fees)}${p.complete ? '' : ' (newest orders only)'}` },
    `${i.instrument} ${i.pnl === null ? 'not marked' : num(i.pnl, 2)}`, el('span', { class: 'muted' }, ` · pos ${num(i.position)} · fees ${num(i.fees, 2)}`)));
}

async function list() {
  const { strategies } = await api('/api/strategies');
  const pnl = new Map(await Promise.all(strategies.map(async s =>
    [s.strategyId, await api(`/api/strategies/${encodeURIComponent(s.strategyId)}/pnl`).catch(() => null)])));
  fill(listBody, table([
    ['strategy', s => s.strategyId], ['kind', s => s.kind], ['account', s => s.accountId],
    ['state', s => s.running ? 'running' : 'stopped', { cls: s => s.running ? 'ok' : 'muted' }],
    ['parameters', s => Object.entries(s.parameters).map(([k, v]) => `${k}=${v}`).join(' ')],
    ['orders issued', s => num(s.ordersIssued), { num: true }], ['P&L at last price', s => pnlCell(pnl.get(s.strategyId))],
    ['starts', s => num(s.starts), { num: true }],
    ['stop reason', s => s.stopReason ?? ''], ['updated (UTC)', s => utc(s.updatedAt)],
    ['', s => s.running ? el('button', { class: 'stop', 'data-strategy': s.strategyId, onclick: e => { e.stopPropagation(); stop(s.strategyId); } }, 'Stop') : '']],
  strategies, 'no strategies yet: start one below', { key: s => s.strategyId }));
}

async function stop(id) {
  try {
    await api(`/api/strategies/${encodeURIComponent(id)}/stop`, { method: 'POST', body: { reason: 'stopped from the dashboard' } });
  } catch (e) {
    listBody.prepend(el('div', { class: 'error' }, errorText(e)));
  }
}

async function form() {
  if (!catalog.length) catalog = (await api('/api/strategies/catalog')).strategies;
  const kind = el('select', { name: 'kind', id: 'start-kind' }, catalog.map(d => el('option', { value: d.name }, d.name)));
  const params = el('div', { class: 'filters', id: 'start-parameters' });
  const summary = el('div', { class: 'muted' });
  const message = el('div', { id: 'start-message' });
  const describe = () => {
    const d = catalog.find(c => c.name === kind.value);
    summary.textContent = d?.summary ?? '';
    params.replaceChildren(...(d?.parameters ?? []).map(p => el('label', { title: p.description },
      `${p.name}${p.default === null ? ' (required)' : ''}`,
      el('input', { name: `param-${p.name}`, 'data-param': p.name, value: p.default ?? '', placeholder: p.default === null ? 'required' : '', size: 12 }))));
  };
  if (catalog.some(d => d.name === 'sma-cross')) kind.value = 'sma-cross';
  kind.addEventListener('change', describe);
  const submit = async e => {
    e.preventDefault();
    const data = new FormData(e.target);
    const d = catalog.find(c => c.name === kind.value);
    // Only values that differ from the catalog's defaults are sent: the strategy then records what was chosen.
    const parameters = {};
    for (const p of d.parameters) {
      const v = String(data.get(`param-${p.name}`) ?? '').trim();
      if (v !== '' && v !== p.default) parameters[p.name] = v;
    }
    message.replaceChildren();
    try {
      await api(`/api/strategies/${encodeURIComponent(data.get('strategyId'))}/start`, { method: 'POST', body: { kind: kind.value, accountId: data.get('accountId'), parameters } });
      message.replaceChildren(el('div', { class: 'note' }, `started ${data.get('strategyId')}`));
      list();
    } catch (err) {
      message.replaceChildren(el('div', { class: 'error' }, `${err.message}${err.code ? ` (${err.code})` : ''}`));
    }
  };
  fill(formBody, el('form', { id: 'start-form', onsubmit: submit },
    el('div', { class: 'filters' },
      el('label', {}, 'strategy id', el('input', { name: 'strategyId', required: true, size: 14 })),
      el('label', {}, 'account', el('input', { name: 'accountId', required: true, value: 'demo', size: 10 })),
      el('label', {}, 'kind', kind)),
    summary, params, el('button', { type: 'submit' }, 'Start'), message));
  describe();
}
