/** The uncertainty analyses in their own Web Worker, exposed with Comlink (see uncertainty-api.ts). */
import { expose } from 'comlink';
import { RULES_DATA } from '../engine/rules/data';
import { installRules } from '../engine/rules/registry';
import { createUncertaintyApi } from './uncertainty-api';

// Installed here, as in engine.worker.ts: an entry that imports the rules fetches them with
// its other chunks, not after a shared install chunk has arrived.
installRules(RULES_DATA);
expose(createUncertaintyApi());
