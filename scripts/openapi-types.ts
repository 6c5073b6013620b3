/*
 * Writes src/generated/openapi.d.ts from the served OpenAPI document, or with
 * --check fails when the committed file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { servedDocument } from './openapi-document';

const TARGET = 'src/generated/openapi.d.ts';
const HEADER = '// Generated from the served OpenAPI document by `npm run openapi:types`.\n\n';

const document = await servedDocument<OpenAPI3>();
const types = HEADER + astToString(await openapiTS(document));

if (!process.argv.includes('--check')) {
  writeFileSync(TARGET, types);
  console.log(`wrote ${TARGET}`);
} else if (readFileSync(TARGET, 'utf8') !== types) {
  console.error(`${TARGET} is stale: run \`npm run openapi:types\` and commit the result.`);
  process.exit(1);
} else {
  console.log(`${TARGET} matches the served document`);
}
