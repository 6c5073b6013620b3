import { eq, sql } from 'drizzle-orm';
import {
  API_KEY_PATTERN,
  generateApiKey,
  hashApiKey,
  KEY_PREFIX_LENGTH,
  KEY_PREFIX_PATTERN,
  keyPrefix,
} from '../api-keys';
import { apiKeys, teams } from '../db/schema';
import { nameSchema } from '../import/import-file';
import { type OperatorDatabase, sqlBuilder, statement } from './statements';

/** Creating and revoking API keys, for the operator commands. */

export class ApiKeyCommandError extends Error {
  override name = 'ApiKeyCommandError';
}

export interface CreatedApiKey {
  key: string;
  prefix: string;
  team: string;
  teamCreated: boolean;
}

export interface StoredApiKey {
  prefix: string;
  team: string;
  revokedAt: number | null;
}

/**
 * Adds a key for the team, creating the team if it does not exist, in one
 * atomic write. The key is random unless given (the local demo keys are fixed).
 */
export async function createApiKey(
  db: OperatorDatabase,
  team: string,
  { now, key = generateApiKey() }: { now: number; key?: string },
): Promise<CreatedApiKey> {
  const teamName = nameSchema.safeParse(team);
  if (!teamName.success) {
    throw new ApiKeyCommandError(`The team name ${teamName.error.issues[0]?.message}.`);
  }
  if (!API_KEY_PATTERN.test(key)) throw new ApiKeyCommandError('Malformed API key.');

  const [existing = []] = await db.read([
    statement(sqlBuilder.select({ id: teams.id }).from(teams).where(eq(teams.name, team))),
  ]);
  const teamId = sql`(SELECT ${teams.id} FROM ${teams} WHERE ${teams.name} = ${team})`;
  await db.write([
    statement(
      sqlBuilder.insert(teams).values({ name: team, createdAt: now }).onConflictDoNothing(),
    ),
    statement(
      sqlBuilder.insert(apiKeys).values({
        teamId,
        prefix: keyPrefix(key),
        keyHash: await hashApiKey(key),
        createdAt: now,
      }),
    ),
  ]);
  return { key, prefix: keyPrefix(key), team, teamCreated: existing.length === 0 };
}

/** The key named by its full value or by its 12-character prefix. */
export async function findApiKey(
  db: OperatorDatabase,
  keyOrPrefix: string,
): Promise<StoredApiKey | undefined> {
  const [rows = []] = await db.read([
    statement(
      sqlBuilder
        // Rows come back keyed by column name, so the selection uses those names.
        .select({ prefix: apiKeys.prefix, name: teams.name, revoked_at: apiKeys.revokedAt })
        .from(apiKeys)
        .innerJoin(teams, eq(teams.id, apiKeys.teamId))
        .where(await matchingKey(keyOrPrefix)),
    ),
  ]);
  const [row] = rows;
  if (!row) return undefined;
  const { prefix, name, revoked_at } = row;
  return { prefix: String(prefix), team: String(name), revokedAt: revoked_at as number | null };
}

async function matchingKey(keyOrPrefix: string) {
  if (API_KEY_PATTERN.test(keyOrPrefix)) return eq(apiKeys.keyHash, await hashApiKey(keyOrPrefix));
  if (KEY_PREFIX_PATTERN.test(keyOrPrefix)) return eq(apiKeys.prefix, keyOrPrefix);
  throw new ApiKeyCommandError(
    'Expected a full API key (pak_ and 40 letters or digits) ' +
      `or its ${KEY_PREFIX_LENGTH}-character prefix.`,
  );
}

export interface RevokedApiKey extends StoredApiKey {
  revokedAt: number;
  alreadyRevoked: boolean;
}

/** Revokes the key; revoking a revoked key again keeps its first revocation time. */
export async function revokeApiKey(
  db: OperatorDatabase,
  keyOrPrefix: string,
  now: number,
): Promise<RevokedApiKey> {
  const found = await findApiKey(db, keyOrPrefix);
  if (!found) throw new ApiKeyCommandError(`No API key matches ${keyPrefix(keyOrPrefix)}.`);
  if (found.revokedAt !== null) {
    return { ...found, revokedAt: found.revokedAt, alreadyRevoked: true };
  }

  await db.write([
    statement(
      sqlBuilder.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.prefix, found.prefix)),
    ),
  ]);
  return { ...found, revokedAt: now, alreadyRevoked: false };
}
