// Failures from the backend in the user's words: a known code has its own
// sentence in the catalog (`error.code.<code>`); a refusal that names its
// field is said with the field's label (the core sends the field apart from
// the sentence, so nothing parses English); anything else is reported
// generically with the details the backend gave.

/**
 * @param {{code?: string, message?: string, field?: string|null}} error
 * @param {import('./i18n.js').Translate} t
 * @param {(field: string) => string|null} [labelOf] the visible label of a field, when the view knows it
 */
export function describeError(error, t, labelOf) {
  const key = `error.code.${error?.code}`;
  const text = t(key);
  if (text !== key) return text;
  if (error?.field) return t('error.field', { field: labelOf?.(error.field) ?? error.field, message: error.message ?? '' });
  return t('error.generic', { message: error?.message ?? String(error) });
}
