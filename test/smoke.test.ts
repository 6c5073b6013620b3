import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

describe('smoke', () => {
  it('answers health', async () => {
    const res = await exports.default.fetch('https://api.test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type='table'").all();
    expect(tables.results.length).toBeGreaterThan(5);
  });
});
