/**
 * The door's order of steps: nothing is decoded past its size limit, a step's
 * problems stop the door, and an asynchronous door starts parsing and
 * validation each in a task of its own (the page answers its user between a
 * large file's long steps).
 */
import { describe, expect, it } from 'vitest';
import { pass, passDoor, passDoorAsync, stop, type SyncDoor } from './door';

type Log = string[];

/** A door over a string whose steps write what they do to `log`. */
function loggingDoor(log: Log): SyncDoor<string, string, number[], number, string> {
  return {
    size: (input) => input.length,
    limit: 20,
    tooLarge: (size, limit) => `${size} > ${limit}`,
    decode(input) {
      log.push('decode');
      return input.startsWith('!') ? stop('not text') : pass(input.trim());
    },
    parse(text) {
      log.push('parse');
      const numbers = text.split(',').map(Number);
      return numbers.some(Number.isNaN) ? stop('not numbers') : pass(numbers);
    },
    validate(doc) {
      log.push('validate');
      return doc.length > 3 ? stop('too many') : pass(doc.reduce((a, b) => a + b, 0));
    },
  };
}

/** Queue a task that writes `mark` to the log: it runs before any later task. */
function markNextTask(log: Log, mark: string) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    log.push(mark);
  };
  channel.port2.postMessage(null);
}

describe('door', () => {
  it('takes an input through every step to its value', async () => {
    expect(passDoor(loggingDoor([]), '1,2,3')).toEqual({ ok: true, value: 6 });
    expect(await passDoorAsync(loggingDoor([]), ' 4,5 ')).toEqual({ ok: true, value: 9 });
  });

  it('decodes nothing past the size limit, and stops at the first step with problems', async () => {
    const log: Log = [];
    const door = loggingDoor(log);
    expect(await passDoorAsync(door, '1,'.repeat(11))).toEqual({
      ok: false,
      problems: ['22 > 20'],
    });
    expect(log).toEqual([]);
    expect(await passDoorAsync(door, '1,x')).toEqual({ ok: false, problems: ['not numbers'] });
    expect(log).toEqual(['decode', 'parse']);
    expect(passDoor(door, '1,2,3,4')).toEqual({ ok: false, problems: ['too many'] });
  });

  it('starts parsing and validation each in a new task when it may wait', async () => {
    const log: Log = [];
    const door = loggingDoor(log);
    // A task queued while decoding runs before parsing; one queued while parsing, before validation.
    const decode = door.decode;
    const parse = door.parse;
    door.decode = (input) => {
      markNextTask(log, 'task after decoding');
      return decode(input);
    };
    door.parse = (text) => {
      markNextTask(log, 'task after parsing');
      return parse(text);
    };
    expect(await passDoorAsync(door, '1,2')).toEqual({ ok: true, value: 3 });
    expect(log).toEqual([
      'decode',
      'task after decoding',
      'parse',
      'task after parsing',
      'validate',
    ]);
  });
});
