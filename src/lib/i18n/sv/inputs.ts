/** Swedish texts of the inputs views. */
export const inputs = {
  heading: 'Indata',
};
