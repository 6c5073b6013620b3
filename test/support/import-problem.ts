import { expect } from 'vitest';
import { ImportError } from '../../src/import/import-error';
import { importPeriods } from '../../src/import/import-periods';
import { recordingDatabase } from './operator-database';

/** The problem an import reports, after checking that it is an ImportError and wrote nothing. */
export async function importProblem(input: unknown, now = Date.now()) {
  const db = recordingDatabase();
  const error = await importPeriods(db, input, { now }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(db.written).toEqual([]);
  const { path, reason } = error as ImportError;
  return { path, reason };
}
