// Risk: each account's limits, trading state and usage; kill switches (engaging one asks first); circuit breakers.
import { api } from './api.js';
import { el, panel, fill, table, confirmAction, errorText } from './dom.js';
import { num, utc } from './format.js';

let accountsBody, killBody, breakersBody;

export function init(page) {
  accountsBody = panel(page, 'risk-accounts', 'Accounts: trading state and limits', { wide: true });
  killBody = panel(page, 'risk-kill', 'Kill switches');
  breakersBody = panel(page, 'risk-breakers', 'Circuit breakers');
}

export async function load() {
  await Promise.allSettled([accounts(), kills(), breakers()]);
}

const limitText = limits => Object.entries(limits).filter(([, v]) => v !== null).map(([k, v]) => `${k} ${num(v)}`).join(' · ') || 'none';

async function accounts() {
  const { accounts: list } = await api('/api/accounts');
  const views = await Promise.all(list.map(a => api(`/api/risk/${encodeURIComponent(a.accountId)}`)));
  fill(accountsBody, table([
    ['account', r => r.accountId], ['state', r => r.state, { cls: r => r.state.toLowerCase() === 'active' ? 'ok' : 'bad' }], ['reason', r => r.stateReason ?? ''],
    ['limits', r => `${r.defaultLimits ? '(defaults) ' : ''}${limitText(r.limits)}`, { cls: () => 'wrap' }],
    ['open orders', r => num(r.openOrders), { num: true }], ['orders last second', r => num(r.ordersLastSecond), { num: true }],
    ['strategies', r => Object.entries(r.strategyStates).map(([k, v]) => `${k}: ${v}`).join(', ')]],
  views, 'no accounts'));
}

async function kills() {
  const k = await api('/api/risk/kill-switches');
  const scope = el('select', { name: 'scope', id: 'kill-scope' }, ['all', 'account', 'strategy'].map(s => el('option', { value: s }, s)));
  const target = el('input', { name: 'target', id: 'kill-target', placeholder: 'account or strategy id', size: 16 });
  const reason = el('input', { name: 'reason', id: 'kill-reason', value: 'engaged from the dashboard', size: 24 });
  const message = el('div', { id: 'kill-message' });
  const body = () => ({ ...(scope.value === 'all' ? { all: true } : { [scope.value]: target.value }), reason: reason.value, by: 'dashboard' });
  const what = () => scope.value === 'all' ? 'the whole cluster' : `${scope.value} ${target.value}`;
  const engage = async e => {
    e.preventDefault();
    if (!await confirmAction(`Engage the kill switch for ${what()}? Every working order in scope is cancelled and its strategies are stopped.`)) {
      message.replaceChildren(el('div', { class: 'muted' }, 'not engaged'));
      return;
    }
    try {
      await api('/api/risk/kill', { method: 'POST', body: body() });
      message.replaceChildren(el('div', { class: 'note' }, `kill switch engaged for ${what()}`));
      kills();
    } catch (err) {
      message.replaceChildren(el('div', { class: 'error' }, `${err.message} (${err.code})`));
    }
  };
  const release = async view => {
    const scoped = view.scope === 'Cluster' || !view.account && !view.strategy ? { all: true } : view.strategy ? { strategy: view.strategy } : { account: view.account };
    if (!await confirmAction(`Release the kill switch ${view.id}? Trading in its scope may resume.`)) return;
    try {
      await api('/api/risk/kill/release', { method: 'POST', body: { ...scoped, reason: 'released from the dashboard', by: 'dashboard' } });
      kills();
    } catch (err) {
      message.replaceChildren(el('div', { class: 'error' }, errorText(err)));
    }
  };
  fill(killBody, el('div', {}, k.clusterWide ? el('b', { class: 'bad' }, 'cluster-wide kill switch engaged') : el('span', { class: 'ok' }, 'no cluster-wide kill switch')),
    table([['scope', v => v.scope], ['by', v => v.by], ['reason', v => v.reason], ['engaged (UTC)', v => utc(v.engagedAt)],
      ['', v => el('button', { onclick: () => release(v) }, 'Release')]], k.engaged, 'no kill switch engaged'),
    el('form', { class: 'filters', id: 'kill-form', onsubmit: engage }, el('label', {}, 'scope', scope), el('label', {}, 'id', target),
      el('label', {}, 'reason', reason), el('button', { type: 'submit', class: 'danger', id: 'kill-engage' }, 'Engage kill switch…')), message);
}

async function breakers() {
  const { breakers: rows } = await api('/api/risk/breakers');
  fill(breakersBody, table([['instrument', r => r.instrument], ['state', r => r.state, { cls: r => r.state === 'trading' ? 'ok' : 'bad' }],
    ['halted until (UTC)', r => r.haltedUntil ? utc(r.haltedUntil) : ''], ['reason', r => r.reason ?? ''],
    ['rule', r => `a move of ${num(r.maxMove * 100)}% within ${num(r.windowSeconds)} s halts for ${num(r.coolOffSeconds)} s`, { cls: () => 'wrap' }]],
  rows, 'no instruments listed'));
}
