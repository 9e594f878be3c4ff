// @ts-check
// Post-hoc items of rescreening: payments that cleared before an entry they hit was listed. Each shows the original
// forward's ids (to recall or report the payment), the payee fields screened and the hits; a reviewer closes it with
// what the bank did.
import { get, post } from './api.js';
import { h, say } from './dom.js';
import { when } from './time.js';
import { methodLabel } from './explain.js';

const OUTCOMES = [
  ['recalled', 'recalled'],
  ['reported', 'reported'],
  ['no-action', 'no action: not the listed party'],
];

function ids(p) {
  const rows = [
    ['MsgId', p.msgId + (p.forwardMsgId ? ` (forwarded as ${p.forwardMsgId})` : '')],
    ['EndToEndId', p.endToEndId],
    ['UETR', p.uetr ?? '—'],
    ['TxId', p.txId ?? '—'],
    ['Idempotency-Key', p.idempotencyKey],
    ['Cleared', when(p.clearedAt)],
    ['Forwarded', p.forwardedAt ? when(p.forwardedAt) : 'not yet (or its record has expired)'],
  ];
  return h(
    'dl',
    { class: 'facts' },
    rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

function closeForm(item, reload) {
  const outcome = h(
    'select',
    { 'aria-label': `What the bank did about ${item.id}` },
    h('option', { value: '' }, 'choose…'),
    OUTCOMES.map(([v, t]) => h('option', { value: v }, t)),
  );
  const comment = h('input', { type: 'text', size: '24', placeholder: 'comment (audited)', 'aria-label': `Comment on ${item.id}` });
  const close = async () => {
    if (!outcome.value || !comment.value.trim()) {
      say('Choose what the bank did and give a comment.', 'error');
      (outcome.value ? comment : outcome).focus();
      return;
    }
    try {
      await post(`/v1/review/post-hoc/${encodeURIComponent(item.id)}/close`, { outcome: outcome.value, comment: comment.value.trim() });
      say(`Post-hoc item ${item.id} closed: ${outcome.value}.`, 'ok');
    } catch (e) {
      say(`${e.code ?? ''} ${e.message}`, 'error');
    }
    await reload();
  };
  return h('span', { class: 'inline' }, outcome, comment, h('button', { type: 'button', class: 'close-item', onclick: close }, 'Close'));
}

function card(item, reload) {
  const p = item.payment;
  const payee = p.payee.filter((f) => f.kind === 'name').map((f) => f.value)[0] ?? p.payee[0]?.value ?? '—';
  return h(
    'article',
    { class: 'panel post-hoc-item', dataset: { id: item.id, state: item.state } },
    h('h3', {}, payee, ' ', h('span', { class: `badge ${item.state === 'open' ? 'warn' : 'done'}` }, item.state)),
    h('p', {}, item.why, h('span', { class: 'muted' }, ` · opened ${when(item.openedAt)}`)),
    h(
      'div',
      { class: 'columns' },
      h('div', {}, ids(p)),
      h(
        'div',
        {},
        h(
          'table',
          { class: 'hits' },
          h('caption', {}, 'Hits on the new entries'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Entry', 'Field', 'In the payment', 'Method', 'Score'].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            item.hits.map((x) =>
              h(
                'tr',
                {},
                h('td', { class: 'nowrap' }, x.entryId),
                h('td', {}, h('code', {}, x.field)),
                h('td', { class: 'value' }, h('mark', {}, x.value)),
                h('td', {}, methodLabel(x.method)),
                h('td', { class: 'num' }, x.score.toFixed(2)),
              ),
            ),
          ),
        ),
      ),
    ),
    item.closed
      ? h('p', {}, `Closed by ${item.closed.by} at ${when(item.closed.at)}: ${item.closed.outcome}, “${item.closed.comment}”`)
      : closeForm(item, reload),
  );
}

export async function renderPostHoc(view, ctx, search) {
  const state = new URLSearchParams(search).get('state') === 'closed' ? 'closed' : 'open';
  let page;
  try {
    page = await get(`/v1/review/post-hoc?state=${state}&limit=100`);
  } catch (e) {
    say(`Could not load post-hoc items: ${e.message}`, 'error');
    return {};
  }
  const filter = h(
    'select',
    { id: 'post-hoc-state', 'aria-label': 'Show' },
    ['open', 'closed'].map((v) => h('option', { value: v, selected: v === state }, v)),
  );
  filter.addEventListener('change', () => ctx.navigate(`#/post-hoc?state=${filter.value}`));
  view.replaceChildren(
    h('h2', {}, 'Paid before the entry was listed'),
    h(
      'p',
      { class: 'muted' },
      'When a list change adds or changes entries, the payments cleared within the lookback are screened again against them. Each hit that would have stopped a payment opens an item here with the original forward’s ids, so the bank can recall or report it.',
    ),
    h('p', { class: 'exception-filter' }, h('label', {}, 'Show ', filter), h('span', { class: 'muted' }, ` ${page.total} ${state}`)),
    h(
      'div',
      { class: 'post-hoc-items' },
      page.items.length === 0 ? h('p', { class: 'empty' }, 'None.') : page.items.map((item) => card(item, () => ctx.refresh())),
    ),
  );
  return { focus: () => filter.focus() };
}
