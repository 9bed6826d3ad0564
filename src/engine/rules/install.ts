/** Installs the rule data statically: for the worker, the CLI and the tests. */
import { RULES_DATA } from './data';
import { installRules } from './registry';

installRules(RULES_DATA);
