/**
 * Strict mode (STRICT_XSD_DIR): the operator's XSDs are applied on top of the built-in validation, by libxml2-wasm,
 * in the running gateway. The operator's pacs.008.001.08 schema here is the official one narrowed like a scheme's
 * usage guideline would (names of at most 20 characters), written to a temporary directory at test time.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { ISO_XSD_DIR } from '../helpers/paths';
import { makeDataDir } from '../helpers/test-gateway';
import { startCliGateway } from '../helpers/cli-gateway';
import { redisUrl, testPrefix, deletePrefix } from '../helpers/redis';

jest.setTimeout(90_000);

it('refuses what the operator XSD refuses, with code, path and line, and accepts the rest', async () => {
  const dataDir = await makeDataDir();
  const xsdDir = path.join(dataDir, 'xsd');
  await fs.mkdir(xsdDir);
  const official = await fs.readFile(path.join(ISO_XSD_DIR, 'pacs.008.001.08.xsd'), 'utf8');
  const narrowed = official.replace(
    /(<xs:simpleType name="Max140Text">\s*<xs:restriction base="xs:string">\s*<xs:minLength value="1"\/>\s*<xs:maxLength value=")140("\/>)/,
    '$120$2',
  );
  expect(narrowed).not.toBe(official);
  await fs.writeFile(path.join(xsdDir, 'pacs.008.001.08.xsd'), narrowed);
  const prefix = testPrefix('strict');
  const gw = await startCliGateway(dataDir, { STRICT_XSD_DIR: xsdDir, REDIS_URL: redisUrl(), REDIS_PREFIX: prefix });
  try {
    const short = await gw.post(pacs008([{ creditorName: 'Short Name AB', creditorIban: ibanDE(41) }]));
    expect(short.status).toBe(200);
    const long = await gw.post(pacs008([{ creditorName: 'A Rather Long Creditor Name Holding AB', creditorIban: ibanDE(42) }]));
    expect(long.status).toBe(422);
    const err = JSON.parse(long.body).error;
    expect(err.code).toBe('MESSAGE_INVALID');
    expect(JSON.stringify(err)).toMatch(/Cdtr\/Nm/);
    expect(JSON.stringify(err)).toMatch(/"line":\d+/);
  } finally {
    await gw.stop();
    await deletePrefix(prefix);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
