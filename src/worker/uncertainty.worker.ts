/** The uncertainty analyses in their own Web Worker, exposed with Comlink (see uncertainty-api.ts). */
import '../engine/rules/install';
import { expose } from 'comlink';
import { createUncertaintyApi } from './uncertainty-api';

expose(createUncertaintyApi());
