/**
 * The file outbox: a group of deliveries is written, synced and renamed into place together, each file whole under its
 * key; a delivery that fails is reported on its own while the rest of its group arrives, and nothing half-written is
 * left behind.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectorySink } from '../../../src/jobs/sinks/directory-sink';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-outbox-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const delivery = (key: string) => ({ key, xml: `<Document><Id>${key}</Id></Document>` });

it('writes every delivery of a group as its own file, and leaves no temporary file', async () => {
  const sink = new DirectorySink(dir);
  expect(await sink.deliverAll([delivery('m1-f'), delivery('m2-f'), delivery('m3-f')])).toEqual([undefined, undefined, undefined]);
  expect((await fs.readdir(dir)).sort()).toEqual(['m1-f.xml', 'm2-f.xml', 'm3-f.xml']);
  expect(await fs.readFile(path.join(dir, 'm2-f.xml'), 'utf8')).toBe('<Document><Id>m2-f</Id></Document>');
});

it('a repeated delivery replaces its file with the same bytes: still one file per key', async () => {
  const sink = new DirectorySink(dir);
  await sink.deliver(delivery('m1-f'));
  expect(await sink.deliverAll([delivery('m1-f'), delivery('m4-f')])).toEqual([undefined, undefined]);
  expect((await fs.readdir(dir)).sort()).toEqual(['m1-f.xml', 'm4-f.xml']);
});

it('reports a delivery that cannot be placed on its own, and delivers the rest of the group', async () => {
  const sink = new DirectorySink(dir);
  // A directory where the file should go: the rename of that one delivery fails.
  await fs.mkdir(path.join(dir, 'm2-f.xml'));
  await fs.writeFile(path.join(dir, 'm2-f.xml', 'x'), 'occupied');
  const errors = await sink.deliverAll([delivery('m1-f'), delivery('m2-f'), delivery('m3-f')]);
  expect(errors[0]).toBeUndefined();
  expect(errors[1]).toBeInstanceOf(Error);
  expect(errors[2]).toBeUndefined();
  expect((await fs.readdir(dir)).sort()).toEqual(['m1-f.xml', 'm2-f.xml', 'm3-f.xml']);
  await expect(sink.deliver(delivery('m2-f'))).rejects.toThrow();
});

describe('leftovers of a crash', () => {
  it('removes the half-written files of writers that are gone, keeps those of running ones and the delivered files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-outbox-left-'));
    const gone = await new Promise<number>((resolve) => {
      const c = spawn(process.execPath, ['-e', '']);
      c.once('exit', () => resolve(c.pid!));
    });
    await fs.writeFile(path.join(dir, `.CPF0001-1.${gone}.0.tmp`), '<Doc');
    await fs.writeFile(path.join(dir, `.CPF0002-1.${process.pid}.7.tmp`), '<Doc');
    await fs.writeFile(path.join(dir, 'CPF0000-1.xml'), '<Document/>');
    const sink = new DirectorySink(dir);
    expect(await sink.prepare()).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual([`.CPF0002-1.${process.pid}.7.tmp`, 'CPF0000-1.xml']);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
