// @ts-check
// The team lead's dashboard (#/dashboard): what waits and how close it is to its deadline, decisions per day and how
// fast they came, which methods and lists produce the work, exceptions in force, post-hoc items. All figures come from
// one call, GET /v1/review/dashboard; the charts are drawn with uPlot (charts.js). The dead letters come from their
// own call, beside it (deadletters.js): a failure there leaves the figures standing.
import { get } from './api.js';
import { $, h, say } from './dom.js';
import { barChart, chartLibrary, color, dayChart, figure, table } from './charts.js';
import { deadLetterPanel, loadDeadLetters } from './deadletters.js';
import { methodLabel } from './explain.js';
import { duration, when } from './time.js';

const PERIODS = [
  ['7', 'last 7 days'],
  ['30', 'last 30 days'],
  ['90', 'last 90 days'],
  ['366', 'last year'],
];

const DEADLINE_LABELS = { overdue: 'overdue', lt1h: '< 1 h', '1h-4h': '1–4 h', '4h-24h': '4–24 h', gt24h: '> 24 h' };
const AGE_LABELS = { lt1h: '< 1 h', '1h-4h': '1–4 h', '4h-24h': '4–24 h', '1d-3d': '1–3 days', gt3d: '> 3 days' };
const DECISIONS = [
  ['released', 'released'],
  ['rejected', 'rejected'],
  ['expired', 'expired'],
  ['escalated', 'escalated'],
];

