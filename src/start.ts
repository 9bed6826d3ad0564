/**
 * The app, once main.ts has started the engine's worker: global styles, the
 * engine's client (on that worker), the rule data (a chunk of its own) and
 * the English texts when the reader chose English, then the root component
 * mounted into #app.
 *
 * No top-level await here: the English texts' chunk imports from this one
 * (the few English texts the app's own modules word problems with), and a
 * chunk still waiting at top level could never finish loading it.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadRules } from './engine/rules/registry';
import { EngineClient } from './lib/engine-client';
import { i18n } from './lib/i18n/index.svelte';

async function start() {
  const target = document.getElementById('app');
  if (!target) throw new Error('Nyttokalkyl: elementet #app saknas i index.html');

  const client = new EngineClient().start();
  // A reader who chose English gets the page in English from the start.
  await Promise.all([loadRules(), i18n.ready()]);
  return mount(App, { target, props: { client } });
}

export default start();
