import { describe, expect, it } from 'vitest';
import { flattenDeepHtml } from './html-depth';

describe('flattenDeepHtml', () => {
  it('leaves an ordinary page unchanged and reports its depth', () => {
    const page =
      '<html><head><title>Tolls</title><script>if (a < b) { x("<div>"); }</script></head><body><main><article><p>One<p>Two<ul><li>a<li>b</ul></article></main><img src=x><br></body></html>';
    expect(flattenDeepHtml(page)).toEqual({ html: page, depth: 3, flattened: 0 });
  });

  it('drops the tags nested past the limit and keeps their text, block elements as line breaks', () => {
    const deep = `${'<div>'.repeat(5)}<span>Bridge</span> tolls<section>rise</section>${'</div>'.repeat(5)}`;
    const out = flattenDeepHtml(deep, 3);
    expect(out.html).toBe(`<div><div><div><br>Bridge  tolls<br>rise<br></div></div></div>`);
    expect(out).toMatchObject({ depth: 6, flattened: 8 });
  });

  it('counts <div/> as an opening tag (HTML ignores the slash) but not self-closed SVG shapes', () => {
    expect(flattenDeepHtml('<div/>'.repeat(10)).depth).toBe(10);
    expect(flattenDeepHtml(`<svg>${'<path d="M0"/>'.repeat(100)}</svg>`).depth).toBe(1);
  });

  it('flattens 50,000 nested divs down to the limit', () => {
    const out = flattenDeepHtml(`${'<div>'.repeat(50_000)}Quay${'</div>'.repeat(50_000)}`, 64);
    expect(out.depth).toBe(50_000);
    expect(flattenDeepHtml(out.html).depth).toBe(64);
  });
});
