// @ts-check
// The queue: held transactions (or decided ones) with filters, sorting and paging, all done by the API
// (GET /v1/holds takes the same filters), so the page stays quick however many holds wait.
import { get } from './api.js';
import { $, h, say } from './dom.js';
import { age, remaining, shortWhen, when } from './time.js';

const SORTS = { created: 'age', deadline: 'deadline', score: 'score' };
const METHODS = ['iban', 'account', 'bic', 'proxy', 'email', 'domain', 'name', 'lei', 'crypto'];
const FILTERS = ['view', 'kind', 'method', 'minScore', 'claimed', 'escalated', 'entryId', 'serviceLevel', 'sort', 'order', 'limit'];
/** @type {Record<string, string>} */
export const DEFAULT_QUERY = { view: 'open', sort: 'created', limit: '50' };

/** The queue's state survives moving to an item and back: query, page cursors, the loaded page, the selection. */
export const queue = { query: { ...DEFAULT_QUERY }, cursors: [], cursor: undefined, holds: [], total: 0, next: null, selected: 0 };

export function payeeName(hold) {
  const f = hold.transaction.payee.find((p) => p.kind === 'name' && (p.role === 'creditor' || p.role === 'underlyingCreditor'));
  return f ? f.value : (hold.transaction.payee.find((p) => p.kind === 'iban' || p.kind === 'account')?.value ?? '(no payee name)');
}

export function entriesOf(hold) {
  return [...new Set(hold.hits.map((x) => x.entryId))];
}

/** Text and level of the state column: what a reviewer must know before opening the item. */
export function stateBadges(hold, me) {
  const out = [];
  if (hold.postHoc) out.push({ text: 'post-hoc', level: 'info' });
  if (hold.escalated) out.push({ text: 'escalated', level: 'warn' });
  // the latest list change that touched it: reviewers see it before opening the item
  const change = hold.rescreens?.at(-1);
  if (change) out.push(change.allDelisted ? { text: 'all hits delisted', level: 'info' } : { text: 'list changed', level: 'warn' });
  const open = hold.state === 'pending' || hold.state === 'escalated';
  if (!open) {
    out.push({ text: hold.state, level: 'done' });
    return out;
  }
  if (hold.proposal) out.push({ text: `${hold.proposal.reviewer === me ? 'you' : hold.proposal.reviewer} proposed ${hold.proposal.action}`, level: 'warn' });
  if (hold.claimedBy)
    out.push({ text: hold.claimedBy === me ? 'claimed by you' : `claimed by ${hold.claimedBy}`, level: hold.claimedBy === me ? 'info' : 'warn' });
  return out;
}

export function deadlineCell(hold) {
  if (hold.postHoc) return h('span', { class: 'muted' }, 'already forwarded');
  if (hold.state !== 'pending' && hold.state !== 'escalated') return h('span', { class: 'muted' }, '—');
  const r = remaining(hold.deadline);
  return h('time', { datetime: hold.deadline, class: `deadline ${r.level}`, dataset: { deadline: hold.deadline } }, r.text);
}

function queryString(cursor) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (queue.query[k] !== undefined && queue.query[k] !== '') p.set(k, queue.query[k]);
  if (cursor) p.set('cursor', cursor);
  return p.toString();
}

/** Reads the queue query from the hash (#/queue?sort=deadline&…). */
export function readQuery(search) {
  const p = new URLSearchParams(search);
  const q = { ...DEFAULT_QUERY };
  for (const k of FILTERS) if (p.has(k)) q[k] = p.get(k);
  const changed = JSON.stringify(q) !== JSON.stringify(queue.query);
  queue.query = q;
  const cursor = p.get('cursor') ?? undefined;
  if (changed || (!cursor && queue.cursor)) queue.cursors = [];
  queue.cursor = cursor;
}

let early;

/** Starts fetching the current queue page before the session is confirmed (a signed-in tab reopened): one round trip less. */
export function prefetch() {
  const url = `/v1/holds?${queryString(queue.cursor)}`;
  early = { url, page: get(url) };
  early.page.catch(() => {}); // judged when used
}

