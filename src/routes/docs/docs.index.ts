import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

// Every asset is served by this Worker from ./public; the page reaches no other host.
const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Periods API reference</title>
    <link rel="icon" href="/vendor/swagger-ui/favicon-32x32.png" />
    <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css" />
  </head>
  <body>
    <div id="api-reference"></div>
    <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
    <script src="/docs-ui/init.js"></script>
  </body>
</html>
`;

export const docsRouter = new Hono<AppEnv>().get('/docs', (c) => c.html(DOCS_PAGE));
