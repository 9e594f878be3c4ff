import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TokenRegistry, parseTokensFile, tokenDigest } from '../../../src/http/tokens';
import { loadTokens, watchTokensFile } from '../../../src/http/token-file';

describe('tokens', () => {
  it('generates tokens once: hashes into DATA_DIR/tokens.json, values into tokens.initial.json, both mode 0600', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-tokens-'));
    const first = await loadTokens({ dataDir: dir });
    expect(first.generated?.tokens.map((t) => t.role).sort()).toEqual(['admin', 'reviewer', 'reviewer', 'submitter']);
    expect((await fs.stat(first.path)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(first.generated!.path)).mode & 0o777).toBe(0o600);
    expect(first.file.tokens.map((t) => t.sha256)).toEqual(first.generated!.tokens.map((t) => tokenDigest(t.token)));
    expect(first.file.tokens.every((t) => t.token === undefined)).toBe(true);
    const second = await loadTokens({ dataDir: dir });
    expect(second.generated).toBeUndefined();
    expect(second.file).toEqual(first.file);
    const reg = new TokenRegistry(second.file);
    expect(reg.identify(first.generated!.tokens[0]!.token)).toEqual({ name: 'hub', role: 'submitter', permissions: [] });
    await fs.rm(dir, { recursive: true });
  });

  it('reads again a file changed between the start-up reading and the watcher’s first check', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-tokens-'));
    const file = path.join(dir, 'tokens.json');
    const write = (names: string[]) =>
      fs.writeFile(file, JSON.stringify({ tokens: names.map((name, i) => ({ token: String(i).repeat(20), role: 'reviewer', name })) }));
    await write(['a', 'b']);
    const loaded = await loadTokens({ tokensFile: file, dataDir: dir });
    // b revoked before the watcher has looked at the file once.
    await write(['a']);
    const seen: string[][] = [];
    const stop = watchTokensFile(
      file,
      (t) => seen.push(t.tokens.map((x) => x.name)),
      (e) => seen.push([e.message]),
      60_000,
      loaded.signature,
    );
    for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(seen).toEqual([['a']]);
    await fs.rm(dir, { recursive: true });
  });

  it('identifies a token and its role; refuses others', () => {
    const reg = new TokenRegistry(parseTokensFile(JSON.stringify({ tokens: [{ token: 'x'.repeat(20), role: 'reviewer', name: 'r' }] }), 't.json'));
    expect(reg.identify('x'.repeat(20))).toEqual({ name: 'r', role: 'reviewer', permissions: [] });
    expect(reg.identify('x'.repeat(19))).toBeUndefined();
  });

  it('explains a bad tokens file', () => {
    expect(() => parseTokensFile('{"tokens":[{"token":"short","role":"reviewer","name":"a"}]}', 't.json')).toThrow(/t\.json: tokens\.0\.token/);
    expect(() => parseTokensFile('{"tokens":[{"token":"aaaaaaaaaaaaaaaaaaaa","role":"root","name":"a"}]}', 't.json')).toThrow(/role/);
    expect(() => parseTokensFile('nope', 't.json')).toThrow(/not valid JSON/);
    expect(() => parseTokensFile('{"tokens":[{"role":"reviewer","name":"a"}]}', 't.json')).toThrow(/either token or sha256/);
    expect(() => parseTokensFile('{"tokens":[{"sha256":"abc","role":"reviewer","name":"a"}]}', 't.json')).toThrow(/hex SHA-256/);
    const dup = {
      tokens: [
        { token: 'a'.repeat(20), role: 'reviewer', name: 'same' },
        { token: 'b'.repeat(20), role: 'reviewer', name: 'same' },
      ],
    };
    expect(() => parseTokensFile(JSON.stringify(dup), 't.json')).toThrow(/used twice/);
  });

  it('gives reveal-debtor only to the reviewer tokens that name it', () => {
    const file = {
      tokens: [
        { token: 'a'.repeat(20), role: 'reviewer', name: 'r' },
        { token: 'b'.repeat(20), role: 'reviewer', name: 'p', permissions: ['reveal-debtor'] },
      ],
    };
    const reg = new TokenRegistry(parseTokensFile(JSON.stringify(file), 't.json'));
    expect(reg.identify('a'.repeat(20))!.permissions).toEqual([]);
    expect(reg.identify('b'.repeat(20))!.permissions).toEqual(['reveal-debtor']);
    const admin = { tokens: [{ token: 'a'.repeat(20), role: 'admin', name: 'x', permissions: ['reveal-debtor'] }] };
    expect(() => parseTokensFile(JSON.stringify(admin), 't.json')).toThrow(/reviewer's permission/);
    expect(() => parseTokensFile(JSON.stringify({ tokens: [{ ...file.tokens[1], permissions: ['everything'] }] }), 't.json')).toThrow(/permissions/);
  });
});
