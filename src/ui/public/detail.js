// @ts-check
// One held transaction: why it was held (every hit, highlighted where it occurs in the payee data), the first
// reviewer's proposal, claim / unclaim, the decision form, and false-positive exceptions for its hits.
import { ApiError, get, post } from './api.js';
import { $, h, say } from './dom.js';
import { hitRanges, segments, unplacedHits } from './highlight.js';
import { deadlineCell, neighbour, payeeName, stateBadges } from './queue.js';
import { when } from './time.js';
import { explainHit, methodLabel } from './explain.js';

const OPEN = new Set(['pending', 'escalated']);

function describeHit(hit, i) {
  return `hit ${i + 1}: ${methodLabel(hit.method)} match on ${hit.entryId} (${hit.matched}), score ${hit.score.toFixed(2)}`;
}

function payeeTable(hold) {
  const hits = hold.hits;
  const rows = hold.transaction.payee.map((field) => {
    const parts = segments(field.value, hitRanges(field, hits)).map((s) =>
      s.hits.length === 0
        ? s.text
        : h(
            'mark',
            {
              class: s.hits.some((i) => hits[i].suppressedBy) && s.hits.every((i) => hits[i].suppressedBy) ? 'suppressed' : '',
              title: s.hits.map((i) => describeHit(hits[i], i)).join('\n'),
            },
            s.text,
            h('sup', {}, s.hits.map((i) => i + 1).join(',')),
          ),
    );
    return h(
      'tr',
      { class: parts.some((p) => p instanceof Node) ? 'has-hit' : '' },
      h('th', { scope: 'row' }, h('code', {}, field.path)),
      h('td', {}, field.role),
      h('td', { class: 'value' }, parts),
    );
  });
  const unplaced = unplacedHits(hold.transaction.payee, hits);
  return [
    h(
      'table',
      { class: 'payee' },
      h('caption', {}, 'Payee data (hits highlighted; the number is the hit)'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Value'))),
      h('tbody', {}, rows),
    ),
    unplaced.length
      ? h('p', { class: 'muted' }, `Hits on fields not listed above: ${unplaced.map(({ h: x, i }) => `${i + 1} (${x.field}: ${x.value})`).join('; ')}`)
      : null,
  ];
}

function hitsTable(
  hold,
  hits = hold.hits,
  caption = `Why it was held: ${hits.length} hit${hits.length === 1 ? '' : 's'} on list version ${hold.watchlistVersion} (policy ${hold.policyVersion})`,
) {
  return h(
    'table',
    { class: 'hits' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['#', 'Field', 'Entry', 'On the list', 'In the payment', 'Score', 'Method', 'Why'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      hits.map((x, i) => {
        const why = explainHit(x);
        return h(
          'tr',
          { class: x.suppressedBy ? 'suppressed' : '', dataset: { hit: String(i + 1) } },
          h('td', {}, String(i + 1)),
          h('td', {}, h('code', {}, x.field)),
          h('td', {}, h('span', { class: 'nowrap' }, x.entryId), x.source ? h('span', { class: 'muted block' }, x.source) : null),
          h('td', { class: 'value' }, x.matched),
          h('td', { class: 'value' }, h('mark', {}, x.value)),
          h('td', { class: 'num' }, x.score.toFixed(2)),
          h('td', {}, methodLabel(x.method), h('span', { class: 'muted block' }, x.algorithm)),
          h(
            'td',
            { class: 'why' },
            x.suppressedBy ? h('p', { class: 'muted' }, `Not counted: exception ${x.suppressedBy} says this payee is not ${x.entryId}.`) : null,
            h(
              'ul',
              {},
              why.lines.map((line) => h('li', {}, line)),
            ),
          ),
        );
      }),
    ),
  );
}

const listed = (ids) => ids.join(', ');

/**
 * What list changes since it was held did to this hold (newest first): entries delisted or changed, new hits, and
 * the hits against that version beside the original ones (which stay as they were, above).
 */
function rescreenPanels(hold) {
  const notes = [...(hold.rescreens ?? [])].reverse();
  return notes.map((r, n) => {
    const version = r.version.replace(/^sha256:/, '').slice(0, 12);
    const what = [
      r.delisted.length ? `delisted ${listed(r.delisted)}` : null,
      r.changed.length ? `changed ${listed(r.changed)}` : null,
      r.added.length ? `now also hits ${listed(r.added)}` : null,
    ].filter(Boolean);
    return h(
      'section',
      { class: `panel rescreen ${r.allDelisted ? 'info' : 'warn'}`, 'aria-label': 'List change', dataset: { version: r.version } },
      h(
        'h3',
        { title: `List version ${r.version}` },
        r.allDelisted ? `All its hits were delisted in version ${version}` : `The list changed in version ${version}: ${what.join('; ')}`,
      ),
      h(
        'p',
        {},
        `Re-evaluated ${when(r.at)}. `,
        r.allDelisted
          ? 'Nothing on the list hits this payee now. Releasing it still takes the usual decision (four eyes).'
          : 'The hits above are those it was held on; below, its hits on the new version.',
      ),
      !r.allDelisted && n === 0 && r.hits.length ? hitsTable(hold, r.hits, `Hits on list version ${version} (${r.hits.length})`) : null,
    );
  });
}

function facts(hold) {
  const t = hold.transaction;
  const rows = [
    ['Amount', `${t.amount.value} ${t.amount.currency}`],
    ['Message', `${hold.message.type} · MsgId ${hold.message.msgId}`],
    // Without an instructing agent in the message, duplicates are scoped to the sender's token ("token:<name>").
    [
      'Instructing agent',
      hold.message.instructingAgent?.startsWith('token:')
        ? `none in the message (sent by ${hold.message.instructingAgent.slice('token:'.length)})`
        : (hold.message.instructingAgent ?? '—'),
    ],
    ['EndToEndId', t.endToEndId],
    ['TxId', t.txId ?? '—'],
    ['UETR', t.uetr ?? '—'],
    ['Service level', `${hold.serviceLevel ?? '—'}${hold.instant ? ' (instant)' : ''}`],
    [hold.postHoc ? 'Opened' : 'Held', when(hold.createdAt)],
    ['Deadline', hold.postHoc ? 'none: the payment has gone out' : when(hold.deadline)],
  ];
  return h(
    'dl',
    { class: 'facts' },
    rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

function decisionSummary(hold) {
  const d = hold.decision;
  if (!d) return null;
  return h(
    'section',
    { class: 'panel done', 'aria-label': 'Decision' },
    h(
      'h3',
      {},
      hold.postHoc
        ? `Decided: ${hold.decision.action === 'release' ? 'a false positive (not the listed payee)' : 'a match (the payment went to the listed payee)'}`
        : `Decided: ${hold.state}`,
    ),
    h(
      'p',
      {},
      `${d.reviewer} ${d.confirmedBy ? `proposed to ${d.action}` : d.action === 'release' ? 'released' : 'rejected'}${d.reason ? ` (${d.reason})` : ''} at ${when(d.at)}: “${d.comment}”`,
    ),
    d.confirmedBy ? h('p', {}, `${d.confirmedBy} confirmed at ${when(d.confirmedAt)}: “${d.confirmComment}”`) : null,
  );
}

function proposalPanel(hold, me) {
  const p = hold.proposal;
  if (!p) return null;
  const mine = p.reviewer === me;
  return h(
    'section',
    { class: 'panel proposal', id: 'proposal', 'aria-label': 'Proposal' },
    h('h3', {}, mine ? `You proposed to ${p.action}` : `${p.reviewer} proposed to ${p.action}`),
    h('p', {}, `${when(p.at)}${p.reason ? ` · reason ${p.reason}` : ''}: “${p.comment}”`),
    h(
      'p',
      { class: 'muted' },
      mine ? 'Another reviewer must confirm it.' : `Confirm it by deciding ${p.action} as well; deciding the opposite sets both proposals aside.`,
    ),
  );
}

function decisionForm(hold, ctx, reload) {
  const me = ctx.session.reviewer.name;
  const s = ctx.session.settings;
  const p = hold.proposal;
  const mineProposal = p && p.reviewer === me;
  const claimedByOther = hold.claimedBy && hold.claimedBy !== me;
  const blocked = mineProposal
    ? 'you made the proposal: another reviewer must confirm it'
    : claimedByOther
      ? `${hold.claimedBy} has claimed this item`
      : undefined;
  const labels = hold.postHoc
    ? { release: 'Release: it was a false positive', reject: 'Reject: it was the listed payee' }
    : { release: 'Release (forward to the core)', reject: 'Reject (RJCT to the sender)' };

  const reason = h(
    'select',
    { name: 'reason', id: 'reason' },
    s.rejectReasons.map((r) => h('option', { value: r.code, selected: r.code === (p?.reason ?? s.defaultRejectReason) }, `${r.code} · ${r.label}`)),
  );
  const comment = h('textarea', {
    name: 'comment',
    id: 'comment',
    rows: '3',
    required: true,
    maxlength: '2000',
    placeholder: 'Why (recorded in the audit trail; no payer data)',
  });
  const submit = h('button', { type: 'submit', id: 'decide' }, '');
  // Nothing is chosen in advance, not even what a proposal says: every release or reject is a reviewer's own act.
  const radios = ['release', 'reject'].map((a) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'action', value: a, id: `action-${a}` }), ` ${labels[a]}`),
  );
  const form = h(
    'form',
    { class: 'panel decide', id: 'decision-form', 'aria-label': 'Decision' },
    h('h3', {}, s.fourEyes ? 'Decision (four eyes)' : 'Decision'),
    h(
      'fieldset',
      { disabled: !!blocked },
      h('legend', { class: 'sr-only' }, 'Decision'),
      radios,
      h('label', { for: 'reason' }, 'Reason (reject)'),
      reason,
      h('label', { for: 'comment' }, 'Comment'),
      comment,
      submit,
    ),
    blocked ? h('p', { class: 'muted' }, `You cannot decide now: ${blocked}.`) : null,
  );
  const action = () => /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=action]:checked'))?.value;
  const label = () => {
    const a = action();
    reason.disabled = a !== 'reject';
    submit.disabled = !a;
    if (!a) submit.textContent = p && !mineProposal ? `Choose ${p.action} to confirm, or the opposite` : 'Choose release or reject';
    else if (!s.fourEyes) submit.textContent = a === 'release' ? 'Release' : 'Reject';
    else if (p && p.action === a && !mineProposal) submit.textContent = `Confirm ${a}`;
    else if (p && p.action !== a) submit.textContent = `Propose ${a} instead (${s.conflictRule === 'escalate' ? 'escalates' : 'refused'})`;
    else submit.textContent = `Propose ${a}`;
  };
  form.addEventListener('change', label);
  label();
  comment.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const a = action();
    if (!a) {
      say('Choose release or reject first.', 'error');
      /** @type {HTMLElement} */ (form.querySelector('#action-release')).focus();
      return;
    }
    const body = { comment: comment.value.trim(), ...(a === 'reject' ? { reason: reason.value } : {}) };
    if (!body.comment) {
      say('A comment is required: the audit trail records why.', 'error');
      comment.focus();
      return;
    }
    submit.disabled = true;
    try {
      const out = await post(`/v1/holds/${encodeURIComponent(hold.id)}/${a}`, body);
      say(out.state === 'proposed' ? `Proposed to ${a}. Another reviewer must confirm.` : `Final: ${out.state}.`, 'ok');
    } catch (e) {
      say(e instanceof ApiError ? `${e.code}: ${e.message}` : String(e), 'error');
    }
    await reload();
  });
  return {
    form,
    choose: (a) => {
      const r = form.querySelector(`#action-${a}`);
      if (!r || r.disabled || form.querySelector('fieldset').disabled) return false;
      r.checked = true;
      label();
      comment.focus();
      return true;
    },
  };
}

