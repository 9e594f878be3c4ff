/**
 * Jest setup (setupFilesAfterEnv): every answer a test receives from a gateway — through supertest, or through fetch
 * from a gateway on this machine — is checked against the API description (test/helpers/openapi-check.ts). A
 * supertest request fails at once with what is wrong; problems seen through fetch fail the test file at its end.
 */
import { Test } from 'supertest';
import { checkResponse } from './openapi-check';

type Callback = (err: Error | null, res: { status: number; headers: Record<string, string>; text?: string }) => void;
const proto = Test.prototype as unknown as { end(fn?: Callback): unknown; method: string; url: string };
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .call(this) by the wrapper below
const originalEnd = proto.end;
proto.end = function end(this: { method: string; url: string }, fn?: Callback) {
  return originalEnd.call(this, (err, res) => {
    const problem = res ? checkResponse(this.method, this.url, res.status, res.headers['content-type'], res.text) : undefined;
    fn?.(err ?? (problem ? new Error(problem) : null), res);
  });
};

const LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;
const seen: string[] = [];
const originalFetch = globalThis.fetch;
globalThis.fetch = async function checkedFetch(input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) {
  const res = await originalFetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (LOCAL.test(url)) {
    const method = init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET');
    const text = await res
      .clone()
      .text()
      .catch(() => undefined);
    const problem = checkResponse(method, url, res.status, res.headers.get('content-type') ?? undefined, text, 'skip');
    if (problem) seen.push(problem);
  }
  return res;
};

afterAll(() => {
  if (seen.length > 0) throw new Error(`Answers that do not match the API description:\n${[...new Set(seen)].join('\n')}`);
});