async function load() {
  const started = performance.now();
  const url = `/v1/holds?${queryString(queue.cursor)}`;
  const pending = early && early.url === url ? early.page : undefined;
  early = undefined;
  const page = await (pending ?? get(url)).catch((e) => (pending ? get(url) : Promise.reject(e)));
  performance.mark('queue-fetched');
  queue.holds = page.holds;
  queue.total = page.total;
  queue.next = page.next;
  queue.selected = Math.min(queue.selected, Math.max(0, page.holds.length - 1));
  return performance.now() - started;
}

function select(options, value, label, name) {
  return h(
    'label',
    {},
    label,
    ' ',
    h(
      'select',
      { name },
      options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text)),
    ),
  );
}

function filterForm(navigate) {
  const q = queue.query;
  const form = h(
    'form',
    { class: 'filters', id: 'filters', 'aria-label': 'Filters and sorting' },
    select(
      [
        ['open', 'open'],
        ['decided', 'decided'],
      ],
      q.view,
      'Show',
      'view',
    ),
    select(
      [
        ['', 'all'],
        ['hold', 'holds'],
        ['post-hoc', 'post-hoc items'],
      ],
      q.kind,
      'Kind',
      'kind',
    ),
    select([['', 'any'], ...METHODS.map((m) => [m, m])], q.method, 'Method', 'method'),
    h('label', {}, 'Min. score ', h('input', { name: 'minScore', type: 'number', min: '0', max: '1', step: '0.01', value: q.minScore ?? '', class: 'narrow' })),
    select(
      [
        ['', 'anyone'],
        ['me', 'me'],
        ['none', 'nobody'],
        ['other', 'others'],
      ],
      q.claimed,
      'Claimed by',
      'claimed',
    ),
    select(
      [
        ['', 'any'],
        ['true', 'escalated'],
        ['false', 'not escalated'],
      ],
      q.escalated,
      'Escalation',
      'escalated',
    ),
    h('label', {}, 'Entry ', h('input', { name: 'entryId', type: 'text', value: q.entryId ?? '', size: '14', spellcheck: 'false' })),
    h('label', {}, 'Service level ', h('input', { name: 'serviceLevel', type: 'text', value: q.serviceLevel ?? '', size: '5', spellcheck: 'false' })),
    select(Object.entries(SORTS), q.sort, 'Sort by', 'sort'),
    select(
      [
        ['', 'default'],
        ['asc', 'ascending'],
        ['desc', 'descending'],
      ],
      q.order,
      'Order',
      'order',
    ),
    select(
      [
        ['25', '25'],
        ['50', '50'],
        ['100', '100'],
        ['200', '200'],
      ],
      q.limit,
      'Per page',
      'limit',
    ),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', onclick: () => navigate('#/queue') }, 'Reset'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v !== '' && DEFAULT_QUERY[k] !== v) p.set(k, String(v));
    navigate(`#/queue?${p}`);
  });
  form.addEventListener('change', (ev) => {
    if (ev.target.tagName === 'SELECT') form.requestSubmit();
  });
  return form;
}

function row(hold, i, me) {
  const amount = `${hold.transaction.amount.value} ${hold.transaction.amount.currency}`;
  const tr = h(
    'tr',
    { dataset: { id: hold.id, index: String(i) }, 'aria-selected': i === queue.selected ? 'true' : 'false' },
    h(
      'td',
      {},
      h('a', { href: `#/hold/${encodeURIComponent(hold.id)}`, class: 'open' }, payeeName(hold)),
      // two holds of one payee differ by their payment's ids
      h('span', { class: 'ids muted' }, `E2E ${hold.transaction.endToEndId} · MsgId ${hold.message.msgId}`),
    ),
    h(
      'td',
      {},
      entriesOf(hold).map((e) => h('span', { class: 'nowrap block' }, e)),
    ),
    h('td', {}, [...new Set(hold.hits.map((x) => x.method))].join(', ')),
    h('td', { class: 'num' }, hold.score.toFixed(2)),
    h('td', { class: 'num nowrap' }, amount),
    h(
      'td',
      { class: 'num' },
      h('time', { datetime: hold.createdAt, title: when(hold.createdAt) }, shortWhen(hold.createdAt)),
      h('span', { class: 'muted block' }, `${age(hold.createdAt)} ago`),
    ),
    h('td', {}, deadlineCell(hold)),
    h(
      'td',
      {},
      stateBadges(hold, me).map((b) => h('span', { class: `badge ${b.level}` }, b.text)),
    ),
  );
  tr.addEventListener('click', (ev) => {
    if (ev.target.tagName !== 'A') location.hash = `#/hold/${encodeURIComponent(hold.id)}`;
  });
  return tr;
}

