import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * `column IN (list)` with the whole list bound as one JSON parameter, so a
 * statement never nears D1's 100-parameter limit however long the list is.
 */
export const inList = (column: SQLWrapper, values: readonly (string | number)[]): SQL =>
  sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
