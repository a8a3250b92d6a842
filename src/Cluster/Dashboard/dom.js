// Small DOM helpers: elements, panels with a loading state, tables with an empty state in words.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** A panel in a page: its title and a body that says it is loading until the first data arrives. */
export function panel(page, id, title, { wide = false } = {}) {
  const body = el('div', { id, class: 'loading' }, 'loading…');
  page.append(el('div', { class: wide ? 'panel wide' : 'panel' }, el('h2', {}, title), body));
  return body;
}

/** Replaces a panel body's content. */
export function fill(body, ...children) {
  body.className = '';
  body.replaceChildren(...children.flat());
}

/**
 * A table: columns are [title, cell(row) → text|Node, {num: true}?]; rows that are empty show `empty` in words.
 * `onRow` makes rows clickable.
 */
export function table(columns, rows, empty, { onRow, key, fresh } = {}) {
  if (!rows.length) return el('div', { class: 'empty' }, empty);
  const head = el('tr', {}, columns.map(([title, , o]) => el('th', { class: o?.num ? 'num' : null }, title)));
  const body = rows.map(r => {
    const tr = el('tr', { class: [onRow ? 'clickable' : '', fresh?.has(key?.(r)) ? 'fresh' : ''].join(' ').trim() || null, 'data-key': key?.(r) },
      columns.map(([, cell, o]) => {
        const v = cell(r);
        return el('td', { class: [o?.num ? 'num' : '', typeof o?.cls === 'function' ? o.cls(r) : ''].join(' ').trim() || null }, v);
      }));
    if (onRow) tr.addEventListener('click', () => onRow(r));
    return tr;
  });
  return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
}

export function errorText(e) { return e?.message ?? String(e); }

/** Asks before a consequential action (kill switch, halt); resolves true only when the person confirms. */
export function confirmAction(text) {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-text').textContent = text;
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
  });
}

/** Calls fn at most once per `ms`, the last call winning: live events can come by the hundred. */
export function throttle(fn, ms) {
  let timer = null;
  let again = false;
  return () => {
    if (timer) { again = true; return; }
    fn();
    timer = setTimeout(() => { timer = null; if (again) { again = false; fn(); } }, ms);
  };
}
