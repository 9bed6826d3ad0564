/** The engine in a Web Worker, exposed with Comlink (see engine-api.ts). */
import '../engine/rules/install';
import { expose } from 'comlink';
import { createEngineApi } from './engine-api';

expose(createEngineApi());
