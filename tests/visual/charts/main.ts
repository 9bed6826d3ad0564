/**
 * Visual harness for the charts: every chart with the example result (and a
 * three-cohort variant) on one page. Serve with
 *   npx vite tests/visual/charts --config vite.config.ts --port 5199
 * and take screenshots with `node tests/visual/charts/shots.mjs`.
 */
import { mount } from 'svelte';
import '../../../src/app.css';
import Gallery from './gallery.svelte';

mount(Gallery, { target: document.getElementById('app')! });
