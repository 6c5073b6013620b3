import { readFileSync } from 'node:fs';

/*
 * The README quotes examples/client.ts, which the type check covers; this
 * keeps the quoted copy identical, so the README's example is type-checked too.
 */
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const example = read('examples/client.ts').replace(
  "'../src/generated/openapi'",
  "'./src/generated/openapi'",
);

if (!read('README.md').includes(`\`\`\`ts\n${example}\`\`\``)) {
  console.error('README.md does not quote examples/client.ts as it is; update the README.');
  process.exit(1);
}
