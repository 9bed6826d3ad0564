/** Swedish texts of the charts views. */
export const charts = {
  heading: 'Diagram',
};
