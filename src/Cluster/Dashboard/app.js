// The dashboard's shell: the pages behind the tabs, the live stream's state, and what a resync does (every page reloads).
import { connect, on, signInIfNeeded } from './api.js';
import * as overview from './overview.js';
import * as accounts from './accounts.js';
import * as orders from './orders.js';
import * as instruments from './instruments.js';
import * as strategies from './strategies.js';
import * as risk from './risk.js';
import * as algos from './algos.js';

const Pages = { overview, accounts, orders, instruments, strategies, risk, algos };
const loaded = new Set();

for (const [name, page] of Object.entries(Pages)) page.init(document.getElementById(`page-${name}`));

function current() {
  const name = location.hash.slice(1);
  return Pages[name] ? name : 'overview';
}

function activate() {
  const name = current();
  for (const [other, page] of Object.entries(Pages)) {
    document.getElementById(`page-${other}`).classList.toggle('active', other === name);
    page.show?.(other === name);
  }
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.page === name);
  if (!loaded.has(name)) {
    loaded.add(name);
    Pages[name].load().catch(e => console.warn(`dashboard: ${name} did not load`, e));
  }
}

window.addEventListener('hashchange', activate);

const live = document.getElementById('live');
on('open', () => { live.textContent = 'live'; live.className = 'badge ok'; });
on('closed', () => { live.textContent = 'reconnecting…'; live.className = 'badge bad'; });
on('resync', () => {
  loaded.clear();
  activate();
});
// Signed in first (one dialog, if the node asks for a key), then the pages and the stream, which cannot answer a 401 itself.
// A page that depends on a capability (algos) says whether it is there; its tab shows only then.
function offer() {
  const asked = Object.entries(Pages).filter(([, page]) => page.available).map(([name, page]) =>
    page.available().then(yes => { document.querySelector(`#nav a[data-page='${name}']`).hidden = !yes; }));
  Promise.allSettled(asked).then(() => { document.body.dataset.offered = 'true'; });
}

signInIfNeeded().catch(() => null).finally(() => {
  activate();
  connect();
  offer();
});
setInterval(() => { if (current() === 'overview') overview.refresh(); }, 5000);
