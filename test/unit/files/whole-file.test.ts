import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWholeFile, replaceWholeFile } from '../../../src/files/whole-file';

describe('whole files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'whole-file-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('of many creates at once exactly one wins, the file holds its whole text and nothing is left aside', async () => {
    const file = path.join(dir, 'owner.lock');
    const texts = Array.from({ length: 20 }, (_, i) => `writer ${i} `.repeat(10_000));
    const won = await Promise.all(texts.map((t) => createWholeFile(file, t)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await fs.readFile(file, 'utf8')).toBe(texts[won.indexOf(true)]);
    expect(await fs.readdir(dir)).toEqual(['owner.lock']);
  });

  it('does not overwrite a file that exists', async () => {
    const file = path.join(dir, 'tokens.json');
    await fs.writeFile(file, 'first');
    expect(await createWholeFile(file, 'second')).toBe(false);
    expect(await fs.readFile(file, 'utf8')).toBe('first');
  });

  it('creates owner-only files by default', async () => {
    const file = path.join(dir, 'encryption.key');
    await createWholeFile(file, 'k');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('replaces a file in one step and leaves nothing aside, also when the folder is missing', async () => {
    const file = path.join(dir, 'owner.lock');
    await fs.writeFile(file, 'old');
    await replaceWholeFile(file, 'new');
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['owner.lock']);
    await expect(replaceWholeFile(path.join(dir, 'missing', 'x'), 'y')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(dir)).toEqual(['owner.lock']);
  });
});
