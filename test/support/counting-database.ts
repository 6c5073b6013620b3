/**
 * Wraps a D1 binding so that a test can count the statements a request runs.
 * Each executed prepared statement counts once, including each one in a batch.
 */
export interface StatementCounter {
  binding: D1Database;
  readonly count: number;
  readonly maxBoundParameters: number;
  reset(): void;
}

const UNWRAP = Symbol('unwrap');

type Preparer = Pick<D1Database, 'prepare' | 'batch'>;

export function countStatements(target: D1Database): StatementCounter {
  let count = 0;
  let maxBoundParameters = 0;

  const trackBind = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(inner, property, receiver) {
        if (property === UNWRAP) return inner;
        if (property === 'bind') {
          return (...values: unknown[]) => {
            maxBoundParameters = Math.max(maxBoundParameters, values.length);
            return trackBind(inner.bind(...values));
          };
        }
        if (
          property === 'first' ||
          property === 'all' ||
          property === 'run' ||
          property === 'raw'
        ) {
          count += 1;
        }
        const value = Reflect.get(inner, property, receiver);
        return typeof value === 'function' ? value.bind(inner) : value;
      },
    });

  const wrap = <T extends Preparer>(inner: T): T =>
    new Proxy(inner, {
      get(object, property, receiver) {
        if (property === 'prepare') {
          return (query: string) => trackBind(object.prepare(query));
        }
        if (property === 'batch') {
          return (statements: D1PreparedStatement[]) => {
            count += statements.length;
            return object.batch(statements.map(unwrapStatement));
          };
        }
        if (property === 'withSession') {
          return (constraint?: string) =>
            wrap((object as unknown as D1Database).withSession(constraint));
        }
        const value = Reflect.get(object, property, receiver);
        return typeof value === 'function' ? value.bind(object) : value;
      },
    });

  return {
    binding: wrap(target),
    get count() {
      return count;
    },
    get maxBoundParameters() {
      return maxBoundParameters;
    },
    reset() {
      count = 0;
      maxBoundParameters = 0;
    },
  };
}

function unwrapStatement(statement: D1PreparedStatement): D1PreparedStatement {
  return (statement as unknown as Record<symbol, D1PreparedStatement>)[UNWRAP] ?? statement;
}
