/** English texts of the charts views. */
import type { charts as sv } from '../sv/charts';

export const charts: typeof sv = {
  heading: 'Charts',
};
