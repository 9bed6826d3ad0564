/** English texts for a worker that failed a call: what the user is told, and that the inputs are safe. */
import type { worker as sv } from '../sv/worker';

export const worker: typeof sv = {
  engine: {
    timeout:
      'The calculation took too long and was stopped. The engine was restarted; your inputs are intact.',
    crashed: 'The calculation engine crashed and was restarted; your inputs are intact.',
  },
  uncertainty: {
    timeout:
      'The uncertainty analysis took too long and was stopped. Try again; your inputs are intact.',
    crashed: 'The uncertainty analysis stopped on an error. Try again; your inputs are intact.',
  },
};
