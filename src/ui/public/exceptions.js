// @ts-check
// False-positive exceptions: proposals waiting for a second reviewer, active ones, and their history.
import { get, post } from './api.js';
import { h, say } from './dom.js';
import { when } from './time.js';
import { methodLabel } from './explain.js';

const STATUSES = [
  ['', 'all'],
  ['proposed', 'waiting for confirmation'],
  ['active', 'active'],
  ['expired', 'expired'],
  ['revoked', 'revoked'],
];

function actions(x, me, reload) {
  if (x.status !== 'proposed' && x.status !== 'active') return null;
  const comment = h('input', { type: 'text', size: '16', placeholder: 'comment', 'aria-label': `Comment on ${x.id}` });
  const run = (step) => async () => {
    if (!comment.value.trim()) {
      say('A comment is required.', 'error');
      comment.focus();
      return;
    }
    try {
      await post(`/v1/exceptions/${encodeURIComponent(x.id)}/${step}`, { comment: comment.value.trim() });
      say(`Exception ${x.id} ${step === 'confirm' ? 'confirmed: it applies from now on' : 'revoked'}.`, 'ok');
    } catch (e) {
      say(`${e.code ?? ''} ${e.message}`, 'error');
    }
    await reload();
  };
  const canConfirm = x.status === 'proposed' && x.proposedBy !== me;
  return h(
    'span',
    { class: 'inline' },
    comment,
    canConfirm ? h('button', { type: 'button', class: 'confirm', onclick: run('confirm') }, 'Confirm') : null,
    h('button', { type: 'button', class: 'revoke', onclick: run('revoke') }, x.status === 'proposed' ? 'Withdraw' : 'Revoke'),
  );
}

export async function renderExceptions(view, ctx, search) {
  const status = new URLSearchParams(search).get('status') ?? '';
  let list;
  try {
    list = (await get(`/v1/exceptions${status ? `?status=${encodeURIComponent(status)}` : ''}`)).exceptions;
  } catch (e) {
    say(`Could not load exceptions: ${e.message}`, 'error');
    return {};
  }
  const me = ctx.session.reviewer.name;
  const filter = h(
    'select',
    { id: 'exception-status', 'aria-label': 'Show' },
    STATUSES.map(([v, t]) => h('option', { value: v, selected: v === status }, t)),
  );
  filter.addEventListener('change', () => ctx.navigate(`#/exceptions${filter.value ? `?status=${filter.value}` : ''}`));
  view.replaceChildren(
    h('h2', {}, 'False-positive exceptions'),
    h(
      'p',
      { class: 'muted' },
      'Each says “this payee is not this list entry” for the kinds of evidence judged. It applies once a second reviewer confirms it, until it expires or is revoked.',
    ),
    h('p', { class: 'exception-filter' }, h('label', {}, 'Show ', filter)),
    list.length === 0
      ? h('p', { class: 'empty' }, 'None.')
      : h(
          'table',
          { class: 'exceptions' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Status', 'Payee', 'Entry', 'Evidence', 'Proposed', 'Confirmed', 'Expires', ''].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            list.map((x) =>
              h(
                'tr',
                { dataset: { id: x.id, status: x.status } },
                h('td', {}, h('span', { class: `badge ${x.status === 'active' ? 'ok' : x.status === 'proposed' ? 'warn' : 'done'}` }, x.status)),
                h('td', { class: 'value' }, h('code', {}, x.counterparty)),
                h('td', { class: 'nowrap' }, x.entryId),
                h('td', {}, x.methods.map(methodLabel).join(', ')),
                h(
                  'td',
                  {},
                  `${x.proposedBy}, ${when(x.proposedAt)}: “${x.comment}” (from `,
                  h('a', { href: `#/hold/${encodeURIComponent(x.holdId)}` }, x.holdId),
                  ')',
                ),
                h('td', {}, x.confirmedBy ? `${x.confirmedBy}, ${when(x.confirmedAt)}: “${x.confirmComment}”` : `— (${x.days} days once confirmed)`),
                h('td', {}, x.expiresAt ? when(x.expiresAt) : '—', x.revokedBy ? ` · revoked by ${x.revokedBy}: “${x.revokeComment}”` : ''),
                h(
                  'td',
                  {},
                  actions(x, me, () => ctx.refresh()),
                ),
              ),
            ),
          ),
        ),
  );
  return { focus: () => filter.focus() };
}
