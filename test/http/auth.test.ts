/** Every /v1 route refuses a missing or invalid token (401) and a wrong role (403); health needs none. */
import { TestGateway, startTestGateway } from '../helpers/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway('auth');
});
afterAll(async () => t.destroy());

const routes: { method: 'get' | 'post' | 'put'; path: string; allowed: ('submitter' | 'reviewerA' | 'admin')[] }[] = [
  { method: 'post', path: '/v1/messages', allowed: ['submitter'] },
  { method: 'post', path: '/v1/screen', allowed: ['submitter', 'reviewerA'] },
  { method: 'get', path: '/v1/holds', allowed: ['reviewerA'] },
  { method: 'get', path: '/v1/holds/h123', allowed: ['reviewerA'] },
  { method: 'post', path: '/v1/holds/h123/release', allowed: ['reviewerA'] },
  { method: 'post', path: '/v1/holds/h123/reject', allowed: ['reviewerA'] },
  { method: 'post', path: '/v1/holds/h123/claim', allowed: ['reviewerA'] },
  { method: 'get', path: '/v1/messages/m123/status', allowed: ['submitter', 'reviewerA'] },
  { method: 'get', path: '/v1/watchlist', allowed: ['reviewerA', 'admin'] },
  { method: 'put', path: '/v1/watchlist', allowed: ['admin'] },
  { method: 'get', path: '/v1/forwards/dead-letters', allowed: ['reviewerA', 'admin'] },
  { method: 'get', path: '/v1/review/dashboard', allowed: ['reviewerA'] },
];

describe.each(routes)('$method $path', ({ method, path, allowed }) => {
  it('401 without a token, with a WWW-Authenticate challenge', async () => {
    const res = await t.http[method](path).expect(401);
    expect(res.body.error.code).toBe('AUTH_REQUIRED');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('401 with an unknown token', async () => {
    await t.http[method](path).set('Authorization', 'Bearer not-a-real-token-at-all').expect(401);
  });

  it('403 for every role not allowed', async () => {
    for (const role of (['submitter', 'reviewerA', 'admin'] as const).filter((r) => !allowed.includes(r))) {
      const res = await t.http[method](path).set(t.as(role)).expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('passes authentication for the allowed roles', async () => {
    for (const role of allowed) {
      const res = await t.http[method](path).set(t.as(role));
      expect([401, 403]).not.toContain(res.status);
    }
  });
});

it('health, readiness and metrics need no token', async () => {
  await t.http.get('/healthz').expect(200);
  const ready = await t.http.get('/readyz').expect(200);
  expect(ready.body.checks).toMatchObject({ redis: true });
  const metrics = await t.http.get('/metrics').expect(200);
  expect(metrics.text).toContain('chokepoint_http_requests_total');
  expect(metrics.text).toContain('chokepoint_queue_jobs');
});
