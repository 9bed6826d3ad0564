/**
 * A setting's problem on the Analyser tab (a message key of the analyses
 * state) as the validation issue a number field shows, in both languages.
 */
import type { WordedIssue } from '../../lib/validation-text';
import { translate, type MessageKey } from '../../lib/i18n/index.svelte';

export function settingIssues(key: MessageKey | null | undefined): WordedIssue[] {
  return key ? [{ path: '', sv: translate('sv', key), en: translate('en', key) }] : [];
}
