import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { apiKeys } from '../schema';

/** The team and revocation time of the key with this hash, if any. */
export async function findApiKeyByHash(db: Database, keyHash: string) {
  const [row] = await db
    .select({ teamId: apiKeys.teamId, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, keyHash))
    .limit(1);
  return row;
}
