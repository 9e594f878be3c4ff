/**
 * A list uploaded through one instance stays in force until the configured sources change, whichever instance read
 * them last. Two instances on one Redis; the refreshes are run by hand, so which instance reads the sources is chosen:
 * B reads a changed file, A (whose own last reading is the older one) takes an upload, and B's next refresh, finding
 * the file as it was, keeps the upload. Before, the upload recorded A's older reading as the sources' version, and
 * that refresh replaced it with the file's list, as the rescreen test saw now and then under load.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ibanDE } from '../helpers/pacs008';
import { waitFor } from '../helpers/http-recorder';
import { TestGateway, listLine, numberedList, startTestGateway } from '../helpers/test-gateway';

jest.setTimeout(120_000);

let dir: string;
let file: string;
let a: TestGateway;
let b: TestGateway;

const lines = (n: number, extra: string[] = []) => numberedList({ id: 'UR', name: 'Upload Refresh Studio', letters: 'AG', ibanFrom: 8600 }, n, extra);
const versionOf = async (g: TestGateway) => (await g.http.get('/v1/watchlist').set(g.as('admin')).expect(200)).body as { version: string; origin: string };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-upload-refresh-'));
  file = path.join(dir, 'list.jsonl');
  await fs.writeFile(file, lines(20));
  a = await startTestGateway('upload-refresh', { WATCHLIST: file });
  b = await startTestGateway('upload-refresh', { WATCHLIST: file }, { dataDir: a.dataDir, prefix: a.prefix });
});
afterAll(async () => {
  await b?.stop();
  await a?.destroy();
  await fs.rm(dir, { recursive: true, force: true });
});

it('an upload through the instance that did not read the sources last is kept by a refresh that finds them unchanged', async () => {
  // B reads the changed file; A follows the announcement without reading the sources.
  await fs.writeFile(file, lines(20, [listLine('UR-NEW', 'Upload Refresh Newcomer Oy', ibanDE(8690))]));
  const read = await b.gw.watchlist.refresh();
  expect(read).toMatchObject({ changed: true });
  await waitFor('instance A on the version B read', async () => ((await versionOf(a)).version === read!.version ? true : undefined));

  const upload = (
    await a.http
      .put('/v1/watchlist')
      .set(a.as('admin'))
      .set('Content-Type', 'application/x-ndjson')
      .send(lines(20, [listLine('UR-UP', 'Upload Refresh Uploaded AB', ibanDE(8691))]))
      .expect(200)
  ).body.version as string;

  // The sources are as B read them: neither instance's refresh replaces the upload.
  expect(await b.gw.watchlist.refresh()).toMatchObject({ version: upload, changed: false });
  expect(await a.gw.watchlist.refresh()).toMatchObject({ version: upload, changed: false });
  for (const g of [a, b]) expect(await versionOf(g)).toMatchObject({ version: upload, origin: 'api' });

  // Once they change, they are the newer intent: the next refresh replaces the upload.
  await fs.writeFile(
    file,
    lines(20, [listLine('UR-NEW', 'Upload Refresh Newcomer Oy', ibanDE(8690)), listLine('UR-MORE', 'Upload Refresh Later Listing AB', ibanDE(8692))]),
  );
  const changed = await b.gw.watchlist.refresh();
  expect(changed).toMatchObject({ changed: true });
  expect(changed!.version).not.toBe(upload);
  await waitFor('instance A on the changed sources', async () => ((await versionOf(a)).version === changed!.version ? true : undefined));
});
