/**
 * The API description: served without a token, valid OpenAPI 3.1, the same routes as express registers (both ways)
 * and as the README's table lists, every example valid against its schema; the rendered page's files are served.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { registeredRoutes } from '../helpers/route-table';
import { REPO_DIR } from '../helpers/paths';
import { validateExample } from '../helpers/openapi-check';

let t: TestGateway;
let doc: {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        requestBody?: unknown;
        responses: Record<string, { content?: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }> }>;
      }
    >
  >;
};
beforeAll(async () => {
  t = await startTestGateway('openapi');
  const res = await t.http
    .get('/openapi.json')
    .expect(200)
    .expect('content-type', /application\/json/);
  doc = res.body;
});
afterAll(async () => t.destroy());

const documented = () =>
  Object.entries(doc.paths)
    .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();

it('is valid OpenAPI 3.1 (checked by @seriousme/openapi-schema-validator against the official schema)', () => {
  const r = spawnSync(process.execPath, [path.join(__dirname, '../helpers/openapi-validate.mjs')], {
    input: JSON.stringify(doc),
    encoding: 'utf8',
    cwd: REPO_DIR,
  });
  expect(r.stderr).toBe('');
  const verdict = JSON.parse(r.stdout) as { valid: boolean; version: string; errors: unknown[] };
  expect(verdict.errors).toEqual([]);
  expect(verdict).toMatchObject({ valid: true, version: '3.1' });
  expect(doc.openapi).toBe('3.1.0');
});

it('documents every route express registers, and nothing else', () => {
  const registered = registeredRoutes(t.gw.app);
  const missing = registered.filter((r) => !documented().includes(r));
  const extra = documented().filter((r) => !registered.includes(r));
  const advice = [
    ...missing.map(
      (r) =>
        `${r} is registered but not documented: describe it as an operation in src/http/api/operations (and list it in operations/index.ts), then register it with route() from src/http/api/route.ts instead of router.${r.split(' ')[0]!.toLowerCase()}()`,
    ),
    ...extra.map((r) => `${r} is documented but express has no such route: register it with route(), or remove the operation`),
  ];
  expect(advice).toEqual([]);
  expect(registered.length).toBeGreaterThan(20);
});

/** `METHOD /path` of the README's HTTP API table (first column, code spans; `{a,b}` alternatives expanded). */
function readmeRoutes(): string[] {
  const readme = readFileSync(path.join(REPO_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## HTTP API'), readme.indexOf('\n## ', readme.indexOf('## HTTP API') + 5));
  const out: string[] = [];
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const first = line.split('|')[1]!;
    for (const [, span] of first.matchAll(/`([^`]+)`/g)) {
      const m = /^(GET|POST|PUT|DELETE|PATCH) (\S+)$/.exec(span!);
      if (!m) throw new Error(`README HTTP API table: "${span}" is not METHOD /path`);
      const alternatives = /\{([a-z-]+(?:,[a-z-]+)+)\}/.exec(m[2]!);
      const paths = alternatives ? alternatives[1]!.split(',').map((a) => m[2]!.replace(alternatives[0]!, a)) : [m[2]!];
      for (const p of paths) out.push(`${m[1]} ${p.replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return out;
}

it("the README's HTTP API table lists exactly the documented API routes (pages' files aside)", () => {
  const readme = readmeRoutes();
  const api = documented().filter((r) => !r.endsWith('/{file}'));
  expect(readme.filter((r) => !api.includes(r)).map((r) => `README lists ${r}, which does not exist`)).toEqual([]);
  expect(api.filter((r) => !readme.includes(r)).map((r) => `${r} is missing from the README's HTTP API table`)).toEqual([]);
});

it('every example in the description is valid against its schema', () => {
  const problems: string[] = [];
  let count = 0;
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      for (const [status, r] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(r.content ?? {})) {
          if (type !== 'application/json') continue;
          const examples = [...(media.example !== undefined ? [media.example] : []), ...Object.values(media.examples ?? {}).map((e) => e.value)];
          for (const value of examples) {
            count++;
            const problem = validateExample(p, m, status, value);
            if (problem) problems.push(`${m.toUpperCase()} ${p} ${status}: ${problem}`);
          }
        }
      }
    }
  }
  expect(problems).toEqual([]);
  expect(count).toBeGreaterThan(100);
});

it('every operation has an example of each JSON answer, and of every error code it can answer', () => {
  const missing: string[] = [];
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      for (const [status, r] of Object.entries(op.responses)) {
        const media = r.content?.['application/json'];
        if (media && media.example === undefined && media.examples === undefined && p !== '/openapi.json') missing.push(`${m} ${p} ${status}`);
      }
    }
  }
  expect(missing).toEqual([]);
  const release = doc.paths['/v1/holds/{id}/release']!.post!.responses;
  expect(Object.keys(release['409']!.content!['application/json']!.examples!)).toEqual(
    expect.arrayContaining(['HOLD_NOT_PENDING', 'HOLD_CLAIMED', 'FOUR_EYES_SAME_REVIEWER', 'FOUR_EYES_CONFLICT']),
  );
  expect(Object.keys(release['401']!.content!['application/json']!.examples!)).toEqual(['AUTH_REQUIRED']);
});

it('describes XML bodies as XML media types: the message, the status report, the RJCT report of a refused message', () => {
  const submit = doc.paths['/v1/messages']!.post! as unknown as {
    requestBody: { content: Record<string, unknown> };
    responses: Record<string, { content: Record<string, unknown> }>;
  };
  expect(Object.keys(submit.requestBody.content)).toEqual(['application/xml', 'text/xml']);
  expect(Object.keys(submit.responses['200']!.content)).toEqual(['application/json', 'application/xml']);
  expect(Object.keys(submit.responses['422']!.content)).toEqual(['application/json', 'application/xml']);
});

it('GET /docs/ serves the rendered description under the pages’ Content-Security-Policy; /docs redirects', async () => {
  const page = await t.http
    .get('/docs/')
    .expect(200)
    .expect('content-type', /text\/html/);
  expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  expect(page.text).toContain('swagger-ui-bundle.js');
  await t.http.get('/docs').expect(301).expect('location', '/docs/');
  await t.http
    .get('/docs/swagger-ui-bundle.js')
    .expect(200)
    .expect('content-type', /javascript/);
  await t.http.get('/docs/swagger-ui.css').expect(200).expect('content-type', /css/);
  const init = await t.http.get('/docs/init.js').expect(200);
  expect(init.text).toContain('validatorUrl: null');
  await t.http.get('/docs/package.json').expect(404);
});
