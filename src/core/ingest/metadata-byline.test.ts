import { describe, expect, it } from 'vitest';
import { matchWireByline } from './metadata';

describe('matchWireByline', () => {
  it('reads known wires and agencies named like one, without their dateline', () => {
    expect(matchWireByline('Press Trust of India Mumbai')).toBe('Press Trust of India');
    expect(matchWireByline('Nordic Press Agency Oslo')).toBe('Nordic Press Agency');
    expect(matchWireByline('By Baltic News Service')).toBe('Baltic News Service');
  });

  it('never takes a sentence or a lower-case line for a byline', () => {
    expect(matchWireByline('The press agency said the talks ended.')).toBeNull();
    expect(matchWireByline('local news service Oslo')).toBeNull();
    expect(matchWireByline('Explore News')).toBeNull();
  });
});
