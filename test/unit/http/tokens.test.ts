import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TokenRegistry, loadTokens, parseTokensFile } from '../../../src/http/tokens';

describe('tokens', () => {
  it('generates tokens once into DATA_DIR/tokens.json with mode 0600, then reads the same file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-tokens-'));
    const first = await loadTokens({ dataDir: dir });
    expect(first.generated).toBe(true);
    expect((await fs.stat(first.path)).mode & 0o777).toBe(0o600);
    expect(first.file.tokens.map((t) => t.role).sort()).toEqual(['admin', 'reviewer', 'reviewer', 'submitter']);
    const second = await loadTokens({ dataDir: dir });
    expect(second.generated).toBe(false);
    expect(second.file).toEqual(first.file);
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
    const dup = { tokens: [{ token: 'a'.repeat(20), role: 'reviewer', name: 'same' }, { token: 'b'.repeat(20), role: 'reviewer', name: 'same' }] };
    expect(() => parseTokensFile(JSON.stringify(dup), 't.json')).toThrow(/used twice/);
  });

  it('gives reveal-debtor only to the reviewer tokens that name it', () => {
    const file = { tokens: [{ token: 'a'.repeat(20), role: 'reviewer', name: 'r' }, { token: 'b'.repeat(20), role: 'reviewer', name: 'p', permissions: ['reveal-debtor'] }] };
    const reg = new TokenRegistry(parseTokensFile(JSON.stringify(file), 't.json'));
    expect(reg.identify('a'.repeat(20))!.permissions).toEqual([]);
    expect(reg.identify('b'.repeat(20))!.permissions).toEqual(['reveal-debtor']);
    const admin = { tokens: [{ token: 'a'.repeat(20), role: 'admin', name: 'x', permissions: ['reveal-debtor'] }] };
    expect(() => parseTokensFile(JSON.stringify(admin), 't.json')).toThrow(/reviewer's permission/);
    expect(() => parseTokensFile(JSON.stringify({ tokens: [{ ...file.tokens[1], permissions: ['everything'] }] }), 't.json')).toThrow(/permissions/);
  });
});
