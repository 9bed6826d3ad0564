/** Entry point: global styles, then the root component mounted into #app. */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Nyttokalkyl: elementet #app saknas i index.html');

const app = mount(App, { target });

export default app;
