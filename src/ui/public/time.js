// @ts-check
// Durations and times for reviewers: "3h 12m", "overdue 5m", local date-times. The server's clock is the reference.

let skewMs = 0;

/** serverTime from GET /v1/review/session: later computations use the server's clock. */
export function syncClock(serverTimeIso) {
  const t = Date.parse(serverTimeIso);
  if (Number.isFinite(t)) skewMs = t - Date.now();
}

export function now() {
  return Date.now() + skewMs;
}

export function duration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(s / 86400);
  const hr = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${hr}h`;
  if (hr > 0) return `${hr}h ${m}m`;
  if (m > 0) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

/** { text, level } for a deadline: level 'late' (passed), 'soon' (< 1 h), 'ok'. */
export function remaining(deadlineIso) {
  const left = Date.parse(deadlineIso) - now();
  if (left <= 0) return { text: `overdue ${duration(-left)}`, level: 'late' };
  return { text: duration(left), level: left < 3_600_000 ? 'soon' : 'ok' };
}

export function age(createdIso) {
  return duration(now() - Date.parse(createdIso));
}

export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** Compact: the time alone today, else day, month and time. */
export function shortWhen(iso) {
  const d = new Date(iso);
  const today = new Date(now()).toDateString() === d.toDateString();
  return d.toLocaleString(undefined, today ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
