import { env } from 'cloudflare:workers';
import { d1OperatorDatabase } from '../../src/operations/d1-operator-database';
import type { OperatorDatabase, Statement } from '../../src/operations/statements';

export interface RecordingDatabase extends OperatorDatabase {
  /** Every statement handed to `write`, in order. */
  readonly written: Statement[];
}

/** The test D1 database as the operator commands see it, keeping what they write. */
export function recordingDatabase(target: OperatorDatabase = d1OperatorDatabase(env.DB)) {
  const written: Statement[] = [];
  const db: RecordingDatabase = {
    written,
    read: (statements) => target.read(statements),
    async write(statements) {
      written.push(...statements);
      await target.write(statements);
    },
  };
  return db;
}
