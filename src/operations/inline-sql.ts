import type { SqlValue, Statement } from './statements';

/*
 * `wrangler d1 execute` takes SQL text without parameters, so the remote path
 * writes each parameter into the statement as a SQLite literal.
 */

export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as SQL`);
    return String(value);
  }
  if (value.includes('\0')) throw new RangeError('cannot write a NUL character into SQL text');
  return `'${value.replaceAll("'", "''")}'`;
}

/** The statement's SQL with every `?` placeholder outside quotes replaced by its value. */
export function inlineParameters({ sql, params }: Statement): string {
  let text = '';
  let quote: string | undefined;
  let next = 0;
  for (const char of sql) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      text += char;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      text += char;
    } else if (char === '?') {
      if (next >= params.length) throw new RangeError('more placeholders than parameters');
      text += sqlLiteral(params[next++] ?? null);
    } else {
      text += char;
    }
  }
  if (next !== params.length) throw new RangeError('more parameters than placeholders');
  return text;
}
