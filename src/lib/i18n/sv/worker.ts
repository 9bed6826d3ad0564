/** Swedish texts for a worker that failed a call: what the user is told, and that the inputs are safe. */
export const worker = {
  engine: {
    timeout:
      'Beräkningen tog för lång tid och avbröts. Beräkningsmotorn har startats om; dina indata finns kvar.',
    crashed: 'Beräkningsmotorn kraschade och har startats om; dina indata finns kvar.',
  },
  uncertainty: {
    timeout:
      'Osäkerhetsanalysen tog för lång tid och avbröts. Försök igen; dina indata finns kvar.',
    crashed:
      'Osäkerhetsanalysen avbröts av ett fel i beräkningen. Försök igen; dina indata finns kvar.',
  },
};
