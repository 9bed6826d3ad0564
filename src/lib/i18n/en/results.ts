/** English texts of the results views. */
import type { results as sv } from '../sv/results';

export const results: typeof sv = {
  heading: 'Results',
};
