/** English texts of the command line (see ../sv/cli.ts). */
import type { cli as sv } from '../sv/cli';

export const cli: typeof sv = {
  invalidDocument: '{{file}}: invalid document ({{count}} problems)',
  // The CLI has always named the whole document in Swedish; scripts may match it.
  wholeDocument: '(dokumentet)',
  cannotRead: '{{file}}: cannot read the file ({{error}})',
  notJson: '{{file}}: not valid JSON ({{error}})',
};
