// Numbers, money and times as the dashboard shows them: thousands separators, each currency's precision, UTC said out loud.
const CurrencyDigits = { USD: 2, EUR: 2, GBP: 2, JPY: 0, USDT: 2, USDC: 2, BTC: 8, ETH: 6 };
const formats = new Map();

function formatter(min, max) {
  const key = `${min}:${max}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max }));
  return formats.get(key);
}

export function isBlank(v) { return v === null || v === undefined || v === ''; }

/** A quantity or price: thousands separators, up to 8 decimals, no trailing zeros. */
export function num(v, maxDigits = 8) { return isBlank(v) ? '—' : formatter(0, maxDigits).format(Number(v)); }

/** An amount of money in its currency's precision. */
export function money(v, currency) {
  if (isBlank(v)) return '—';
  const digits = CurrencyDigits[currency] ?? 2;
  return formatter(digits, digits).format(Number(v));
}

export function signClass(v) { return isBlank(v) || Number(v) === 0 ? '' : Number(v) > 0 ? 'pos' : 'neg'; }

/** A time in UTC, to the second: 2024-01-02 14:30:00 UTC. */
export function utc(v) {
  if (isBlank(v)) return '—';
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}

export function day(v) { return isBlank(v) ? '—' : new Date(v).toISOString().slice(0, 10); }
