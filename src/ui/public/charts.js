// @ts-check
// Charts of the dashboard, drawn with uPlot (a small canvas chart library, served by the gateway from node_modules at
// /review/vendor/; loaded on the dashboard only). Every chart has its figures in a table beside it: the canvas is for
// the eye, the table for screen readers, copying and tests.
import { h } from './dom.js';

const COLORS = {
  released: '#116329',
  rejected: '#a40e26',
  expired: '#b35900',
  escalated: '#6639ba',
  holds: '#0b5cad',
  postHoc: '#7aa7d8',
  p50: '#0b5cad',
  p90: '#a40e26',
};

let loading;

/** uPlot, loaded once (a classic script: the library's minified build is an IIFE that defines `uPlot`). */
export function chartLibrary() {
  loading ??= new Promise((resolve, reject) => {
    document.head.append(h('link', { rel: 'stylesheet', href: '/review/vendor/uPlot.min.css' }));
    const script = h('script', { src: '/review/vendor/uPlot.iife.min.js' });
    script.addEventListener('load', () => resolve(/** @type {any} */ (window).uPlot));
    script.addEventListener('error', () => reject(new Error('the chart library did not load')));
    document.head.append(script);
  });
  return loading;
}

export function color(name) {
  return COLORS[name] ?? '#59636e';
}

/** A figure: title, the chart (hidden from screen readers: the table says it all), its table. */
export function figure(title, chartEl, table, id) {
  return h(
    'section',
    { class: 'chart', id, 'aria-label': title },
    h('h3', {}, title),
    h('div', { class: 'plot', 'aria-hidden': 'true' }, chartEl),
    h('details', { class: 'figures' }, h('summary', {}, 'Figures'), table),
  );
}

export function table(head, rows) {
  return h(
    'table',
    { class: 'figures' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: 'num' }, c))),
        ),
      ),
    ),
  );
}

/**
 * Bars over categories: one series, or two side by side.
 * @param {HTMLElement} el @param {string[]} labels @param {{ label: string, values: number[], color: string }[]} series
 */
export function barChart(uPlot, el, labels, series, width) {
  const idx = labels.map((_, i) => i);
  const two = series.length > 1;
  return new uPlot(
    {
      width,
      height: 180,
      legend: { show: two, live: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] } },
      axes: [
        { splits: () => idx, values: (_u, splits) => splits.map((i) => labels[i] ?? ''), grid: { show: false } },
        { values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')), size: 40 },
      ],
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.label,
          fill: s.color,
          stroke: s.color,
          width: 0,
          points: { show: false },
          paths: uPlot.paths.bars({ size: [two ? 0.35 : 0.6, 60], align: two ? (i === 0 ? -1 : 1) : 0 }),
        })),
      ],
    },
    [idx, ...series.map((s) => s.values)],
    el,
  );
}

/**
 * Lines over UTC days.
 * @param {HTMLElement} el @param {string[]} dates "YYYY-MM-DD" @param {{ label: string, values: (number|null)[], color: string }[]} series
 * @param {(v: number) => string} [format] y-axis labels (default: whole numbers)
 */
export function dayChart(uPlot, el, dates, series, width, format) {
  const x = dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
  return new uPlot(
    {
      width,
      height: 200,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { y: { range: (_u, _min, max) => [0, Math.max(1, (max ?? 0) * 1.15)] } },
      axes: [{}, { values: (_u, splits) => splits.map((v) => (format ? format(v) : Number.isInteger(v) ? String(v) : '')), size: format ? 56 : 40 }],
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: dates.length <= 45, size: 5 }, spanGaps: false }))],
    },
    [x, ...series.map((s) => s.values)],
    el,
  );
}
