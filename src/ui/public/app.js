// @ts-check
// The review page: sign-in, the views (#/queue, #/hold/<id>, #/exceptions, #/post-hoc, #/dashboard), keyboard shortcuts, live
// deadlines.
import { ApiError, api, setToken, token, whenSignedOut } from './api.js';
import { $, say } from './dom.js';
import { prefetch, readQuery, renderQueue } from './queue.js';
import { renderHold } from './detail.js';
import { renderExceptions } from './exceptions.js';
import { renderPostHoc } from './posthoc.js';
import { remaining, syncClock } from './time.js';

const ctx = {
  session: null,
  /** The current view's hooks: onKey(key) → handled?, focus(). */
  current: {},
  navigate(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  },
  refresh: () => route({ keepFocus: true }),
};

let routing = Promise.resolve();
/** The view last shown: a message about one view (a decision, a failure) is cleared when another is shown. */
let shownPath = null;

function show(signedIn) {
  $('#signin').hidden = signedIn;
  $('#view').hidden = !signedIn;
  $('#nav').hidden = !signedIn;
  $('#who').hidden = !signedIn;
}

async function signIn(candidate) {
  const session = await api('GET', '/v1/review/session', undefined, candidate);
  performance.mark('session-ready');
  setToken(candidate);
  ctx.session = session;
  syncClock(session.serverTime);
  $('#who-name').textContent = session.reviewer.name;
  $('#who-name').title = `Signed in as ${session.reviewer.name}`;
  const list = session.watchlist;
  // the version is a long hash: its head tells lists apart, the whole is one hover away
  $('#who-list').textContent = list ? `list ${list.version.replace(/^sha256:/, '').slice(0, 8)} · ${list.entries.toLocaleString()} entries` : 'no list loaded';
  $('#who-list').title = list ? `Watchlist version ${list.version}` : '';
  show(true);
}

function signOut(message) {
  setToken(null);
  ctx.session = null;
  shownPath = null;
  $('#view').replaceChildren();
  show(false);
  say(message ?? 'Signed out.');
  $('#token').focus();
}

/** Renders the view named by the hash. Views render one at a time (a fast typist cannot interleave two). */
function route(opts = {}) {
  routing = routing.then(() => render(opts)).catch((e) => say(String(e), 'error'));
  return routing;
}

async function render({ keepFocus = false } = {}) {
  if (!ctx.session) return;
  const [path, search = ''] = (location.hash.replace(/^#/, '') || '/queue').split('?');
  const view = $('#view');
  const active = document.activeElement?.id;
  if (shownPath !== null && shownPath !== path) say('');
  shownPath = path;
  let name = 'queue';
  if (path === '/dashboard') {
    name = 'dashboard';
    const { renderDashboard } = await import('./dashboard.js');
    ctx.current = await renderDashboard(view, ctx, search);
  } else if (path.startsWith('/hold/')) {
    name = 'hold';
    ctx.current = await renderHold(view, ctx, decodeURIComponent(path.slice('/hold/'.length)));
  } else if (path === '/post-hoc') {
    name = 'post-hoc';
    ctx.current = await renderPostHoc(view, ctx, search);
  } else if (path === '/exceptions') {
    name = 'exceptions';
    ctx.current = await renderExceptions(view, ctx, search);
  } else {
    readQuery(search);
    ctx.current = await renderQueue(view, ctx);
  }
  document
    .querySelectorAll('#nav a')
    .forEach((/** @type {HTMLElement} */ a) => a.setAttribute('aria-current', a.dataset.view === (name === 'hold' ? 'queue' : name) ? 'page' : 'false'));
  document.title = `chokepoint · ${name === 'hold' ? 'item' : name}`;
  performance.mark(`${name}-shown`);
  const keep = keepFocus && active ? document.getElementById(active) : null;
  if (keep) keep.focus();
  else ctx.current.focus?.();
}

/** Live countdowns: every second, each visible deadline is recomputed against the server's clock. */
function tick() {
  document.querySelectorAll('[data-deadline]').forEach((/** @type {HTMLElement} */ el) => {
    const r = remaining(el.dataset.deadline);
    el.textContent = r.text;
    el.className = `deadline ${r.level}`;
  });
}

/** Keys a focused list box (select) needs for itself; every other key stays a shortcut there. */
const SELECT_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Tab']);

/**
 * Whether a key belongs to the focused control rather than to the shortcuts: everything in a text field; in a select
 * only its own navigation keys — the views focus a select first (exceptions, dashboard), and `q`, `d` or `?` must still
 * work there.
 */
const typing = (el, key) =>
  el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable || (el.tagName === 'SELECT' && SELECT_KEYS.has(key)));

function toggleHelp(force) {
  const help = $('#help');
  help.hidden = force === undefined ? !help.hidden : !force;
  $('#help-toggle').setAttribute('aria-expanded', String(!help.hidden));
}

function onKey(ev) {
  if (!ctx.session || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  if (typing(ev.target, ev.key)) {
    if (ev.key === 'Escape') ev.target.blur();
    return;
  }
  const key = ev.key;
  let handled = true;
  if (key === '?') toggleHelp();
  else if (ctx.current.onKey?.(key)) handled = true;
  else if (key === 'Escape' || key === 'q') {
    if (!$('#help').hidden) toggleHelp(false);
    else ctx.navigate(`#/queue${location.hash.startsWith('#/queue?') ? location.hash.slice('#/queue'.length) : ''}`);
  } else if (key === 'e') ctx.navigate('#/exceptions');
  else if (key === 'h') ctx.navigate('#/post-hoc');
  else if (key === 'd') ctx.navigate('#/dashboard');
  else if (key === '.') ctx.refresh();
  else handled = false;
  if (handled) ev.preventDefault();
}

async function start() {
  whenSignedOut(() => signOut('Your token was refused: sign in again.'));
  $('#signin-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const input = $('#token');
    $('#signin-error').textContent = '';
    try {
      await signIn(input.value.trim());
      input.value = '';
      say(`Welcome, ${ctx.session.reviewer.name}.`, 'ok');
      await route();
    } catch (e) {
      $('#signin-error').textContent =
        e instanceof ApiError && (e.status === 401 || e.status === 403) ? 'This is not a reviewer token.' : `Sign-in failed: ${e.message}`;
      input.focus();
    }
  });
  $('#sign-out').addEventListener('click', () => signOut());
  // The views live in the hash: following the skip link's "#main" would replace the view with the queue.
  $('.skip').addEventListener('click', (ev) => {
    ev.preventDefault();
    if (ctx.session && ctx.current.focus) ctx.current.focus();
    else $(ctx.session ? '#main' : '#token').focus();
  });
  $('#help-toggle').addEventListener('click', () => toggleHelp());
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', () => route());
  setInterval(tick, 1000);

  const saved = token();
  if (saved) {
    const [path, search = ''] = (location.hash.replace(/^#/, '') || '/queue').split('?');
    if (path === '/queue') {
      readQuery(search);
      prefetch();
    }
    try {
      await signIn(saved);
      await route();
      return;
    } catch {
      setToken(null);
    }
  }
  show(false);
  $('#token').focus();
}

start();
