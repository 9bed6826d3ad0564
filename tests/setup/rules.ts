/** Tests use the engine directly: its rule data is installed as the worker installs it. */
import '../../src/engine/rules/install';
