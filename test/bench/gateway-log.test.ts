/**
 * The gateway benchmark's log of the gateway (bench/gateway/harness.ts GatewayLog): a gateway that exits during a
 * bench is never silent — its output, and its worker processes', is in a file whose end is printed.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { GatewayLog } from '../../bench/gateway/harness';

const child = (log: GatewayLog, code: string) => spawn(process.execPath, ['-e', code], { stdio: log.stdio() });

it('a gateway that exits during the bench: its log end is printed, `died` rejects, the file is kept', async () => {
  const printed = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const log = new GatewayLog();
  try {
    // A worker process writes to the same stdout / stderr (inherited); then the gateway dies.
    const gw = child(log, `console.log('{"msg":"listening"}'); console.error('TypeError: at the end'); setTimeout(() => process.exit(70), 50);`);
    log.watch(gw);
    await expect(log.died).rejects.toThrow('the gateway exited (code 70, signal null)');
    const out = printed.mock.calls.map((c) => String(c[0])).join('');
    expect(out).toContain(log.file);
    expect(out).toContain('{"msg":"listening"}');
    expect(out).toContain('TypeError: at the end');
    log.stop();
    log.close();
    expect(existsSync(log.file)).toBe(true);
  } finally {
    printed.mockRestore();
    rmSync(log.file, { force: true });
  }
});

it('a gateway the bench stops: no death reported, the file removed', async () => {
  const log = new GatewayLog();
  const gw = child(log, `console.log('up'); setInterval(() => {}, 1000);`);
  log.watch(gw);
  let died = false;
  log.died.catch(() => (died = true));
  await new Promise((r) => setTimeout(r, 200));
  log.stop();
  const exited = new Promise((r) => gw.once('exit', r));
  gw.kill('SIGTERM');
  await exited;
  await new Promise((r) => setTimeout(r, 50));
  expect(died).toBe(false);
  log.close();
  expect(existsSync(log.file)).toBe(false);
});
