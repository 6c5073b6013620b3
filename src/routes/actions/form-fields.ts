import { ApiError, MESSAGES } from '../../errors';
import { isFormFieldName, MAX_FORM_FIELDS } from '../../form-field-names';

/** The values given as `form_fields` and as `form_fields[]`, in request order. */
export interface FormFieldValues {
  plain: string[];
  bracket: string[];
}

const invalid = () => new ApiError(400, MESSAGES.invalidFormFields);

function decodeQueryComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/*
 * Read from the raw query string because Hono keeps a value it cannot decode
 * as it is, which would turn a broken escape such as `%ZZ` into a field name.
 * Indexed keys (`form_fields[0]=`) are refused rather than silently ignored.
 */
export function readFormFieldValues(url: string): FormFieldValues {
  const values: FormFieldValues = { plain: [], bracket: [] };
  for (const pair of new URL(url).search.slice(1).split('&')) {
    const [rawKey = '', ...rawValue] = pair.split('=');
    const key = decodeQueryComponent(rawKey) ?? '';
    if (key.startsWith('form_fields[') && key !== 'form_fields[]') throw invalid();
    if (key !== 'form_fields' && key !== 'form_fields[]') continue;

    const value = decodeQueryComponent(rawValue.join('='));
    if (value === undefined) throw invalid();
    (key === 'form_fields' ? values.plain : values.bracket).push(value);
  }
  return values;
}

function parseJsonList(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid();
  }
}

/**
 * The requested form-field names: one `form_fields` value starting with `[` or
 * `{` is JSON, and any other value is one name. Returns the distinct names in
 * request order; an empty result means no form_fields were asked for.
 */
export function parseFormFields({ plain, bracket }: FormFieldValues): string[] {
  const [single] = plain;
  const isJson = plain.length === 1 && bracket.length === 0 && /^[[{]/.test(single ?? '');
  const names: unknown = isJson ? parseJsonList(single ?? '') : [...plain, ...bracket];

  if (!Array.isArray(names)) throw invalid();
  const distinct = [...new Set<unknown>(names)];
  if (!distinct.every(isFormFieldName) || distinct.length > MAX_FORM_FIELDS) throw invalid();
  return distinct as string[];
}
