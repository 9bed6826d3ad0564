/**
 * Every English namespace, as one chunk the app loads on demand
 * (index.svelte.ts `loadLanguage`): a Swedish reader never downloads it.
 */
import type { Resources } from '../index.svelte';
import { app } from './app';
import { inputs } from './inputs';
import { results } from './results';
import { charts } from './charts';
import { snapshots } from './snapshots';
import { importer } from './importer';
import { share } from './share';
import { analyses } from './analyses';
import { uncertainty } from './uncertainty';
import { numbers } from './numbers';
import { portfolio } from './portfolio';
import { worker } from './worker';
import { parameters } from './parameters';
import { catalogue } from './catalogue';
import { problems } from './problems';
import { validation } from './validation';

export const english: Resources = {
  app,
  inputs,
  results,
  charts,
  share,
  snapshots,
  importer,
  analyses,
  uncertainty,
  numbers,
  portfolio,
  worker,
  parameters,
  catalogue,
  problems,
  validation,
};
