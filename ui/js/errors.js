// Failures from the backend in the user's words: a known code has its own
// sentence in the catalog (`error.code.<code>`); anything else is reported
// generically with the details the backend gave.

/**
 * @param {{code?: string, message?: string}} error
 * @param {import('./i18n.js').Translate} t
 */
export function describeError(error, t) {
  const key = `error.code.${error?.code}`;
  const text = t(key);
  return text === key ? t('error.generic', { message: error?.message ?? String(error) }) : text;
}
