/* Error bodies exactly as the contract words them; tests compare against these literals. */

export const INVALID_PERIOD_ID = {
  message: 'Invalid period_id. It must be a valid integer for your team.',
};
export const PERIOD_NOT_FOUND = { message: 'Period not found' };
export const INVALID_FORM_FIELDS = {
  message: 'Invalid form_fields. It must be an array of strings.',
};
export const NOT_FOUND = { message: 'Not found' };
