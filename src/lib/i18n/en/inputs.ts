/** English texts of the inputs views. */
import type { inputs as sv } from '../sv/inputs';

export const inputs: typeof sv = {
  heading: 'Inputs',
};
