import { describe, expect, it } from 'vitest';
import { ratioChartSvg } from '../../src/report/svg.js';
import { buildReport } from '../../src/report/build-report.js';
import { ENVIRONMENT, row, syntheticReport, votingReport } from '../fixtures.js';

/** Every opened element is closed, in order (self-closing tags aside). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, self] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('ratioChartSvg', () => {
  const svg = ratioChartSvg(syntheticReport());

  it('is a standalone, well-nested SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(balanced(svg)).toBe(true);
  });

  it('draws one labelled bar per workload (not per floor), coloured by suite, with its ratio', () => {
    expect(svg.match(/<rect x="330" y="[\d.]+" width="[\d.]+" height="14"/g)).toHaveLength(3);
    expect(svg).toContain('>fast.a</text>');
    expect(svg).toContain('>slow.a</text>');
    expect(svg).not.toContain('>floor.a</text>');
    expect(svg).toContain('>5.00×</text>');
    expect(svg).toMatch(/fill="#59a14f"><title>slow\.a: 50\.0 ms, 5\.00× floor\.a<\/title>/);
    expect(svg).toMatch(/fill="#4e79a7"><title>parse/);
  });

  it('escapes labels and marks each target limit with a dashed line', () => {
    expect(svg).toContain('>parse &lt;a|b&gt; &amp; c</text>');
    expect(svg).not.toContain('<a|b>');
    expect(svg.match(/stroke-dasharray="4 3"/g)).toHaveLength(1);
    expect(svg).toContain('>target 3×</text>');
  });

  it('bars are longer for larger ratios, and ratios below 1 stay visible', () => {
    const width = (name: string, s: string) => Number(new RegExp(`<rect x="330" y="[\\d.]+" width="([\\d.]+)"[^>]*><title>${name}:`).exec(s)![1]);
    expect(width('slow.a', svg)).toBeGreaterThan(width('fast.a', svg));
    // A workload faster than its floor (0.8×): the axis starts at 0.5× and the bar has a length.
    const faster = ratioChartSvg(buildReport([row('f', 10), row('quick', 8, 'f')], ENVIRONMENT, 'full', [], 1));
    expect(width('quick', faster)).toBeGreaterThan(10);
    expect(faster).toContain('>0.500×</text>');
  });
});

describe('ratioChartSvg with voting rules', () => {
  const svg = ratioChartSvg(votingReport());

  it("writes a rule's ratio to the margins after its bar, and draws only the limits of targets divided by a floor", () => {
    expect(svg).toContain('>6.00× (3.00× margins)</text>');
    expect(svg).toContain('>2.00×</text>');
    expect(svg).toContain('>target 3×</text>');
    expect(svg).not.toContain('>target 5×</text>');
    expect(svg).toMatch(/fill="#f28e2b"><title>v\.beat-path/);
  });
});
