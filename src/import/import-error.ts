/** A problem in an import file, located by the JSON path of the offending value. */
export class ImportError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** Where a value sits in an import file: keys and array indexes from the root. */
export type Path = (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `periods[2].actions[0].formFields["Sub Region"]`; the file itself is `$`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) {
      path += path === '' ? segment : `.${segment}`;
    } else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path === '' ? '$' : path;
}

export const importError = (segments: readonly PropertyKey[], reason: string) =>
  new ImportError(jsonPath(segments), reason);
