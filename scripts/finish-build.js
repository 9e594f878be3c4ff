#!/usr/bin/env node
/**
 * Second half of `npm run build`, after tsc: copies the files the compiled code reads at run time from beside itself
 * (the Redis scripts, src/**\/*.lua) into dist/ at the same place, and stamps the build (scripts/prepare.js compares the
 * stamp with the sources to decide whether to build again). Plain Node.js, no dependencies.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const ASSET = /\.lua$/;

function copyAssets(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, e.name);
    if (e.isDirectory()) copyAssets(from);
    else if (ASSET.test(e.name)) {
      const to = path.join(dist, path.relative(root, from));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}

copyAssets(path.join(root, 'src'));
fs.writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString());
