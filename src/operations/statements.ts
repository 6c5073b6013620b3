import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { drizzle } from 'drizzle-orm/sqlite-proxy';

/*
 * The operator commands (import, API keys) plan their SQL as plain statements
 * and hand them to an OperatorDatabase, so the same code runs against a D1
 * binding (in the tests, and locally) and through `wrangler d1 execute`.
 *
 * D1 binds at most 100 parameters to a statement: lists and rows therefore
 * travel as one JSON array parameter each, whatever their length.
 */

export type SqlValue = string | number | null;

export interface Statement {
  sql: string;
  params: SqlValue[];
}

export type Row = Record<string, unknown>;

export interface OperatorDatabase {
  /** Runs read-only statements and returns the rows of each, in order. */
  read(statements: readonly Statement[]): Promise<Row[][]>;
  /** Applies all of the statements or, if any fails, none of them. */
  write(statements: readonly Statement[]): Promise<void>;
}

/**
 * D1 rejects statements over 100 KB. The remote path writes values into the
 * SQL text, so values count towards the size; the margin covers the rest.
 */
const MAX_STATEMENT_BYTES = 90_000;

/** Builds statements from the drizzle schema; it never runs them itself. */
export const sqlBuilder = drizzle(async () => {
  throw new Error('sqlBuilder only builds statements; run them through an OperatorDatabase');
});

function toSqlValue(value: unknown): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new TypeError(`unsupported SQL parameter of type ${typeof value}`);
}

export function statement(query: { toSQL(): { sql: string; params: unknown[] } }): Statement {
  const { sql: text, params } = query.toSQL();
  return { sql: text, params: params.map(toSqlValue) };
}

const encoder = new TextEncoder();

/** Bytes a value takes once written into SQL text as a literal. */
function literalBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return encoder.encode(value).length + 2 + countQuotes(value);
  return String(value).length;
}

function countQuotes(text: string): number {
  let quotes = 0;
  for (const char of text) if (char === "'") quotes += 1;
  return quotes;
}

/** Splits values into consecutive groups whose total size stays within `maxBytes`. */
function chunkBySize<T>(values: readonly T[], bytesOf: (value: T) => number, maxBytes: number) {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const value of values) {
    const size = bytesOf(value);
    if (chunk.length > 0 && bytes + size > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(value);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Rows for a multi-row insert, as `SELECT`s over a JSON array of row tuples
 * in the table's column order, grouped so that each statement stays under
 * the size limit.
 */
export function rowSelects<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][]) {
  const keys = Object.keys(getTableColumns(table));
  const values = sql.join(
    keys.map((_, index) => sql.raw(`json_extract(value, '$[${index}]')`)),
    sql`, `,
  );
  const tuples = rows.map((row: Record<string, unknown>) =>
    JSON.stringify(keys.map((key) => toSqlValue(row[key] ?? null))),
  );
  return chunkBySize(tuples, (tuple) => literalBytes(tuple) + 1, MAX_STATEMENT_BYTES).map(
    (chunk) => sql`SELECT ${values} FROM json_each(${`[${chunk.join(',')}]`}) WHERE true`,
  );
}

/** Id lists small enough to travel as one JSON parameter or literal. */
export const idChunks = <T extends string | number>(ids: readonly T[]): T[][] =>
  chunkBySize(ids, (id) => literalBytes(id) + 1, MAX_STATEMENT_BYTES / 2);