export async function renderQueue(view, ctx) {
  let ms;
  try {
    ms = await load();
  } catch (e) {
    say(`Could not load the queue: ${e.message}`, 'error');
    return {};
  }
  const me = ctx.session.reviewer.name;
  const first = queue.cursors.length * Number(queue.query.limit) + 1;
  const shown = queue.holds.length;
  const setName = queue.query.view === 'decided' ? 'decided' : 'open';
  // The API's total is the size of the whole set: counting only the matching holds would mean walking all of them.
  const filtered = Object.keys(queue.query).some((k) => !['view', 'sort', 'order', 'limit'].includes(k) && queue.query[k] !== '');
  const range = shown ? `${first}–${first + shown - 1}` : 'none';
  const table = h(
    'table',
    { class: 'holds' },
    h(
      'caption',
      {},
      `${setName === 'open' ? 'Waiting for a decision' : 'Decided'}: ${filtered ? `${range} matching the filters, out of` : `${range} of`} ${queue.total.toLocaleString()} ${setName}, sorted by ${SORTS[queue.query.sort]}`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Payee and payment', 'Entry', 'Method', 'Score', 'Amount', 'Received', 'Deadline', 'State'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      queue.holds.map((hold, i) => row(hold, i, me)),
    ),
  );
  const pager = h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', id: 'prev-page', disabled: queue.cursors.length === 0, onclick: () => page(-1, ctx) }, '← Previous page'),
    h('span', { class: 'muted' }, `page ${queue.cursors.length + 1}`),
    h('button', { type: 'button', id: 'next-page', disabled: !queue.next, onclick: () => page(1, ctx) }, 'Next page →'),
    h('span', { class: 'muted timing', id: 'queue-timing' }, `loaded in ${Math.round(ms)} ms`),
  );
  view.replaceChildren(
    h('h2', { class: 'sr-only' }, 'Queue'),
    filterForm(ctx.navigate),
    shown ? table : h('p', { class: 'empty' }, queue.cursors.length ? 'No more items.' : 'Nothing matches: the queue is empty for these filters.'),
    pager,
  );
  mark();
  // The page's first render with data (measured by the benchmark).
  performance.mark('queue-rendered');
  return { onKey: (key) => queueKey(key, ctx), focus: () => focusSelected() };
}

function page(step, ctx) {
  if (step > 0 && queue.next) {
    queue.cursors.push(queue.cursor ?? '');
    queue.selected = 0;
    ctx.navigate(`#/queue?${queryString(queue.next)}`);
  } else if (step < 0 && queue.cursors.length > 0) {
    const prev = queue.cursors.pop();
    queue.selected = 0;
    ctx.navigate(`#/queue?${queryString(prev || undefined)}`);
  }
}

function mark() {
  document.querySelectorAll('table.holds tbody tr').forEach((tr, i) => tr.setAttribute('aria-selected', i === queue.selected ? 'true' : 'false'));
}

function focusSelected() {
  const link = /** @type {HTMLElement | undefined} */ (document.querySelectorAll('table.holds tbody tr a.open')[queue.selected]);
  if (link) link.focus();
}

function queueKey(key, ctx) {
  const n = queue.holds.length;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      if (n) queue.selected = Math.min(n - 1, queue.selected + 1);
      break;
    case 'k':
    case 'ArrowUp':
      if (n) queue.selected = Math.max(0, queue.selected - 1);
      break;
    case 'Enter':
    case 'o':
      if (n) ctx.navigate(`#/hold/${encodeURIComponent(queue.holds[queue.selected].id)}`);
      return true;
    case 'n':
      page(1, ctx);
      return true;
    case 'p':
      page(-1, ctx);
      return true;
    case '/':
      $('#filters select, #filters input')?.focus();
      return true;
    default:
      return false;
  }
  mark();
  focusSelected();
  return true;
}

/** Moves to the neighbour of an item in the loaded page (n / p inside an item). */
export function neighbour(holdId, step) {
  const i = queue.holds.findIndex((x) => x.id === holdId);
  const j = i + step;
  if (i < 0 || j < 0 || j >= queue.holds.length) return undefined;
  queue.selected = j;
  return queue.holds[j].id;
}
