import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import { API_KEY_PATTERN, hashApiKey } from '../src/api-keys';
import { apiKeys, teams } from '../src/db/schema';
import { createApiKey, findApiKey, revokeApiKey } from '../src/operations/api-keys';
import { getJson } from './support/client';
import { freshTeamName } from './support/import-files';
import { recordingDatabase } from './support/operator-database';

const NOW = Date.parse('2025-01-02T03:04:05.678Z');
const LATER = Date.parse('2025-02-03T04:05:06.789Z');
const db = drizzle(env.DB);

const storedKey = async (key: string) => {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, await hashApiKey(key)));
  return row;
};

describe('keys:create', () => {
  it('creates the team and a key that authenticates, storing only its hash', async () => {
    const team = freshTeamName();

    const created = await createApiKey(recordingDatabase(), team, { now: NOW });

    expect(created).toMatchObject({ team, teamCreated: true, prefix: created.key.slice(0, 12) });
    expect(created.key).toMatch(API_KEY_PATTERN);
    const [stored] = await db.select().from(teams).where(eq(teams.name, team));
    expect(await storedKey(created.key)).toMatchObject({
      teamId: stored?.id,
      prefix: created.prefix,
      createdAt: NOW,
      revokedAt: null,
    });
    const { status, body } = await getJson('/periods', { key: created.key });
    expect(status).toBe(200);
    expect(body).toEqual({ periods: [] });
  });

  it('adds a second key to an existing team', async () => {
    const team = freshTeamName();
    const first = await createApiKey(recordingDatabase(), team, { now: NOW });

    const second = await createApiKey(recordingDatabase(), team, { now: LATER });

    expect(second.teamCreated).toBe(false);
    expect(second.key).not.toBe(first.key);
    expect((await storedKey(second.key))?.teamId).toBe((await storedKey(first.key))?.teamId);
  });

  it('refuses an empty team name', async () => {
    await expect(createApiKey(recordingDatabase(), ' ', { now: NOW })).rejects.toThrow(
      'The team name must not be empty.',
    );
  });

  it('refuses a team name that an import would refuse', async () => {
    await expect(
      createApiKey(recordingDatabase(), 'x'.repeat(1_001), { now: NOW }),
    ).rejects.toThrow('The team name must be at most 1000 characters.');
  });
});

describe('keys:revoke', () => {
  it('revokes a key named by its prefix, after which it no longer authenticates', async () => {
    const { key, prefix, team } = await createApiKey(recordingDatabase(), freshTeamName(), {
      now: NOW,
    });

    const revoked = await revokeApiKey(recordingDatabase(), prefix, LATER);

    expect(revoked).toEqual({ prefix, team, revokedAt: LATER, alreadyRevoked: false });
    expect((await storedKey(key))?.revokedAt).toBe(LATER);
    expect((await getJson('/periods', { key })).status).toBe(401);
  });

  it('revokes a key named in full and keeps the first revocation time', async () => {
    const { key, prefix } = await createApiKey(recordingDatabase(), freshTeamName(), { now: NOW });
    await revokeApiKey(recordingDatabase(), key, NOW);

    const again = recordingDatabase();
    const revoked = await revokeApiKey(again, key, LATER);

    expect(revoked).toMatchObject({ prefix, revokedAt: NOW, alreadyRevoked: true });
    expect(again.written).toEqual([]);
  });

  it('reports a key that matches nothing, and a value that is not a key', async () => {
    await expect(revokeApiKey(recordingDatabase(), 'pak_Zz9Zz9Zz', NOW)).rejects.toThrow(
      'No API key matches pak_Zz9Zz9Zz.',
    );
    await expect(revokeApiKey(recordingDatabase(), 'pak_short', NOW)).rejects.toThrow(
      /^Expected a full API key/,
    );
    expect(await findApiKey(recordingDatabase(), `pak_${'0'.repeat(40)}`)).toBeUndefined();
  });
});
