/**
 * POST /v1/messages is answered ahead of express (http/hot-route.ts), except when the client's Accept may prefer XML
 * (negotiated by express) and for the path's variants express also routes. Both ways give the same answers: status,
 * body, headers, and the request metrics.
 */
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, TestGateway, startTestGateway } from '../helpers/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway('hot-route');
});
afterAll(async () => t.destroy());

/** The headers an answer's meaning depends on (not Date, Connection, Keep-Alive, nor the per-message id's value). */
const SAME = ['content-type', 'content-length', 'x-content-type-options', 'cache-control', 'referrer-policy', 'retry-after', 'www-authenticate'];
const headersOf = (h: Record<string, string>) => Object.fromEntries(SAME.filter((k) => h[k] !== undefined).map((k) => [k, h[k]]));

const submit = (path: string, accept: string, type: string, body: string, token: string | null = TOKENS.submitter) => {
  const r = t.http.post(path).set('Content-Type', type).set('Accept', accept);
  return (token ? r.set('Authorization', `Bearer ${token}`) : r).send(body);
};

// "application/json, text/xml;q=0" names XML (express negotiates it) and still prefers JSON: the same answer expected.
const EXPRESS_JSON = 'application/json, text/xml;q=0';

it.each([
  ['no token', 'application/xml', '<a/>', null, 401],
  ['an unknown token', 'application/xml', '<a/>', 'not-a-real-token-at-all', 401],
  ['a reviewer token', 'application/xml', '<a/>', TOKENS.reviewerA, 403],
  ['a JSON body', 'application/json', '{}', TOKENS.submitter, 415],
  ['an empty body', 'application/xml', '', TOKENS.submitter, 400],
  ['malformed XML', 'application/xml', '<Document><unclosed>', TOKENS.submitter, 400],
])('refuses %s the same way directly and through express', async (_what, type, body, token, status) => {
  const direct = await submit('/v1/messages', 'application/json', type, body, token);
  const viaExpress = await submit('/v1/messages', EXPRESS_JSON, type, body, token);
  expect(direct.status).toBe(status);
  expect(viaExpress.status).toBe(status);
  expect(direct.text).toBe(viaExpress.text);
  expect(headersOf(direct.headers)).toEqual(headersOf(viaExpress.headers));
  expect(direct.headers['x-content-type-options']).toBe('nosniff');
});

it('accepts a message the same way directly, through express and on a path variant express routes', async () => {
  const answers: Awaited<ReturnType<typeof submit>>[] = [];
  for (const [path, accept] of [
    ['/v1/messages', 'application/json'],
    ['/v1/messages', EXPRESS_JSON],
    ['/v1/messages/', 'application/json'],
    ['/v1/messages?hub=1', 'application/json'],
  ] as const) {
    const n = answers.length;
    const r = await submit(path, accept, 'application/xml', pacs008([{ creditorName: `Hot Route Test ${n} AB`, creditorIban: ibanDE(60 + n) }]));
    expect(r.status).toBe(200);
    expect(r.headers['x-chokepoint-message-id']).toBe(r.body.message.id);
    expect(r.body.transactions[0].decision).toBe('clear');
    answers.push(r);
  }
  const shape = (r: (typeof answers)[number]) => ({ ...headersOf(r.headers), 'content-length': undefined });
  for (const r of answers.slice(1)) expect(shape(r)).toEqual(shape(answers[0]!));
  expect(Object.keys(answers[0]!.body)).toEqual(Object.keys(answers[1]!.body));
});

it('counts the requests it answers under the route pattern', async () => {
  const count = async () => {
    const text = (await t.http.get('/metrics').expect(200)).text;
    const line = text
      .split('\n')
      .find((l) => l.startsWith('chokepoint_http_requests_total{') && l.includes('route="/v1/messages"') && l.includes('status="401"'));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  const before = await count();
  await submit('/v1/messages', 'application/json', 'application/xml', '<a/>', null).expect(401);
  expect(await count()).toBe(before + 1);
});
