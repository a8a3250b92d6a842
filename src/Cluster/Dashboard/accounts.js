// Accounts: every account the read side knows, each with balances per currency, positions marked at the last prices,
// realized and unrealized P&L and fees, and an equity curve rebuilt from its fills over the instruments' bars.
import { api, on } from './api.js';
import { el, panel, fill, table, throttle } from './dom.js';
import { money, num, signClass, utc } from './format.js';

// The chart library (200 KB) is loaded when a chart is first drawn, so the other pages never wait for it.
const charts = () => import('./chart.js');

let page;
let list;
const cards = new Map();
let visible = false;

export function init(section) {
  page = section;
  list = panel(page, 'acc-list', 'Accounts', { wide: true });
  on('account', throttle(() => visible && load(), 1000));
  on('fill', f => cards.get(f.accountId)?.refresh());
}

export function show(on) { visible = on; }

export async function load() {
  const { accounts } = await api('/api/accounts');
  fill(list, table([['account', a => a.accountId], ['type', a => a.type], ['leverage', a => num(a.leverage), { num: true }], ['opened', a => utc(a.openedAt)]],
    accounts, 'no accounts yet: open one with POST /api/accounts/{id}/open or `hive ctl account open`'));
  for (const a of accounts) {
    if (!cards.has(a.accountId)) cards.set(a.accountId, card(a.accountId));
    await cards.get(a.accountId).refresh();
  }
}

function card(id) {
  const body = panel(page, `acc-${id}`, `Account ${id}`, { wide: true });
  let drawn = [];
  const refresh = throttle(async () => {
    const a = await api(`/api/accounts/${encodeURIComponent(id)}`);
    const { EquityChart } = await charts();
    const currencies = Object.keys(a.equity);
    const balances = table([
      ['currency', c => c], ['cash', c => money(a.cash[c], c), { num: true }], ['equity', c => money(a.equity[c], c), { num: true }],
      ['buying power', c => money(a.buyingPower[c], c), { num: true }],
      ['realized P&L', c => money(a.realizedPnl[c], c), { num: true, cls: c => signClass(a.realizedPnl[c]) }],
      ['unrealized P&L', c => money(a.unrealizedPnl[c], c), { num: true, cls: c => signClass(a.unrealizedPnl[c]) }],
      ['fees', c => money(a.fees[c], c), { num: true }]], currencies, 'no balances');
    const open = a.positions.filter(p => Number(p.quantity) !== 0);
    const positions = table([
      ['instrument', p => p.instrument], ['quantity', p => num(p.quantity), { num: true }], ['avg cost', p => money(p.averageCost, p.currency), { num: true }],
      ['mark', p => money(p.mark, p.currency), { num: true }], ['market value', p => money(p.marketValue, p.currency), { num: true }],
      ['unrealized', p => money(p.unrealizedPnl, p.currency), { num: true, cls: p => signClass(p.unrealizedPnl) }],
      ['realized', p => money(p.realizedPnl, p.currency), { num: true, cls: p => signClass(p.realizedPnl) }]], open, 'no positions');
    const holder = el('div', { id: `equity-${id}` });
    fill(body, el('div', { class: 'muted' }, `${a.type} account · ${num(a.fillsBooked)} fills booked · as of ${utc(new Date())}`),
      balances, el('h3', {}, 'Positions'), positions, el('h3', {}, 'Equity over time (from its fills, marked at each bar’s close)'), holder);
    // Each refresh draws new charts; the old ones let go of their canvases and listeners.
    for (const old of drawn) old.remove();
    drawn = [];
    const curve = await equityCurve(a);
    const points = [...curve.values()].reduce((n, v) => n + v.length, 0);
    holder.dataset.points = String(points);
    if (!points) { holder.replaceWith(el('div', { class: 'empty' }, 'no fills yet, so no equity curve')); return; }
    // One chart per currency: the instruments' bars may cover different years.
    for (const [currency, values] of curve) {
      const box = el('div', { class: 'chart small' });
      holder.append(el('div', { class: 'muted' }, currency), box);
      const chart = new EquityChart(box);
      chart.show(new Map([[currency, values]]));
      drawn.push(chart);
    }
  }, 2000);
  return { refresh };
}

/** Walks back from today's cash and positions through the account's fills, then forward over each instrument's bars. */
async function equityCurve(account) {
  const { fills } = await api(`/api/fills?account=${encodeURIComponent(account.accountId)}&limit=1000`);
  const instruments = [...new Set(fills.map(f => f.instrument))];
  const quotes = new Map((await api('/api/instruments')).instruments.map(i => [i.instrument, i.quoteCurrency]));
  const curves = new Map();
  for (const instrument of instruments) {
    const currency = quotes.get(instrument);
    // One instrument per currency is charted: with two, each curve would count the currency's cash once more.
    if (!currency || curves.has(currency)) continue;
    const { bars } = await api(`/api/instruments/${encodeURIComponent(instrument)}/bars?limit=1000`);
    const mine = fills.filter(f => f.instrument === instrument).sort((a, b) => new Date(a.executedAt) - new Date(b.executedAt));
    const flow = f => (f.side === 'buy' ? -1 : 1) * f.quantity * f.price - f.fee;
    let cash = Number(account.cash[currency] ?? 0) - mine.reduce((s, f) => s + flow(f), 0);
    let position = Number(account.positions.find(p => p.instrument === instrument)?.quantity ?? 0) - mine.reduce((s, f) => s + (f.side === 'buy' ? f.quantity : -f.quantity), 0);
    let next = 0;
    const points = [];
    for (const bar of bars) {
      const t = new Date(bar.time).getTime();
      while (next < mine.length && new Date(mine[next].executedAt).getTime() <= t) {
        cash += flow(mine[next]);
        position += mine[next].side === 'buy' ? mine[next].quantity : -mine[next].quantity;
        next++;
      }
      points.push({ time: t, value: cash + position * bar.close });
    }
    curves.set(currency, points);
  }
  return curves;
}
