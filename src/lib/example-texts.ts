/**
 * The scenario's title and description as the interface shows them. The
 * built-in example is the app's own text, written in Swedish in the
 * scenario; in English, while it is unchanged, it is shown in English. Any
 * other calculation's title and description are the user's, shown as typed.
 */
import type { Scenario } from '../engine';
import { i18n } from './i18n/index.svelte';
import { isExampleScenario } from './state/new-scenario';
import type { Lang } from './format';

export function shownTitle(draft: Scenario, lang: Lang): { title: string; description: string } {
  if (lang === 'en' && isExampleScenario(draft))
    return {
      title: i18n.t('app:example.title'),
      description: i18n.t('app:example.description'),
    };
  return { title: draft.title, description: draft.description };
}
