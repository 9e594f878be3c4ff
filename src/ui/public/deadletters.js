// @ts-check
// The dashboard's dead letters: forwards the core refused or that ran out of retries, and status reports the hub
// refused or that ran out of retries. Each is a payment, or a decision, stuck outside the normal flow until an
// operator acts, so the team lead must see it next to the work that waits. GET /v1/forwards/dead-letters is open to
// the reviewer role, the dashboard's, so the panel shows what that call returns: no new right (docs/review.md).
import { get } from './api.js';
import { h } from './dom.js';
import { when } from './time.js';

/** Rows listed (newest first); the count covers them all. Each shown message costs one status call for its EndToEndIds. */
const SHOWN = 20;

/**
 * The dead letters and the EndToEndIds of the shown ones, or the error. The EndToEndIds come from
 * GET /v1/messages/:id/status (ids and states, no party data; open to reviewers); a message past the duplicate
 * window, or unreadable, just shows none.
 */
export async function loadDeadLetters() {
  try {
    const body = await get('/v1/forwards/dead-letters');
    const rows = [...body.deadLetters.map((d) => ({ kind: 'forward', ...d })), ...(body.statusReports ?? []).map((d) => ({ kind: 'status', ...d }))].sort(
      (a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0),
    );
    const shown = rows.slice(0, SHOWN);
    const ids = [...new Set(shown.map((r) => r.messageId))];
    const statuses = await Promise.all(ids.map((id) => get(`/v1/messages/${encodeURIComponent(id)}/status`).catch(() => null)));
    const transactions = new Map(ids.map((id, i) => [id, statuses[i]?.transactions ?? []]));
    return {
      forwards: body.deadLetters.length,
      statusReports: (body.statusReports ?? []).length,
      rows: shown.map((r) => ({ ...r, endToEndIds: endToEndIds(r, transactions.get(r.messageId)) })),
    };
  } catch (e) {
    return { error: e.message };
  }
}

/** A forward names its transactions by index; a status report is one hold's ("<holdId>-status"). */
function endToEndIds(row, txs) {
  const holdId = row.kind === 'status' ? row.reportId.replace(/-status$/, '') : undefined;
  const mine = row.kind === 'forward' ? txs.filter((t) => row.transactions.includes(t.index)) : txs.filter((t) => t.holdId === holdId);
  return mine.map((t) => t.endToEndId);
}

export function deadLetterPanel(d) {
  const title = 'Dead letters';
  if (d.error)
    return h(
      'section',
      { class: 'panel', id: 'dead-letters', 'aria-label': title },
      h('h3', {}, title),
      h('p', { class: 'muted' }, `Could not load them: ${d.error}`),
    );
  const total = d.forwards + d.statusReports;
  return h(
    'section',
    { class: `panel${total > 0 ? ' alert' : ''}`, id: 'dead-letters', 'aria-label': title },
    h('h3', {}, title),
    h('p', { class: 'big' }, total.toLocaleString()),
    h(
      'p',
      { class: 'muted' },
      `${count(d.forwards, 'cleared payment')} the core did not take · ${count(d.statusReports, 'status report')} the hub did not take`,
      total > d.rows.length ? ` · the newest ${d.rows.length} listed` : '',
    ),
    d.rows.length === 0
      ? null
      : h(
          'div',
          { class: 'scroll' },
          h(
            'table',
            { class: 'figures dead-letters' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['when', 'what', 'message', 'EndToEndId', 'reason', 'attempts', 'id'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h('tbody', {}, d.rows.map(row)),
          ),
        ),
  );
}

const count = (n, one) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

function row(r) {
  const holdId = r.kind === 'status' ? r.reportId.replace(/-status$/, '') : undefined;
  return h(
    'tr',
    { dataset: { kind: r.kind } },
    h('th', { scope: 'row' }, when(r.at)),
    h('td', {}, r.kind === 'forward' ? 'forward to the core' : 'status report to the hub'),
    h('td', { class: 'id' }, r.messageId),
    h('td', { class: 'id' }, r.endToEndIds.length ? r.endToEndIds.join(', ') : '—'),
    h('td', {}, r.httpStatus && !r.reason.includes(String(r.httpStatus)) ? `${r.reason} (HTTP ${r.httpStatus})` : r.reason),
    h('td', { class: 'num' }, r.attempts ?? '—'),
    h('td', { class: 'id' }, holdId ? h('a', { href: `#/hold/${encodeURIComponent(holdId)}` }, r.reportId) : r.forwardId),
  );
}
