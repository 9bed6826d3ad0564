/**
 * Installs the rule data statically: for the uncertainty worker, the CLI and
 * the tests (the engine worker installs them itself, see engine.worker.ts).
 */
import { RULES_DATA } from './data';
import { installRules } from './registry';

installRules(RULES_DATA);
