/**
 * The app, once main.ts has started the engine's worker: global styles, the
 * engine's client (on that worker), the rule data (a chunk of its own), then
 * the root component mounted into #app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadRules } from './engine/rules/registry';
import { EngineClient } from './lib/engine-client';

const target = document.getElementById('app');
if (!target) throw new Error('Nyttokalkyl: elementet #app saknas i index.html');

const client = new EngineClient().start();
await loadRules();
const app = mount(App, { target, props: { client } });

export default app;
