/**
 * What `npm start` and `npm run demo` do first on a fresh clone: install dependencies when node_modules is missing or
 * older than package-lock.json, compile when dist/ is missing or older than the sources; then run the compiled
 * `chokepoint` command in this process. Plain Node.js with no dependencies, because it runs before they are installed.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : mtime(p));
  }
  return t;
}

function run(cmd, args, what) {
  console.error(`chokepoint: ${what}…`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`chokepoint: ${what} failed (${cmd} ${args.join(' ')})`);
    process.exit(r.status || 1);
  }
}

/** Installs and compiles what is missing or stale, then runs `chokepoint <command> <the script's arguments>`. */
function runCli(command) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.error(`chokepoint needs Node.js 20 or later (this is ${process.version})`);
    process.exit(1);
  }
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) === 0 || mtime(installed) < mtime(path.join(root, 'package-lock.json'))) {
    run('npm', ['ci', '--no-audit', '--no-fund'], 'installing dependencies (npm ci)');
  }

  const stamp = path.join(root, 'dist', '.build-stamp');
  const sources = Math.max(
    newest(path.join(root, 'src')),
    newest(path.join(root, 'schemas')),
    mtime(path.join(root, 'tsconfig.json')),
    mtime(path.join(root, 'package-lock.json')),
  );
  if (mtime(stamp) < sources || !fs.existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'))) {
    run('npm', ['run', '--silent', 'build'], 'compiling (npm run build)');
  }

  // In this process, not a child: a signal sent to this process (npm forwards SIGINT / SIGTERM to it; a supervisor
  // sends it to the pid it started) reaches the gateway itself, with no process in between to forward it or to be
  // left behind. The gateway's worker processes are forked from process.argv[1], so that names the CLI.
  const main = path.join(root, 'dist', 'src', 'cli', 'main.js');
  const args = process.argv.slice(2);
  process.argv = [process.argv[0], main, command, ...args];
  void require(main).main(process.argv);
}

module.exports = { runCli };
