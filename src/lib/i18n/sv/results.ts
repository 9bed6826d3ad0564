/** Swedish texts of the results views. */
export const results = {
  heading: 'Resultat',
};
