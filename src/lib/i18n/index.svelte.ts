/**
 * Swedish first, English second. Texts live in one module per view and
 * language (`sv/*.ts`, `en/*.ts`); the English modules are typed by the
 * Swedish ones, so a missing translation is a type error. i18next does the
 * lookup, plurals and interpolation; the current language is a rune so every
 * `t()` in a template follows a language switch.
 */
import i18next, { type TFunction } from 'i18next';
import { app as svApp } from './sv/app';
import { inputs as svInputs } from './sv/inputs';
import { results as svResults } from './sv/results';
import { charts as svCharts } from './sv/charts';
import { snapshots as svSnapshots } from './sv/snapshots';
import { importer as svImporter } from './sv/importer';
import { share as svShare } from './sv/share';
import { analyses as svAnalyses } from './sv/analyses';
import { uncertainty as svUncertainty } from './sv/uncertainty';
import { app as enApp } from './en/app';
import { inputs as enInputs } from './en/inputs';
import { results as enResults } from './en/results';
import { charts as enCharts } from './en/charts';
import { snapshots as enSnapshots } from './en/snapshots';
import { importer as enImporter } from './en/importer';
import { share as enShare } from './en/share';
import { analyses as enAnalyses } from './en/analyses';
import { uncertainty as enUncertainty } from './en/uncertainty';
import type { Lang } from '../format';

export const resources = {
  sv: {
    app: svApp,
    inputs: svInputs,
    results: svResults,
    charts: svCharts,
    share: svShare,
    snapshots: svSnapshots,
    importer: svImporter,
    analyses: svAnalyses,
    uncertainty: svUncertainty,
  },
  en: {
    app: enApp,
    inputs: enInputs,
    results: enResults,
    charts: enCharts,
    share: enShare,
    snapshots: enSnapshots,
    importer: enImporter,
    analyses: enAnalyses,
    uncertainty: enUncertainty,
  },
} as const;

type Resources = (typeof resources)['sv'];

/** Dotted paths to every text of a namespace ("status.computing"). */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Plural forms ("x_one", "x_other") are asked for by their base key "x" with a count. */
type Base<K extends string> = K extends `${infer B}_one` | `${infer B}_other` ? B : K;

/** Every valid message key, "namespace:path" — a typo is a type error. */
export type MessageKey = {
  [NS in keyof Resources & string]: `${NS}:${Base<Leaves<Resources[NS]>>}`;
}[keyof Resources & string];

export type MessageOptions = Record<string, string | number>;

void i18next.init({
  lng: 'sv',
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  ns: ['app', 'inputs', 'results', 'charts', 'share', 'importer', 'snapshots', 'analyses'],
  defaultNS: 'app',
  resources,
  initAsync: false,
  // Svelte escapes text itself; never render translations as HTML.
  interpolation: { escapeValue: false },
  showSupportNotice: false,
} as Parameters<typeof i18next.init>[0]);

const fixed: Record<Lang, TFunction> = {
  sv: i18next.getFixedT('sv'),
  en: i18next.getFixedT('en'),
};

const STORAGE_KEY = 'nyttokalkyl.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'sv' || saved === 'en') return saved;
  } catch {
    // Storage may be unavailable (private mode); Swedish is the default.
  }
  return 'sv';
}

export class I18n {
  lang = $state<Lang>(initialLang());

  /** Translate `key` in the current language (reactive in templates). */
  t = (key: MessageKey, options?: MessageOptions): string =>
    (fixed[this.lang] as unknown as (k: string, o?: MessageOptions) => string)(key, options);

  /** A text in both languages from the engine (validation messages, warnings). */
  pick = (m: { sv: string; en: string }) => m[this.lang];

  set(lang: Lang) {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  toggle() {
    this.set(this.lang === 'sv' ? 'en' : 'sv');
  }
}

export const i18n = new I18n();
