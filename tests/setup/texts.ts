/**
 * The English texts, loaded before each test file as a reader who chose
 * English has them: tests switch language and read English at once.
 */
import { loadLanguage } from '../../src/lib/i18n/index.svelte';

await loadLanguage('en');
