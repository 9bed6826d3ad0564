/**
 * A setting's problem on the Analyser tab (a message key of the analyses
 * state) as the validation issue a number field shows, in both languages.
 */
import type { WordedIssue } from '../../lib/validation-text';
import { inBothLanguages, type MessageKey } from '../../lib/i18n/index.svelte';

export function settingIssues(key: MessageKey | null | undefined): WordedIssue[] {
  // Object.assign keeps the English a getter (a spread would read it now).
  return key ? [Object.assign(inBothLanguages(key), { path: '' })] : [];
}
