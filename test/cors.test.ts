import { describe, expect, it } from 'vitest';
import { call } from './support/client';
import { createTeam } from './support/seed';

const APP_ORIGIN = 'https://app.example.com';
const ADMIN_ORIGIN = 'https://admin.example.com';
const LISTED_ORIGINS = { CORS_ALLOWED_ORIGINS: `${APP_ORIGIN}, ${ADMIN_ORIGIN}` };

const preflight = (path: string, origin: string, env: Partial<Env> = {}) =>
  call(path, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization, if-none-match',
    },
    env,
  });

describe('CORS', () => {
  describe.each(['/periods', '/periods/1/actions'])('OPTIONS %s', (path) => {
    it('answers a preflight without a key by 204 with the CORS headers', async () => {
      const { response, statements } = await preflight(path, APP_ORIGIN);

      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/\bGET\b/);
      const allowedHeaders = response.headers.get('Access-Control-Allow-Headers') ?? '';
      expect(allowedHeaders).toMatch(/\bAuthorization\b/i);
      expect(allowedHeaders).toMatch(/\bIf-None-Match\b/i);
      expect(response.headers.get('WWW-Authenticate')).toBeNull();
      expect(statements).toBe(0);
    });

    it('echoes an origin from CORS_ALLOWED_ORIGINS', async () => {
      const { response } = await preflight(path, ADMIN_ORIGIN, LISTED_ORIGINS);

      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ADMIN_ORIGIN);
      expect(response.headers.get('Vary')).toMatch(/\bOrigin\b/);
    });

    it('gives no allow-origin header to an origin missing from the list', async () => {
      const { response } = await preflight(path, 'https://evil.example.net', LISTED_ORIGINS);

      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  });

  it('lets a listed origin read the API headers of an answer', async () => {
    const team = await createTeam();

    const { response } = await call('/periods', {
      key: team.key,
      headers: { Origin: APP_ORIGIN },
      env: LISTED_ORIGINS,
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    const exposed = response.headers.get('Access-Control-Expose-Headers') ?? '';
    expect(exposed.split(',').map((header) => header.trim())).toEqual(
      expect.arrayContaining(['ETag', 'X-Cache']),
    );
  });

  it('lets a listed origin read a 304', async () => {
    const team = await createTeam();
    const options = { key: team.key, env: LISTED_ORIGINS };
    const first = await call('/periods', { ...options, headers: { Origin: APP_ORIGIN } });
    const etag = first.response.headers.get('ETag') ?? '';

    const { response } = await call('/periods', {
      ...options,
      headers: { Origin: APP_ORIGIN, 'If-None-Match': etag },
    });

    expect(response.status).toBe(304);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
  });

  it('lets any origin read an error when every origin is allowed', async () => {
    const { response } = await call('/periods', { headers: { Origin: APP_ORIGIN } });

    expect(response.status).toBe(401);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
