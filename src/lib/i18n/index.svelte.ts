/**
 * Swedish first, English second. Texts live in one module per view and
 * language (`sv/*.ts`, `en/*.ts`); the English modules are typed by the
 * Swedish ones, so a missing translation is a type error. `translate` does the
 * lookup, plurals (`x_one`/`x_other` by Intl.PluralRules) and `{{name}}`
 * interpolation — all the app needs, in a few lines instead of i18next's 50 kB
 * (the size budget of scripts/budget.mjs); the current language is a rune so every `t()` in a
 * template follows a language switch.
 */
import { app as svApp } from './sv/app';
import { inputs as svInputs } from './sv/inputs';
import { results as svResults } from './sv/results';
import { charts as svCharts } from './sv/charts';
import { snapshots as svSnapshots } from './sv/snapshots';
import { importer as svImporter } from './sv/importer';
import { share as svShare } from './sv/share';
import { analyses as svAnalyses } from './sv/analyses';
import { uncertainty as svUncertainty } from './sv/uncertainty';
import { numbers as svNumbers } from './sv/numbers';
import { portfolio as svPortfolio } from './sv/portfolio';
import { worker as svWorker } from './sv/worker';
import { parameters as svParameters } from './sv/parameters';
import { catalogue as svCatalogue } from './sv/catalogue';
import { problems as svProblems } from './sv/problems';
import { validation as svValidation } from './sv/validation';
import { formatNumber, type Lang } from '../format';
import { readSetting, writeSetting } from '../local-setting';

const swedish = {
  app: svApp,
  inputs: svInputs,
  results: svResults,
  charts: svCharts,
  share: svShare,
  snapshots: svSnapshots,
  importer: svImporter,
  analyses: svAnalyses,
  uncertainty: svUncertainty,
  numbers: svNumbers,
  portfolio: svPortfolio,
  worker: svWorker,
  parameters: svParameters,
  catalogue: svCatalogue,
  problems: svProblems,
  validation: svValidation,
} as const;

export type Resources = typeof swedish;

/**
 * The texts of each language loaded so far. Swedish is part of the app's
 * code; English is a chunk of its own (en/index.ts), fetched when a reader
 * chooses English or starts in it, so a Swedish reader's first load does not
 * carry it. It is in the service worker's precache, so switching works offline.
 */
export const resources: { sv: Resources; en?: Resources } = { sv: swedish };

let english: Promise<void> | undefined;

/** Loads `lang`'s texts if they are not loaded yet; Swedish always is. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'sv' || resources.en) return Promise.resolve();
  english ??= import('./en').then(
    (m) => {
      resources.en = m.english;
    },
    (e: unknown) => {
      // A failed fetch may succeed later (back online): the next call tries again.
      english = undefined;
      throw e;
    },
  );
  return english;
}

/** The texts of `lang`, or Swedish while English is not loaded. */
export const textsFor = (lang: Lang): Resources => resources[lang] ?? resources.sv;

/**
 * A text in both languages, for messages kept and shown later in whichever
 * language the reader then has: the English is looked up when it is read, so
 * a message made before the English texts arrived is still English then.
 */
export function inBothLanguages(
  key: MessageKey,
  options?: MessageOptions,
): { readonly sv: string; readonly en: string } {
  return {
    sv: translate('sv', key, options),
    get en() {
      return translate('en', key, options);
    },
  };
}

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

/** The nouns `I18n.count` knows ("groups" → "1 grupp", "2 grupper"). */
export type CountNoun = Base<keyof Resources['app']['counts'] & string>;

type Tree = { readonly [key: string]: string | Tree };

const plurals: Record<Lang, Intl.PluralRules> = {
  sv: new Intl.PluralRules('sv'),
  en: new Intl.PluralRules('en'),
};

function find(lang: Lang, ns: string, path: string): string | undefined {
  let node: string | Tree | undefined = resources[lang];
  if (node === undefined) return undefined;
  for (const part of [ns, ...path.split('.')]) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text for "namespace:path" in `lang` (Swedish when English lacks it), its
 * plural form chosen by `options.count`, with `{{name}}` replaced by
 * `options.name` (left as is when missing). Values are inserted as text: Svelte escapes them, never HTML.
 * An unknown key returns its path, as i18next did.
 */
export function translate(lang: Lang, key: string, options?: MessageOptions): string {
  const colon = key.indexOf(':');
  const ns = colon < 0 ? 'app' : key.slice(0, colon);
  const path = colon < 0 ? key : key.slice(colon + 1);
  let text: string | undefined;
  for (const l of lang === 'sv' ? (['sv'] as const) : (['en', 'sv'] as const)) {
    if (options?.count !== undefined) {
      text =
        find(l, ns, `${path}_${plurals[l].select(Number(options.count))}`) ??
        find(l, ns, `${path}_other`);
    }
    text ??= find(l, ns, path);
    if (text !== undefined) break;
  }
  if (text === undefined) return path;
  if (!options) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(options, name) ? String(options[name]) : whole,
  );
}

const STORAGE_KEY = 'nyttokalkyl.lang';

/** The language chosen on an earlier visit; Swedish when none was or storage is unavailable. */
function savedLang(): Lang {
  const saved = readSetting(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'sv';
}

export class I18n {
  lang = $state<Lang>(savedLang());
  /** The language asked for whose texts could not be fetched (offline before they were cached). */
  failed = $state<Lang | null>(null);

  /** Translate `key` in the current language (reactive in templates). */
  t = (key: MessageKey, options?: MessageOptions): string => translate(this.lang, key, options);

  /**
   * A count with its noun in the right number: "1 grupp", "2 grupper",
   * "1 deltagare", "12 345 personer" (the number formatted for the language).
   */
  count = (noun: CountNoun, n: number): string =>
    translate(this.lang, `app:counts.${noun}`, { count: n, n: formatNumber(n, this.lang) });

  /** A text in both languages (a worker's message, a storage problem). */
  pick = (m: { sv: string; en: string }) => m[this.lang];

  /**
   * Switches to `lang`: at once when its texts are loaded, else once they
   * are (the page stays in the language it has meanwhile). The promise
   * settles when the switch is made or has failed (`failed` tells the page).
   */
  switchTo(lang: Lang): Promise<void> {
    if (lang === 'en' && !resources.en) {
      return loadLanguage(lang).then(
        () => this.switchTo(lang),
        () => {
          this.failed = lang;
        },
      );
    }
    this.failed = null;
    this.lang = lang;
    writeSetting(STORAGE_KEY, lang);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    return Promise.resolve();
  }

  /**
   * Loads the texts of the language chosen on an earlier visit, before the
   * page mounts. When they cannot be fetched (offline before they were
   * cached), the page is Swedish for this visit and says so; the choice is
   * kept for the next.
   */
  async ready(): Promise<void> {
    try {
      await loadLanguage(this.lang);
    } catch {
      this.lang = 'sv';
      this.failed = 'en';
    }
  }

  /** `switchTo` for callers that need not wait: it never rejects. */
  set(lang: Lang): void {
    void this.switchTo(lang);
  }

  toggle(): void {
    this.set(this.lang === 'sv' ? 'en' : 'sv');
  }
}

export const i18n = new I18n();
