import { ApiError, MESSAGES } from '../../errors';

export const MAX_FORM_FIELDS = 100;
export const MAX_FORM_FIELD_NAME_LENGTH = 200;

const invalid = () => new ApiError(400, MESSAGES.invalidFormFields);

function parseJsonList(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid();
  }
}

/**
 * The requested form-field names from every accepted spelling: one JSON
 * array, repeated keys, bracket keys, or one plain name. Returns the distinct
 * names in request order; an empty result means no form_fields were asked for.
 */
export function parseFormFields(values: readonly string[]): string[] {
  const [single] = values;
  const isJson = values.length === 1 && single !== undefined && /^[[{]/.test(single);
  const names: unknown = isJson ? parseJsonList(single) : values;

  if (!Array.isArray(names)) throw invalid();
  const distinct = [...new Set<unknown>(names)];
  const valid = distinct.every(
    (name) => typeof name === 'string' && name !== '' && name.length <= MAX_FORM_FIELD_NAME_LENGTH,
  );
  if (!valid || distinct.length > MAX_FORM_FIELDS) throw invalid();
  return distinct as string[];
}

export const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : ([] as string[]).concat(value);
