import type { OperatorDatabase, Row, Statement } from './statements';

/** The part of a D1 binding the operator commands use. */
export interface D1Binding {
  prepare(query: string): D1Statement;
  batch(statements: D1Statement[]): Promise<{ results: unknown[] }[]>;
}

interface D1Statement {
  bind(...values: unknown[]): D1Statement;
}

/**
 * An OperatorDatabase over a D1 binding: a Worker's `env.DB`, or the local
 * database through wrangler's platform proxy. Each call is one D1 batch, and
 * D1 runs a batch as one transaction, so a write is all or nothing.
 */
export function d1OperatorDatabase(binding: D1Binding): OperatorDatabase {
  const prepare = ({ sql, params }: Statement) => binding.prepare(sql).bind(...params);

  return {
    async read(statements) {
      if (statements.length === 0) return [];
      const results = await binding.batch(statements.map(prepare));
      return results.map((result) => result.results as Row[]);
    },
    async write(statements) {
      if (statements.length === 0) return;
      await binding.batch(statements.map(prepare));
    },
  };
}
