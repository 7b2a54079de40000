// Writes JSON Schema for every contract and the AsyncAPI document into libs/contracts/generated/.
import { asyncApiDocument, contractJsonSchemas } from '@dpo/contracts';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(__dirname, '../../libs/contracts/generated');
mkdirSync(join(out, 'json-schema'), { recursive: true });
for (const f of readdirSync(join(out, 'json-schema'))) rmSync(join(out, 'json-schema', f));
const schemas = contractJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(join(out, 'json-schema', `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
writeFileSync(join(out, 'asyncapi.json'), `${JSON.stringify(asyncApiDocument('1.0.0'), null, 2)}\n`);
process.stdout.write(`wrote ${Object.keys(schemas).length} JSON Schemas and asyncapi.json to ${out}\n`);
