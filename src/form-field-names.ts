/** Limits on requested and imported form-field names, counted in characters. */
export const MAX_FORM_FIELDS = 100;
export const MAX_FORM_FIELD_NAME_LENGTH = 200;

/** Characters as a reader counts them: an emoji is one, not two UTF-16 units. */
export const characterCount = (text: string) => [...text].length;

export const isFormFieldName = (name: unknown): name is string =>
  typeof name === 'string' && name !== '' && characterCount(name) <= MAX_FORM_FIELD_NAME_LENGTH;
