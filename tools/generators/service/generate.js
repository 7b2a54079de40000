#!/usr/bin/env node
// `npm run new-service -- <name> [port]`: a new NestJS service wired like the others
// (runService, own schema and migrations, inbox/outbox, health, JetStream handlers, tags).
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '../../..');
const [name, port = '3199'] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]{1,30}$/.test(name)) {
  process.stderr.write('usage: npm run new-service -- <name: lower-case, digits, -> [health port]\n');
  process.exit(64);
}
const target = join(ROOT, 'apps', name);
if (existsSync(target)) {
  process.stderr.write(`apps/${name} already exists\n`);
  process.exit(1);
}
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const tokens = {
  __name__: name,
  __Pascal__: pascal,
  __CONST__: name.toUpperCase().replace(/-/g, '_'),
  __schema__: name.replace(/-/g, '_'),
  __port__: port,
  __ts__: String(Date.now()),
};
const fill = (s) => Object.entries(tokens).reduce((acc, [k, v]) => acc.split(k).join(v), s);

function copy(src, dst) {
  mkdirSync(dst, { recursive: true });
  for (const entry of readdirSync(src)) {
    const from = join(src, entry);
    const to = join(dst, fill(entry).replace(/\.tpl$/, ''));
    if (statSync(from).isDirectory()) copy(from, to);
    else writeFileSync(to, fill(readFileSync(from, 'utf8')));
  }
}

copy(join(__dirname, 'files'), target);
// Build, test and lint configuration as every other service has it.
const registry = join(ROOT, 'apps/registry');
for (const f of ['webpack.config.js', 'jest.config.cts', 'tsconfig.json', 'tsconfig.app.json', 'tsconfig.spec.json', 'eslint.config.mjs']) {
  writeFileSync(join(target, f), readFileSync(join(registry, f), 'utf8').split('registry').join(name));
}
const project = JSON.parse(readFileSync(join(registry, 'project.json'), 'utf8').split('registry').join(name));
project.tags = [`scope:${name}`, 'type:app'];
writeFileSync(join(target, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
writeFileSync(join(target, 'README.md'), `# ${name}\n\nWhat this service does, the events it consumes and emits, its configuration.\n`);
process.stdout.write(`created apps/${name}: npx nx build ${name} && node dist/apps/${name}/main.js\n`);