function claimButton(hold, ctx, reload) {
  const me = ctx.session.reviewer.name;
  if (!OPEN.has(hold.state)) return null;
  const mine = hold.claimedBy === me;
  // the proposer's part is done: the API refuses their claim, which would only keep the confirming reviewer out
  const proposer = hold.proposal?.reviewer === me;
  const btn = h('button', { type: 'button', id: 'claim', disabled: (!!hold.claimedBy && !mine) || proposer }, mine ? 'Unclaim' : 'Claim');
  const toggle = async () => {
    try {
      await post(`/v1/holds/${encodeURIComponent(hold.id)}/${mine ? 'unclaim' : 'claim'}`);
      say(mine ? 'Unclaimed.' : 'Claimed: other reviewers cannot decide it until you unclaim it or decide.', 'ok');
    } catch (e) {
      say(`${e.code ?? ''} ${e.message}`, 'error');
    }
    await reload();
  };
  btn.addEventListener('click', toggle);
  return { btn, toggle };
}

function exceptionsPanel(hold, candidates, reload) {
  if (!candidates.length) return null;
  return h(
    'section',
    { class: 'panel exceptions', 'aria-label': 'False-positive exception' },
    h('h3', {}, 'False-positive exception'),
    h(
      'p',
      { class: 'muted' },
      'Says “this payee is not this list entry” for the evidence judged here. A second reviewer must confirm it; until it expires, later payments to this payee are not held for it.',
    ),
    candidates.map((c) => {
      if (!c.allowed) return h('p', {}, `${c.entryId}: no exception possible: ${c.why}.`);
      const who = h(
        'select',
        { name: 'counterparty', 'aria-label': 'Payee' },
        c.counterparties.map((k) => h('option', { value: k }, k)),
      );
      const days = h('input', { type: 'number', name: 'days', min: '1', max: '365', value: '90', class: 'narrow', 'aria-label': 'Days valid' });
      const why = h('input', {
        type: 'text',
        name: 'comment',
        size: '40',
        required: true,
        placeholder: 'why this payee is not the entry',
        'aria-label': 'Comment',
      });
      const form = h(
        'form',
        { class: 'inline', dataset: { entry: c.entryId } },
        `Payee `,
        who,
        ` is not ${c.entryId} (evidence: ${c.methods.join(', ')}) for `,
        days,
        ' days ',
        why,
        h('button', { type: 'submit' }, 'Propose exception'),
      );
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        try {
          const out = await post('/v1/exceptions', {
            holdId: hold.id,
            entryId: c.entryId,
            counterparty: who.value,
            days: Number(days.value),
            comment: why.value.trim(),
          });
          say(`Exception ${out.exception.id} proposed; another reviewer confirms it under Exceptions.`, 'ok');
        } catch (e) {
          say(`${e.code ?? ''} ${e.message}`, 'error');
        }
        await reload();
      });
      return form;
    }),
  );
}

