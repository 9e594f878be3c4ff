/** `chokepoint watchlist convert` as an operator runs it (compiled CLI; `npm test` builds first), end to end. */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, REPO_DIR } from '../helpers/paths';

const CLI = path.join(REPO_DIR, 'dist', 'src', 'cli', 'main.js');
const SOURCES = path.join(FIXTURES_DIR, 'watchlist', 'sources');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-convert-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('chokepoint watchlist convert', () => {
  test.each([
    ['ofac-sdn-csv', path.join(SOURCES, 'ofac-sdn-csv')],
    ['ofac-sdn-xml', path.join(SOURCES, 'ofac-sdn-xml', 'SDN.XML')],
    ['ofac-sdn-xml', path.join(SOURCES, 'ofac-sdn-advanced', 'SDN_ADVANCED.XML')],
    ['un-xml', path.join(SOURCES, 'un-xml', 'consolidated.xml')],
    ['eu-fsf-xml', path.join(SOURCES, 'eu-fsf-xml', 'export.xml')],
    ['ftm', path.join(SOURCES, 'ftm', 'entities.ftm.json')],
  ])('--from %s -o: a file the gateway loads (verify and screen accept it), the summary on stdout', (format, input) => {
    const out = path.join(dir, `${format}-${path.basename(input)}.jsonl`);
    const r = cli(['watchlist', 'convert', '--from', format, '-o', out, input]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ from: format, out, keyedHash: false });
    expect(summary.entries).toBeGreaterThan(0);
    // Records left out are named on stderr, one per line, file:line first.
    for (const line of r.stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^.+:\d+: .+/);

    const verify = cli(['watchlist', 'verify', out]);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ entries: summary.entries, kinds: summary.kinds, identifiers: summary.identifiers });
    const screen = cli(['screen', '--watchlist', out, path.join(FIXTURES_DIR, 'messages', 'pacs.008.001.08-single.xml')]);
    expect(screen.code).toBe(0);
  });

  test('without -o: the list on stdout, the summary as the last line of stderr', () => {
    const r = cli(['watchlist', 'convert', '--from', 'un-xml', path.join(SOURCES, 'un-xml', 'consolidated.xml')]);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['un-sc:XXi.001', 'un-sc:XXi.002', 'un-sc:XXe.001']);
    const err = r.stderr.trim().split('\n');
    expect(err[0]).toMatch(/consolidated\.xml:102: \/CONSOLIDATED_LIST\/ENTITIES\/ENTITY\[2\]: no name and no identifier$/);
    expect(JSON.parse(err[err.length - 1])).toMatchObject({ entries: 3, kinds: { person: 2, organisation: 1 }, skipped: 1 });
  });

  test('--from csv with --map; --hmac-key writes the keyed-hash form the gateway loads with that key', () => {
    const out = path.join(dir, 'csv.hmac.jsonl');
    const key = '00112233445566778899aabbccddeeff';
    const r = cli([
      'watchlist',
      'convert',
      '--from',
      'csv',
      '--map',
      'id=Ref,kind=Type,name=Name,alias=Aliases',
      '--map',
      'iban=IBAN,website=Website,country=Country',
      '--hmac-key',
      key,
      '-o',
      out,
      path.join(SOURCES, 'csv', 'list.csv'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ entries: 3, keyedHash: true });
    expect(cli(['watchlist', 'verify', out]).code).toBe(0);
    expect(cli(['screen', '--watchlist', out, '--hmac-key', key, path.join(FIXTURES_DIR, 'messages', 'pacs.008.001.08-single.xml')]).code).toBe(0);
  });

  test('a failed conversion leaves no output file behind; bad options are CONFIG_INVALID', async () => {
    const out = path.join(dir, 'never.jsonl');
    const r = cli(['watchlist', 'convert', '--from', 'ofac-sdn-xml', '-o', out, path.join(SOURCES, 'un-xml', 'consolidated.xml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/WATCHLIST_INVALID: .*not an OFAC SDN\.XML file/);
    expect((await fs.readdir(dir)).filter((f) => f.startsWith('never'))).toEqual([]);
    const key = cli(['watchlist', 'convert', '--from', 'un-xml', '--hmac-key', 'abc', path.join(SOURCES, 'un-xml', 'consolidated.xml')]);
    expect(key.code).toBe(78);
    expect(key.stderr).toMatch(/CONFIG_INVALID: --hmac-key: expected at least 32 hex digits/);
    expect(cli(['watchlist', 'convert', '--from', 'un-xml', '--map', 'id=A', path.join(SOURCES, 'un-xml', 'consolidated.xml')]).stderr).toMatch(
      /are for --from csv/,
    );
    const unwritable = cli([
      'watchlist',
      'convert',
      '--from',
      'un-xml',
      '-o',
      path.join(dir, 'no-such-dir', 'out.jsonl'),
      path.join(SOURCES, 'un-xml', 'consolidated.xml'),
    ]);
    expect(unwritable.code).toBe(78);
    expect(unwritable.stderr).toMatch(/CONFIG_INVALID: -o .*out\.jsonl: ENOENT/);
    expect(cli(['watchlist', 'convert', '--from', 'pdf', 'x']).stderr).toMatch(
      /Allowed choices are ofac-sdn-csv, ofac-sdn-xml, un-xml, eu-fsf-xml, ftm, csv, native/,
    );
  });
});
