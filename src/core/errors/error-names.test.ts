import { describe, expect, it } from 'vitest';
import { errorNames } from './error-names';

describe('errorNames', () => {
  it('lists an error’s name and those it wraps, in inner, cause and failures', () => {
    const quota = { name: 'QuotaExceededError' };
    const bulk = {
      name: 'BulkError',
      failures: [{ name: 'ConstraintError' }, { name: 'AbortError', inner: quota }],
    };
    expect(errorNames({ name: 'DatabaseClosedError', cause: bulk })).toEqual([
      'DatabaseClosedError',
      'BulkError',
      'ConstraintError',
      'AbortError',
      'QuotaExceededError',
    ]);
    expect(errorNames('not an error')).toEqual([]);
  });

  it('stops five levels down', () => {
    let error: object = { name: 'QuotaExceededError' };
    for (let i = 0; i < 6; i++) error = { name: `Level${i}`, inner: error };
    expect(errorNames(error)).not.toContain('QuotaExceededError');
  });
});
