#!/usr/bin/env node
/**
 * `npm run demo`: send every sample message to the gateway `npm start` runs, one line per transaction
 * (`chokepoint demo`; arguments after `--` go to it, e.g. `npm run demo -- --fresh`).
 */
'use strict';
require('./prepare').runCli('demo');
