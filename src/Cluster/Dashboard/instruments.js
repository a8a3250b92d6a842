// Instruments: the catalog with each venue's last price and state, and a candlestick chart of the chosen instrument with its
// fills and working orders marked. The chart follows the venue: it reloads on the instrument's fills and every few seconds.
import { api, on } from './api.js';
import { el, panel, fill, table, throttle } from './dom.js';
import { num, utc } from './format.js';

// The chart library (200 KB) is loaded when a chart is first drawn, so the other pages never wait for it.
const charts = () => import('./chart.js');

const Working = ['New', 'Accepted', 'Triggered', 'PartiallyFilled', 'PendingCancel', 'PendingReplace'];
let listBody, chartBody, chart, holder, caption;
let selected = null;
let visible = false;
let timer = null;

export function init(page) {
  listBody = panel(page, 'inst-list', 'Instruments', { wide: true });
  chartBody = panel(page, 'inst-chart', 'Chart', { wide: true });
  on('fill', f => { if (visible && f.instrument === selected) drawSoon(); });
  on('order', o => { if (visible && o.instrument === selected) drawSoon(); });
}

export function show(on) {
  visible = on;
  clearInterval(timer);
  if (on) timer = setInterval(() => { listSoon(); drawSoon(); }, 3000);
}

export async function load() {
  await list();
  if (selected) await draw();
}

async function list() {
  const { instruments } = await api('/api/instruments');
  if (!selected) selected = instruments.find(i => i.lastPrice !== null)?.instrument ?? instruments[0]?.instrument ?? null;
  fill(listBody, table([
    ['instrument', i => i.instrument], ['class', i => i.assetClass], ['quote', i => i.quoteCurrency], ['last price', i => num(i.lastPrice), { num: true }],
    ['last bar (UTC)', i => utc(i.lastBarTime)], ['working orders', i => num(i.workingOrders), { num: true }],
    ['venue', i => i.lastBarTime ? 'trading' : 'no bars yet'], ['tick', i => num(i.tickSize), { num: true }]],
  instruments, 'no instruments listed', { onRow: i => { selected = i.instrument; draw(); }, key: i => i.instrument }));
}

const listSoon = throttle(() => list(), 2000);
const drawSoon = throttle(() => draw(), 1000);

async function draw() {
  if (!selected) { fill(chartBody, el('div', { class: 'empty' }, 'no instrument to chart')); return; }
  const id = encodeURIComponent(selected);
  const { CandleChart } = await charts();
  const [bars, fills, ...working] = await Promise.all([
    api(`/api/instruments/${id}/bars?limit=300`), api(`/api/fills?instrument=${id}&limit=500`),
    ...Working.map(s => api(`/api/orders?instrument=${id}&status=${s}&limit=100`))]);
  if (!holder || holder.dataset.instrument !== selected) {
    caption = el('div', { class: 'muted' });
    holder = el('div', { class: 'chart', id: 'candles', 'data-instrument': selected });
    fill(chartBody, el('h3', {}, selected), caption, holder);
    chart = new CandleChart(holder);
    holder.dataset.fitted = '';
  }
  if (!bars.bars.length) {
    caption.textContent = `no bars yet: the venue has not received any (${bars.interval ?? 'no series in the lake'})`;
    return;
  }
  const marked = chart.show(bars.bars, fills.fills, working.flatMap(w => w.orders));
  if (!holder.dataset.fitted) { chart.fit(); holder.dataset.fitted = 'yes'; }
  const last = bars.bars[bars.bars.length - 1];
  caption.textContent = `${bars.interval} bars up to ${utc(bars.lastBarTime)} · last close ${num(last.close)} · ${num(marked)} fills marked · ${num(working.reduce((s, w) => s + w.count, 0))} working orders`;
  holder.dataset.bars = String(bars.bars.length);
  holder.dataset.markers = String(marked);
}
