/**
 * How every browser test, benchmark and screenshot script starts Chromium:
 * Debian's package (Playwright's browser downloads are not available here)
 * with the flags that keep it from calling home on a closed network.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Options for `chromium.launch()`. */
export const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
