// The charts, drawn with TradingView's lightweight-charts (embedded from npm at build time; see docs/dashboard.md).
import { createChart, CandlestickSeries, LineSeries, createSeriesMarkers, ColorType } from './lightweight-charts.mjs';

const Theme = {
  layout: { background: { type: ColorType.Solid, color: '#161a22' }, textColor: '#c9d1d9' },
  grid: { vertLines: { color: '#222834' }, horzLines: { color: '#222834' } },
  timeScale: { timeVisible: true, secondsVisible: false },
  rightPriceScale: { borderColor: '#2a2f3a' },
  autoSize: true,
};

const seconds = t => Math.floor(new Date(t).getTime() / 1000);

/** A candlestick chart with fills as arrows and working orders as price lines. */
export class CandleChart {
  constructor(container) {
    this.chart = createChart(container, Theme);
    this.series = this.chart.addSeries(CandlestickSeries, { upColor: '#26a69a', downColor: '#ef5350', borderVisible: false, wickUpColor: '#26a69a', wickDownColor: '#ef5350' });
    this.markers = createSeriesMarkers(this.series, []);
    this.lines = [];
  }

  /** bars: [{time, open, high, low, close}]; fills: [{executedAt, side, price, quantity}]; working: [{side, limitPrice|stopPrice, orderId}]. */
  show(bars, fills, working) {
    const data = bars.map(b => ({ time: seconds(b.time), open: b.open, high: b.high, low: b.low, close: b.close }));
    this.series.setData(data);
    const times = data.map(d => d.time);
    // A fill is marked on the bar it happened in: the last bar opened at or before it.
    const barOf = t => { let lo = 0, hi = times.length - 1, at = -1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (times[mid] <= t) { at = mid; lo = mid + 1; } else hi = mid - 1; } return at; };
    const marks = [];
    for (const f of fills) {
      const i = barOf(seconds(f.executedAt));
      if (i < 0) continue;
      const buy = f.side === 'buy';
      marks.push({ time: times[i], position: buy ? 'belowBar' : 'aboveBar', color: buy ? '#4fc3f7' : '#ffb74d', shape: buy ? 'arrowUp' : 'arrowDown',
        text: `${buy ? 'B' : 'S'} ${f.quantity}@${f.price}` });
    }
    marks.sort((a, b) => a.time - b.time);
    this.markers.setMarkers(marks);
    for (const line of this.lines) this.series.removePriceLine(line);
    this.lines = working.filter(o => (o.limitPrice ?? o.stopPrice) !== null && (o.limitPrice ?? o.stopPrice) !== undefined).map(o => this.series.createPriceLine({
      price: o.limitPrice ?? o.stopPrice, color: o.side === 'buy' ? '#4fc3f7' : '#ffb74d', lineStyle: 2, lineWidth: 1, axisLabelVisible: true,
      title: `${o.side} ${o.leavesQuantity ?? o.quantity} (${o.orderId})`,
    }));
    return marks.length;
  }

  fit() { this.chart.timeScale().fitContent(); }
}

/** One line per currency: an account's equity over time. */
export class EquityChart {
  constructor(container) {
    this.chart = createChart(container, Theme);
    this.series = new Map();
  }

  /** points: Map currency → [{time: ms, value}] */
  show(points) {
    const colors = ['#9ecbff', '#7ee787', '#ffb74d', '#d2a8ff'];
    for (const [currency, values] of points) {
      if (!this.series.has(currency))
        this.series.set(currency, this.chart.addSeries(LineSeries, { color: colors[this.series.size % colors.length], lineWidth: 2, title: currency }));
      const seen = new Map();
      for (const p of values) seen.set(Math.floor(p.time / 1000), p.value);
      this.series.get(currency).setData([...seen].map(([time, value]) => ({ time, value })));
    }
    this.chart.timeScale().fitContent();
  }

  remove() { this.chart.remove(); }
}
