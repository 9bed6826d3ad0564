/**
 * Installs the rule data statically: for the CLI and the tests (the workers
 * install them from their entries, see engine.worker.ts).
 */
import { RULES_DATA } from './data';
import { installRules } from './registry';

installRules(RULES_DATA);
