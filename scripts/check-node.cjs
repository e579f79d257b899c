// Runs before `npm start` and `npm test` (prestart / pretest): stops at once, with a message that
// says what to install, when the Node.js running npm is older than package.json's engines allow.
// Plain CommonJS with no dependency, so that it runs on any Node.js that can run npm.
'use strict';
const { engines } = require('../package.json');
const wanted = /(\d+)/.exec((engines && engines.node) || '');
const minimum = wanted ? Number(wanted[1]) : 0;
const major = Number(process.versions.node.split('.')[0]);
if (major < minimum) {
  process.stderr.write(
    `This bot needs Node.js ${minimum} or later (it is tested on Node.js 24 LTS); ` +
      `this is Node.js ${process.versions.node}. Install Node.js 24 LTS and run the command again.\n`,
  );
  process.exit(1);
}