/** Milliseconds as hours, for a chart's scale (round ticks: 0.5 h, 2 h, 12 h); null stays a gap. */
const hours = (v) => (v === null || v === undefined ? null : v / 3_600_000);
const ms = (v) => (v === null || v === undefined ? '—' : duration(v));
/** A duration in at most two units, the second only where it matters: "42m", "1h 19m", "18h", "2d 3h". */
function short(v) {
  if (v === null || v === undefined) return '—';
  const m = Math.round(v / 60_000);
  if (m < 60) return `${m}m`;
  if (m < 600) return `${Math.floor(m / 60)}h ${m % 60}m`;
  if (m < 2880) return `${Math.round(m / 60)}h`;
  return `${Math.floor(m / 1440)}d ${Math.round((m % 1440) / 60)}h`;
}
const plural = (n, one, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function tile(id, title, big, ...lines) {
  return h(
    'section',
    { class: 'tile', id, 'aria-label': title },
    h('h3', {}, title),
    h('p', { class: 'big' }, big),
    lines.filter(Boolean).map((l) => h('p', { class: 'muted' }, l)),
  );
}

function tiles(d) {
  const w = d.waiting;
  const p = d.period;
  const overdue = w.byDeadline.find((b) => b.bucket === 'overdue');
  const ttd = p.timeToDecision;
  return h(
    'div',
    { class: 'tiles' },
    tile(
      'tile-waiting',
      'Holds waiting',
      w.holds.toLocaleString(),
      `${plural(overdue?.holds ?? 0, 'overdue', 'overdue')} · ${plural(w.escalated, 'escalated', 'escalated')}`,
      w.oldestReceivedAt ? `oldest received ${when(w.oldestReceivedAt)}` : 'none waiting',
      w.nextDeadline ? `next deadline ${when(w.nextDeadline)}` : null,
    ),
    tile(
      'tile-decided',
      `Decided, ${d.days === 1 ? 'today' : `last ${d.days} days`}`,
      (p.released + p.rejected + p.expired).toLocaleString(),
      `${p.released} released · ${p.rejected} rejected · ${p.expired} expired`,
      `${plural(p.escalated, 'escalation')} · ${p.rejectedAtOnce} rejected at once by the policy`,
    ),
    tile(
      'tile-ttd',
      'Time to decision',
      `${short(ttd.p50Ms)} / ${short(ttd.p90Ms)}`,
      `p50 / p90 from held to released or rejected, ${plural(ttd.decisions, 'decision')}`,
      ttd.meanMs !== null ? `mean ${ms(ttd.meanMs)}` : null,
    ),
    tile(
      'tile-exceptions',
      'Exceptions in force',
      d.exceptions.active.toLocaleString(),
      `${d.exceptions.expiringWithin7Days} expiring within 7 days · ${d.exceptions.expiringWithin30Days} within 30`,
      `${plural(d.exceptions.proposed, 'proposal')} waiting for a second reviewer`,
      d.exceptions.nextExpiry ? `next expiry ${when(d.exceptions.nextExpiry)}` : null,
    ),
    tile(
      'tile-posthoc',
      'Post-hoc items',
      (d.postHoc.open + d.postHoc.paidBeforeListing).toLocaleString(),
      `${d.postHoc.open} of instant payments already released (${d.postHoc.overdue} overdue)`,
      `${d.postHoc.paidBeforeListing} paid before the entry was listed`,
      `findings: ${plural(p.findings.falsePositive, 'false positive')}, ${plural(p.findings.match, 'match', 'matches')}`,
    ),
  );
}

/** Charts need the library and a width: drawn after the layout is in the page. */
function charts(uPlot, d, width) {
  const dates = d.perDay.map((x) => x.date);
  const deadlineLabels = d.waiting.byDeadline.map((b) => DEADLINE_LABELS[b.bucket] ?? b.bucket);
  const ageLabels = d.waiting.byAge.map((b) => AGE_LABELS[b.bucket] ?? b.bucket);
  const parts = [];
  const draw = (title, id, build, tbl) => {
    const el = h('div');
    parts.push({ section: figure(title, el, tbl, id), draw: () => build(el) });
  };
  const two = (rows) => [
    { label: 'holds', values: rows.map((b) => b.holds), color: color('holds') },
    { label: 'post-hoc items', values: rows.map((b) => b.postHoc), color: color('postHoc') },
  ];
  draw(
    'Waiting, by time left to the deadline',
    'chart-deadline',
    (el) => barChart(uPlot, el, deadlineLabels, two(d.waiting.byDeadline), width),
    table(
      ['time left', 'holds', 'post-hoc'],
      d.waiting.byDeadline.map((b, i) => [deadlineLabels[i], b.holds, b.postHoc]),
    ),
  );
  draw(
    'Waiting, by age',
    'chart-age',
    (el) => barChart(uPlot, el, ageLabels, two(d.waiting.byAge), width),
    table(
      ['age', 'holds', 'post-hoc'],
      d.waiting.byAge.map((b, i) => [ageLabels[i], b.holds, b.postHoc]),
    ),
  );
  draw(
    'Decisions per day (UTC)',
    'chart-decisions',
    (el) =>
      dayChart(
        uPlot,
        el,
        dates,
        DECISIONS.map(([k, label]) => ({ label, values: d.perDay.map((x) => x[k]), color: color(k) })),
        width,
      ),
    table(
      ['day', 'held', ...DECISIONS.map(([, l]) => l), 'post-hoc findings'],
      [...d.perDay].reverse().map((x) => [x.date, x.held, x.released, x.rejected, x.expired, x.escalated, x.findings.falsePositive + x.findings.match]),
    ),
  );
  draw(
    'Time to decision per day (p50, p90)',
    'chart-ttd',
    (el) =>
      dayChart(
        uPlot,
        el,
        dates,
        [
          { label: 'p50', values: d.perDay.map((x) => hours(x.timeToDecision.p50Ms)), color: color('p50') },
          { label: 'p90', values: d.perDay.map((x) => hours(x.timeToDecision.p90Ms)), color: color('p90') },
        ],
        width,
        (v) => `${+v.toFixed(2)} h`,
      ),
    table(
      ['day', 'decisions', 'p50', 'p90'],
      [...d.perDay]
        .reverse()
        .filter((x) => x.timeToDecision.decisions > 0)
        .map((x) => [x.date, x.timeToDecision.decisions, ms(x.timeToDecision.p50Ms), ms(x.timeToDecision.p90Ms)]),
    ),
  );
  const methods = d.period.hitsByMethod;
  draw(
    'Hits by method',
    'chart-methods',
    (el) =>
      barChart(
        uPlot,
        el,
        methods.map((m) => m.method),
        [{ label: 'hits', values: methods.map((m) => m.hits), color: color('holds') }],
        width,
      ),
    table(
      ['method', 'hits'],
      methods.map((m) => [methodLabel(m.method), m.hits]),
    ),
  );
  const sources = d.period.hitsBySource;
  draw(
    'Hits by list',
    'chart-sources',
    (el) =>
      barChart(
        uPlot,
        el,
        sources.map((s) => s.source),
        [{ label: 'hits', values: sources.map((s) => s.hits), color: color('holds') }],
        width,
      ),
    table(
      ['list', 'hits'],
      sources.map((s) => [s.source, s.hits]),
    ),
  );
  return parts;
}

export async function renderDashboard(view, ctx, search) {
  const days = new URLSearchParams(search).get('days') ?? '30';
  let d;
  let uPlot;
  let dead;
  try {
    [d, uPlot, dead] = await Promise.all([get(`/v1/review/dashboard?days=${encodeURIComponent(days)}`), chartLibrary(), loadDeadLetters()]);
  } catch (e) {
    say(`Could not load the dashboard: ${e.message}`, 'error');
    return {};
  }
  const period = h(
    'select',
    { id: 'dashboard-days', 'aria-label': 'Period' },
    PERIODS.map(([v, t]) => h('option', { value: v, selected: v === String(d.days) }, t)),
  );
  period.addEventListener('change', () => ctx.navigate(`#/dashboard?days=${period.value}`));
  const grid = h('div', { class: 'charts' });
  view.replaceChildren(
    h(
      'header',
      { class: 'dashboard-head' },
      h('h2', {}, 'Review dashboard'),
      h('label', {}, 'Show ', period),
      h('button', { type: 'button', id: 'dashboard-refresh', onclick: () => ctx.refresh() }, 'Refresh'),
      h('span', { class: 'muted' }, `as of ${when(d.generatedAt)} · days are UTC days`),
    ),
    tiles(d),
    deadLetterPanel(dead),
    grid,
  );
  // two charts a row on a wide screen, one on a narrow one: the width comes from the laid-out grid
  const columns = grid.clientWidth >= 900 ? 2 : 1;
  const width = Math.max(280, Math.floor((grid.clientWidth - (columns - 1) * 16) / columns) - 24);
  const parts = charts(uPlot, d, width);
  grid.replaceChildren(...parts.map((p) => p.section));
  for (const p of parts) p.draw();
  performance.mark('dashboard-rendered');
  return { focus: () => $('#dashboard-days')?.focus() };
}
