import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/**
 * A drizzle client over a D1 session. `first-unconstrained` lets the first
 * read go to the nearest replica: the API only reads, and each request is
 * served from one consistent snapshot of whichever copy answered.
 */
export function createDatabase(binding: D1Database) {
  const session = binding.withSession('first-unconstrained');
  return drizzle(session as unknown as D1Database, { schema });
}

export type Database = ReturnType<typeof createDatabase>;
