import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/io/progress.js';

function stream(isTTY: boolean): { isTTY: boolean; written: string[]; write(chunk: string): boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk) => written.push(chunk) > 0 };
}

describe('createProgressBar', () => {
  it('prints nothing at all when standard error is not a terminal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.integer({ min: -10, max: 2000 })), (total, updates) => {
        const out = stream(false);
        const bar = createProgressBar({ stream: out, total, label: 'bootstrap' });
        for (const u of updates) {
          bar.update(u);
          bar.tick();
        }
        bar.finish();
        expect(out.written).toEqual([]);
      }),
    );
  });

  it('prints nothing for a stream that does not say it is a TTY, or an empty run', () => {
    const out = { written: [] as string[], write(chunk: string) { this.written.push(chunk); } };
    createProgressBar({ stream: out, total: 10 }).update(5);
    const tty = stream(true);
    const bar = createProgressBar({ stream: tty, total: 0 });
    bar.update(1);
    bar.finish();
    expect(out.written).toEqual([]);
    expect(tty.written).toEqual([]);
  });

  it('draws the bar in place on a terminal and erases it when finished', () => {
    const out = stream(true);
    const bar = createProgressBar({ stream: out, total: 4, label: 'sampling', width: 8 });
    bar.tick();
    bar.tick(1);
    bar.update(2); // same percentage: no redraw
    bar.update(99); // clamped to the total
    bar.finish();
    bar.finish();
    bar.tick();
    expect(out.written).toEqual([
      '\rsampling [##------]  25% 1/4',
      '\rsampling [####----]  50% 2/4',
      '\rsampling [########] 100% 4/4',
      '\r\u001b[2K',
    ]);
  });

  it('redraws at most once per percent', () => {
    const out = stream(true);
    const bar = createProgressBar({ stream: out, total: 10_000 });
    for (let i = 0; i < 10_000; i++) bar.tick();
    expect(out.written.length).toBeLessThanOrEqual(101);
    expect(out.written.at(-1)).toContain('100% 10000/10000');
  });
});
