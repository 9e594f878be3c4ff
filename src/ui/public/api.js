// @ts-check
// The reviewer API with the signed-in reviewer's bearer token. The token lives in sessionStorage: this tab only,
// gone when it closes, never in a cookie (so no request carries it unless this code sends it; see docs/review.md).

const KEY = 'chokepoint.reviewToken';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function token() {
  return sessionStorage.getItem(KEY);
}

export function setToken(t) {
  if (t) sessionStorage.setItem(KEY, t);
  else sessionStorage.removeItem(KEY);
}

let onUnauthorised = () => {};
export function whenSignedOut(fn) {
  onUnauthorised = fn;
}

export async function api(method, path, body, tokenOverride) {
  const t = tokenOverride ?? token();
  const headers = { Accept: 'application/json' };
  if (t) headers.Authorization = `Bearer ${t}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'omit' });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = json.error ?? {};
    if (res.status === 401 && !tokenOverride) onUnauthorised();
    throw new ApiError(res.status, e.code ?? 'HTTP_' + res.status, e.message ?? res.statusText);
  }
  return json;
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
