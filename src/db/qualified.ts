import { sql } from 'drizzle-orm';

/*
 * Drizzle leaves columns unqualified in a single-table select, so a
 * correlated subquery must name the outer row's table explicitly.
 */
export const qualified = (table: string, column: string) =>
  sql`${sql.identifier(table)}.${sql.identifier(column)}`;
