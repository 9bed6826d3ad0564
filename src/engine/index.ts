/** The engine's public surface: pure functions on plain data. */
export * from './types';
export * from './parameters';
export * from './rule-sets';
export * from './catalogue';
export * from './schema';
export * from './scenario-edit';
export { isRecord } from './scenario-migrate';
export * from './ledger';
export * from './tax';
export * from './appraisal';
export * from './evaluate';
export * from './example';
export * from './analyses';
export * from './sensitivity';
export * from './uncertainty';
export * from './known-figures';
export * from './portfolio';
