import assert from 'node:assert/strict';
import { escapeXml, reportSvg } from '../../../bench/report-svg';
import { checkTargets } from '../../../bench/targets';
import { sampleReport } from './report-fixture';

/** Checks that every tag is closed in order (the chart has no comments, CDATA or doctype). */
function assertWellFormed(svg: string): void {
  const open: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) assert.equal(open.pop(), name, `</${name}> closes the wrong element`);
    else open.push(name!);
  }
  assert.deepEqual(open, [], 'unclosed elements');
  const text = svg.replace(/<[^>]*>/g, '');
  assert.doesNotMatch(text, /[<>]|&(?!(amp|lt|gt|quot|apos);)/, 'unescaped text');
}

describe('bench report as an SVG chart', () => {
  const report = sampleReport();
  report.targets = checkTargets(report);
  const svg = reportSvg(report);

  it('is a well-formed SVG document with its size set', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="\d+(\.\d)?" /);
    assertWellFormed(svg);
  });

  it('draws one bar per command and concurrency, with the target and the echo bot as lines', () => {
    assert.equal((svg.match(/fill="#4e79a7"/g) ?? []).length, 3, 'legend + help + call at 1 conversation');
    assert.equal((svg.match(/fill="#f28e2b"/g) ?? []).length, 3, 'legend + help + call at 32 conversations');
    assert.match(svg, />target 0\.5×</);
    assert.match(svg, />echo bot</);
    assert.match(svg, />0\.65×</);
  });

  it('writes "command not available" where a command is not written yet', () => {
    assert.match(svg, />command not available</);
  });

  it('draws each scale curve with its latencies and upstream requests per turn', () => {
    assert.match(svg, />call &lt;Full Name&gt; — by people</);
    assert.match(svg, />20\.0 ms</);
    assert.match(svg, />2\.00 req\/turn</);
    assert.match(svg, />sync status \(admin\) — by people per side</);
  });

  it('sums up memory, load and the missed targets', () => {
    assert.match(svg, />bot: after warm-up 200\.0 MB → after 10,000 turns 210\.0 MB \(\+5\.0 %\)</);
    assert.match(svg, />echo bot: after warm-up 120\.0 MB → after 10,000 turns 121\.0 MB \(\+0\.8 %\)</);
    assert.match(svg, /3 errors ✗/);
    assert.match(svg, />✗ call &lt;Full Name&gt;: throughput ≥ 0\.5× echo at 1: 0\.32×</);
  });

  it('escapes the five XML specials', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
