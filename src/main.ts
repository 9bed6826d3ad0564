/**
 * Entry point: global styles, the rule data (a chunk of its own, loaded while
 * the page starts), then the root component mounted into #app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadRules } from './engine/rules/registry';

const target = document.getElementById('app');
if (!target) throw new Error('Nyttokalkyl: elementet #app saknas i index.html');

await loadRules();
const app = mount(App, { target });

export default app;