// The original with the debtor's side masked (the API masks it); a reviewer whose token has the reveal-debtor
// permission can show it, giving a reason: each reveal is recorded in the audit trail.
function originalPanel(hold, ctx) {
  const pre = h('pre', { id: 'original' }, hold.original ?? '(no longer kept: the message is complete)');
  const masked = hold.debtorMasked ?? [];
  const note = h(
    'p',
    { class: 'muted', id: 'debtor-note' },
    masked.length
      ? `Debtor data masked (•••): ${masked.length} field${masked.length === 1 ? '' : 's'} of the payer. Decisions are taken on the payee and the transaction.`
      : '',
  );
  const canReveal = (ctx.session.reviewer.permissions ?? []).includes('reveal-debtor') && masked.length > 0;
  const summary = h('summary', {}, masked.length ? 'Original message (as received, debtor masked)' : 'Original message (as received)');
  let form = null;
  if (canReveal) {
    const why = h('input', {
      type: 'text',
      name: 'reason',
      id: 'reveal-reason',
      size: '40',
      required: true,
      maxlength: '500',
      placeholder: 'why you need the payer’s data (audited)',
      'aria-label': 'Reason for revealing the debtor data',
    });
    form = h('form', { class: 'inline', id: 'reveal-form' }, why, h('button', { type: 'submit', id: 'reveal' }, 'Reveal debtor data'));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const reason = why.value.trim();
      if (!reason) {
        say('A reason is required: the audit trail records why the debtor data was looked at.', 'error');
        why.focus();
        return;
      }
      try {
        const out = await post(`/v1/holds/${encodeURIComponent(hold.id)}/reveal-debtor`, { reason });
        pre.textContent = out.original ?? '(no longer kept: the message is complete)';
        summary.textContent = 'Original message (as received, debtor revealed)';
        note.replaceChildren(`Debtor data revealed to ${out.revealedBy} at ${when(out.revealedAt)} (recorded in the audit trail).`);
        form.replaceWith(
          h(
            'table',
            { class: 'debtor', id: 'debtor-fields' },
            h('caption', {}, 'Debtor data'),
            h(
              'tbody',
              {},
              out.debtor.map((f) => h('tr', {}, h('th', { scope: 'row' }, h('code', {}, f.path)), h('td', { class: 'value' }, f.value))),
            ),
          ),
        );
      } catch (e) {
        say(e instanceof ApiError ? `${e.code}: ${e.message}` : String(e), 'error');
      }
    });
  }
  return h('details', { class: 'original' }, summary, note, form, pre);
}

