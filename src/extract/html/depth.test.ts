// Tests of the source-level nesting cap that keeps parsing linear on hostile pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capDepth } from './depth.js';

test('tags deeper than the cap are removed with their closing tags; blocks leave a <br>', () => {
  assert.deepEqual(capDepth('<div><div><p>x</p></div></div>', 1), { html: '<div><br><br>x</div>', removed: 2 });
  assert.deepEqual(capDepth('<div><span><b>x</b></span></div>', 1), { html: '<div>x</div>', removed: 2 });
});

test('pages within the cap come back unchanged; void tags and raw text do not count', () => {
  const html = '<div><img src=a><br><script>"<div><div><div>"</script><p>a</p></div>';
  assert.deepEqual(capDepth(html, 2), { html, removed: 0 });
});

test('closing tags without an open element are not matched', () => {
  // The stray </i> must not lower the count: the second <b> sits at depth 2.
  assert.deepEqual(capDepth('<b></i><b>x</b></b>', 1), { html: '<b></i>x</b>', removed: 1 });
});
