#!/usr/bin/env node
/** `npm start`: make a fresh clone runnable (scripts/prepare.js), then run the gateway (`chokepoint serve`). */
'use strict';
require('./prepare').runCli('serve');
