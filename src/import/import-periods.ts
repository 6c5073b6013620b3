import type { OperatorDatabase, Statement } from '../operations/statements';
import { changeStatements } from './change-statements';
import type { ImportSummary } from './changes';
import { checkImportFile } from './check-import-file';
import { readExistingRows } from './existing-rows';
import { planImport } from './plan-import';

export type ImportStep = 'checking' | 'reading' | 'planning' | 'writing' | 'done';

export interface ImportOptions {
  /** The instant written as created_at and updated_at where the file gives none. */
  now: number;
  onProgress?: (step: ImportStep, done: number, total: number) => void;
}

export interface ImportResult {
  summary: ImportSummary;
  statements: Statement[];
}

const STEPS = 5;

/**
 * Loads an import file into the database: checks it, reads the rows it can
 * touch, plans the changes and writes them in one atomic write. Any problem
 * is thrown as an ImportError before anything is written.
 */
export async function importPeriods(
  db: OperatorDatabase,
  input: unknown,
  { now, onProgress = () => {} }: ImportOptions,
): Promise<ImportResult> {
  onProgress('checking', 0, STEPS);
  const file = checkImportFile(input);

  let reads = 0;
  onProgress('reading', 1, STEPS);
  const existing = await readExistingRows(db, file, () =>
    onProgress('reading', 1 + ++reads, STEPS),
  );

  onProgress('planning', 3, STEPS);
  const { changes, summary } = planImport(file, existing, now);
  const statements = changeStatements(changes);

  onProgress('writing', 4, STEPS);
  await db.write(statements);
  onProgress('done', STEPS, STEPS);
  return { summary, statements };
}
