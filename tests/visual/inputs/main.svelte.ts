/**
 * Visual harness for the input views: one app state and engine worker
 * shared by every editor, each mounted through the test host (which puts the
 * state in context). `?section=cohort|cost|params|known|situation` shows one,
 * `?lang=en` starts in English, `?errors=1` seeds some invalid input.
 * Serve with `npx vite tests/visual/inputs --config vite.config.ts --port 5198`.
 */
import '../../../src/engine/rules/install';
import { mount } from 'svelte';
import { ownParameterSet } from '../../../src/engine';
import '../../../src/app.css';
import { EngineClient } from '../../../src/lib/engine-client';
import { i18n } from '../../../src/lib/i18n/index.svelte';
import { AppState, connectEngine } from '../../../src/lib/state/app.svelte';
import {
  CohortEditor,
  CostEditor,
  KnownFigures,
  ParamsEditor,
  SituationEditor,
} from '../../../src/ui/inputs';
import TestHost from '../../../src/ui/inputs/test-host.svelte';

const query = new URLSearchParams(location.search);
if (query.get('lang') === 'en') i18n.set('en');

const state = new AppState();
const client = new EngineClient();
if (query.get('errors')) {
  state.draft.cohorts[0].groups[2].count = -3;
  state.draft.financing.kommun = 0.3;
  ownParameterSet(state.draft, 2017).values.indirectTaxRate = 0.2;
}

const root = document.getElementById('app')!;
const bar = document.createElement('p');
const toggle = document.createElement('button');
toggle.type = 'button';
toggle.onclick = () => i18n.toggle();
const status = document.createElement('span');
status.dataset.testid = 'status';
bar.append(toggle, ' ', status);
root.append(bar);

$effect.root(() => {
  connectEngine(state, client);
  $effect(() => {
    toggle.textContent = i18n.lang === 'sv' ? 'English' : 'Svenska';
    status.textContent = state.status;
  });
});

const sections = {
  situation: () =>
    mount(TestHost, {
      target: box(),
      props: {
        component: SituationEditor,
        args: {
          situation: state.draft.cohorts[0].groups[5].after,
          path: 'cohorts[0].groups[5].after',
          label: 'Vid avslut, rad 6',
          compact: false,
        },
        state,
        client,
      },
    }),
  cohort: () =>
    mount(TestHost, { target: box(), props: { component: CohortEditor, state, client } }),
  cost: () => mount(TestHost, { target: box(), props: { component: CostEditor, state, client } }),
  params: () =>
    mount(TestHost, { target: box(), props: { component: ParamsEditor, state, client } }),
  known: () =>
    mount(TestHost, { target: box(), props: { component: KnownFigures, state, client } }),
};

function box(): HTMLElement {
  const el = document.createElement('section');
  el.style.marginBottom = '2rem';
  root.append(el);
  return el;
}

const only = query.get('section');
for (const [name, show] of Object.entries(sections)) if (!only || only === name) show();
