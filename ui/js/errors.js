// Failures from the backend in the user's words. A refusal that names its
// field is said beside that field's label: by its rule's words when the core
// sends the rule (`params.rule`, the profile's `validation.<rule>`), else with
// the core's short description of what is allowed. Any other error is worded
// by its code (`error.code.<code>`, every code the core can emit has one: a
// test checks it), with its params. Nothing here reads the English sentence
// to decide anything.

/**
 * @param {{code?: string, message?: string, field?: string|null, params?: Record<string, string>}} error
 * @param {import('./i18n.js').Translate} t
 * @param {(field: string) => string|null} [labelOf] the visible label of a field, when the view knows it
 */
export function describeError(error, t, labelOf) {
  const params = error?.params ?? {};
  if (error?.field) {
    const label = labelOf?.(error.field) ?? error.field;
    const ruleKey = params.rule ? `validation.${params.rule}` : null;
    if (ruleKey && t(ruleKey) !== ruleKey) return t(ruleKey, { ...params, label });
    if (error.message) return t('error.field', { field: label, message: error.message });
  }
  const key = `error.code.${error?.code}`;
  const text = t(key, params);
  if (text !== key) return text;
  return t('error.generic', { message: error?.message ?? String(error) });
}
