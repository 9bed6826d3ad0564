/**
 * Swedish texts of the command line (src/cli/calc.ts). Read directly by the
 * CLI in Node; the app's translator does not carry them.
 */
export const cli = {
  /** The heading over a document's problems. */
  invalidDocument: '{{file}}: ogiltigt dokument ({{count}} fel)',
  /** A problem of the whole document (it has no path). */
  wholeDocument: '(dokumentet)',
  cannotRead: '{{file}}: kan inte läsa filen ({{error}})',
  notJson: '{{file}}: inte giltig JSON ({{error}})',
};
