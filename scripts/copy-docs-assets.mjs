// Copies Swagger UI's browser files into the Worker's static assets, so the
// docs page loads nothing from a third-party host.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('swagger-ui-dist/package.json'));
const target = new URL('../public/vendor/swagger-ui/', import.meta.url).pathname;

mkdirSync(target, { recursive: true });
for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'LICENSE']) {
  copyFileSync(join(source, file), join(target, file));
}
