/**
 * A D1 binding whose every statement fails with the given error when it runs,
 * the way D1 reports a broken query or an unreachable database.
 */
export function failingDatabase(error: Error): D1Database {
  const fail = () => Promise.reject(error);
  const statement = { bind: () => statement, all: fail, raw: fail, first: fail, run: fail };
  const session = { prepare: () => statement, batch: fail, getBookmark: () => null };
  return { ...session, exec: fail, dump: fail, withSession: () => session } as never;
}
