import { describe, expect, it } from 'vitest';
import { renderPairs, renderTable } from '../../src/io/table.js';

describe('renderPairs', () => {
  it('aligns the values after the longest name', () => {
    expect(renderPairs([['voters', '436'], ['candidates', '5']])).toBe('voters      436\ncandidates  5\n');
    expect(renderPairs([])).toBe('');
  });
});

describe('renderTable', () => {
  it('pads every column but the last to its widest cell, header first', () => {
    const text = renderTable(['id', 'name'], [['soc', 'strict orders'], ['csv-approvals', 'approvals']]);
    expect(text).toBe('id             name\nsoc            strict orders\ncsv-approvals  approvals\n');
  });
});
