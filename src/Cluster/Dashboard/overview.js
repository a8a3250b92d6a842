// Overview: readiness, the cluster's members as a map with their shard regions, the counters that matter, the read side's
// lag, and the sample-data and replay status.
import { api, on } from './api.js';
import { el, panel, fill, table, throttle, errorText } from './dom.js';
import { num, utc } from './format.js';

let bodies;
const recentOrders = [];

export function init(page) {
  bodies = {
    ready: panel(page, 'ov-ready', 'Readiness'),
    status: panel(page, 'ov-status', 'Sample data and replay'),
    members: panel(page, 'ov-members', 'Cluster members', { wide: true }),
    counters: panel(page, 'ov-counters', 'Orders, rejections and denials'),
    lag: panel(page, 'ov-lag', 'Read side (projection lag)'),
  };
  on('member', throttle(() => load().catch(() => null), 1000));
  on('order', o => { if (o.status === 'New' || o.status === 'Accepted') recentOrders.push(Date.now()); });
}

// The whole page is one read (/api/overview): what the node keeps current, so it answers in a few ms and paints in one round trip.
export async function load() {
  let o;
  try {
    o = await api('/api/overview');
  } catch (e) {
    for (const body of Object.values(bodies)) fill(body, el('b', { class: 'bad' }, 'node unreachable: ' + errorText(e)));
    throw e;
  }
  ready(o.ready);
  status(o.data, o.paper);
  members(o.members, o.shards, o.shardsProblem);
  counters(o.counters);
}

function ready(r) {
  fill(bodies.ready, el('div', {}, el('b', { class: r.ready ? 'ok' : 'bad', id: 'ready-state' }, r.ready ? 'ready' : 'not ready'), ' ', el('span', { class: 'muted' }, r.detail ?? '')),
    el('dl', { class: 'kv' }, el('dt', {}, 'member status'), el('dd', {}, r.memberStatus ?? '—'),
      el('dt', {}, 'shard regions'), el('dd', {}, r.regionsStarted ? 'started' : 'not started'),
      el('dt', {}, 'journal'), el('dd', {}, r.journalReachable ? 'reachable' : 'unreachable')));
}

function status(data, paper) {
  fill(bodies.status, el('dl', { class: 'kv' },
    el('dt', {}, 'sample data'), el('dd', { id: 'data-status' }, data.status),
    el('dt', {}, 'paper demo'), el('dd', { id: 'paper-status' }, paper.status),
    el('dt', {}, 'bars replayed'), el('dd', {}, num(paper.barsReplayed)),
    el('dt', {}, 'demo account'), el('dd', {}, paper.account)));
}

function members(m, shards, shardsProblem) {
  document.getElementById('node').textContent = m.self;
  const perNode = new Map();
  for (const region of shards?.regions ?? [])
    for (const n of region.nodes) {
      if (!perNode.has(n.address)) perNode.set(n.address, []);
      perNode.get(n.address).push([region.region, n.shards, n.entities]);
    }
  const cards = m.members.map(member => el('div', { class: member.isLeader ? 'member leader' : 'member' },
    el('div', { class: 'addr' }, member.address, member.isSelf ? ' (this node)' : ''),
    el('div', {}, el('span', { class: member.reachable ? 'ok' : 'bad' }, member.status, member.reachable ? '' : ' · unreachable'),
      member.isLeader ? ' · leader' : '', ' · ', member.roles.filter(r => !r.startsWith('journal-')).join(', ')),
    table([['region', r => r[0]], ['shards', r => num(r[1]), { num: true }], ['entities', r => num(r[2]), { num: true }]],
      perNode.get(member.address) ?? [], shardsProblem ?? 'no shards here')));
  fill(bodies.members, m.members.length ? el('div', { class: 'members' }, cards) : el('div', { class: 'empty' }, 'no members'));
}

function counters(c) {
  const now = Date.now();
  while (recentOrders.length && recentOrders[0] < now - 60_000) recentOrders.shift();
  const refusals = Object.entries(c).filter(([k]) => k.startsWith('rejected/') || k.startsWith('order-rejected/') || k.startsWith('denied/'))
    .sort((a, b) => b[1] - a[1]);
  fill(bodies.counters,
    el('dl', { class: 'kv' }, el('dt', {}, 'orders in the last minute (seen live)'), el('dd', { id: 'orders-per-minute' }, num(recentOrders.length)),
      ...Object.entries(c).filter(([k]) => k === 'fills' || k.startsWith('orders-finished/')).map(([k, v]) => [el('dt', {}, k), el('dd', {}, num(v))])),
    el('h3', {}, 'refused, by code'),
    table([['counter', r => r[0]], ['count', r => num(r[1]), { num: true }]], refusals, 'no rejections or denials'));
  const lag = Object.entries(c).filter(([k]) => k.startsWith('projection/') && k.split('/').length === 3);
  const tags = [...new Set(lag.map(([k]) => k.split('/')[1]))];
  const value = (tag, what) => c[`projection/${tag}/${what}`];
  fill(bodies.lag, table([['tag', t => t], ['events behind', t => num(value(t, 'events-behind')), { num: true }],
    ['seconds since newest event', t => num(value(t, 'seconds-since-newest-event'), 1), { num: true }], ['position', t => num(value(t, 'position')), { num: true }]],
  tags, 'this node runs no projection'), el('div', { class: 'muted' }, `as of ${utc(new Date())}`));
}

export function refresh() { return load().catch(() => null); }
