import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { registerSharedComponents } from './responses';

const API_VERSION = '1.0.0';

const DESCRIPTION = `
Read your team's periods (named timeframes with markers) and the actions that happened in them.

**Authentication.** Every operation except the health check needs
\`Authorization: Bearer <api key>\`. A key belongs to one team, and every answer is limited to
that team: a period of another team is answered exactly like one that does not exist.
A missing, malformed, unknown or revoked key gets a 401 with a \`WWW-Authenticate\` header.

**Dates.** Every date in a response is UTC in the form \`YYYY-MM-DDTHH:MM:SS.sssZ\`, always with
three fractional digits. \`start_date\` and \`end_date\` take a date \`YYYY-MM-DD\`, meaning
midnight UTC, or a date-time \`YYYY-MM-DDTHH:MM:SS\` with an optional fraction of 1 to 9
digits (cut to milliseconds) and an optional zone \`Z\`, \`+HH:MM\` or \`-HH:MM\` (none means
UTC), for years 0000 to 9999. Anything else, such as a space for \`T\`, \`+0200\` or
\`2024-02-30\`, is a 400 whose message names the parameter. Two spellings of the same instant
are the same query.

**Ranges.** A period matches when it overlaps the range, bounds inclusive: the period ends at or
after \`start_date\` and starts at or before \`end_date\`. With one bound only that side applies;
with none, every period of the team matches. A \`start_date\` after \`end_date\` is a 400.

**Caching.** Period lists are cached at the edge for a configurable time (60 s by default), so a
list can lag a change in the data by up to that long; \`X-Cache\` says whether an answer came from
the cache. Both operations send an \`ETag\` and answer a matching \`If-None-Match\` with a 304
and no body. Answers are \`Cache-Control: private\`: they depend on the key.

**Errors.** Every error body is \`{"message": string}\`. An unknown path is a 404, an unexpected
failure a 500 whose details stay in the service log, and a database that cannot take the query
now a 503 with \`Retry-After\`.
`.trim();

export function registerOpenApiDocument(app: OpenAPIHono<AppEnv>) {
  registerSharedComponents(app.openAPIRegistry);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key of your team, such as pak_ followed by 40 letters and digits.',
  });

  app.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: { title: 'Periods API', version: API_VERSION, description: DESCRIPTION },
    servers: [{ url: new URL(c.req.url).origin, description: 'This deployment' }],
    tags: [
      { name: 'Periods', description: 'Named timeframes of your team, with markers.' },
      { name: 'Actions', description: 'Work items that happened in a period.' },
      { name: 'Service', description: 'Operational endpoints.' },
    ],
  }));
}