export async function renderHold(view, ctx, holdId) {
  let hold;
  let candidates;
  try {
    [hold, candidates] = await Promise.all([
      get(`/v1/holds/${encodeURIComponent(holdId)}`),
      get(`/v1/holds/${encodeURIComponent(holdId)}/exception-candidates`)
        .then((r) => r.candidates)
        .catch(() => []),
    ]);
  } catch (e) {
    say(`Could not load ${holdId}: ${e.message}`, 'error');
    view.replaceChildren(h('p', {}, h('a', { href: '#/queue' }, '← Back to the queue')));
    return {};
  }
  const me = ctx.session.reviewer.name;
  const reload = () => ctx.refresh();
  const open = OPEN.has(hold.state);
  const claim = claimButton(hold, ctx, reload);
  const decision = open ? decisionForm(hold, ctx, reload) : undefined;
  view.replaceChildren(
    h(
      'article',
      { class: 'hold', dataset: { id: hold.id, state: hold.state } },
      h('p', { class: 'crumbs' }, h('a', { href: '#/queue', id: 'back' }, '← Queue'), h('span', { class: 'muted' }, ` · ${hold.id}`)),
      h(
        'header',
        { class: 'hold-head' },
        h('h2', {}, payeeName(hold)),
        h(
          'p',
          { class: 'badges' },
          open ? h('span', { class: 'badge' }, hold.state) : null,
          stateBadges(hold, me).map((b) => h('span', { class: `badge ${b.level}` }, b.text)),
          ' ',
          open ? ['Deadline: ', deadlineCell(hold)] : null,
        ),
        claim ? claim.btn : null,
      ),
      hold.postHoc
        ? h(
            'p',
            { class: 'panel info' },
            'Instant payment, already forwarded under the instant policy. Your decision records a finding; nothing is sent again.',
          )
        : null,
      hold.escalated ? h('p', { class: 'panel warn' }, 'Escalated: opposite proposals or a passed deadline. Decide it afresh (four eyes).') : null,
      rescreenPanels(hold),
      open ? proposalPanel(hold, me) : null,
      decisionSummary(hold),
      hitsTable(hold),
      h(
        'div',
        { class: 'columns' },
        h('div', {}, payeeTable(hold)),
        h('div', {}, decision ? decision.form : null, facts(hold), exceptionsPanel(hold, candidates, reload)),
      ),
      // last: the keyboard reaches the decision before this long block, as the eye does
      originalPanel(hold, ctx),
    ),
  );
  return {
    focus: () => $('#back')?.focus(),
    onKey: (key) => {
      if (key === 'c' && claim) {
        if (claim.btn.disabled) say('You cannot claim this item now.', 'error');
        else claim.toggle();
        return true;
      }
      if ((key === 'r' || key === 'x') && decision) {
        if (!decision.choose(key === 'r' ? 'release' : 'reject')) say('You cannot decide this item now.', 'error');
        return true;
      }
      if (key === 'n' || key === 'p') {
        const next = neighbour(hold.id, key === 'n' ? 1 : -1);
        if (next) ctx.navigate(`#/hold/${encodeURIComponent(next)}`);
        return true;
      }
      return false;
    },
  };
}
