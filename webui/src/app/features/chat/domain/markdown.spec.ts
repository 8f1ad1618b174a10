import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('escapes HTML a model writes, so no tag or handler of its own survives', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('renders fenced code blocks verbatim, with the language as a class', () => {
    const html = renderMarkdown('Look:\n```ts\nconst a = 1 < 2 && **b**;\n```\nend');
    expect(html).toBe(
      '<p>Look:</p><pre><code class="language-ts">const a = 1 &lt; 2 &amp;&amp; **b**;</code></pre><p>end</p>',
    );
  });

  it('renders inline code, bold, italic, headings and lists', () => {
    expect(renderMarkdown('# Title')).toBe('<h3>Title</h3>');
    expect(renderMarkdown('a **b** *c* `**d**`')).toBe(
      '<p>a <strong>b</strong> <em>c</em> <code>**d**</code></p>',
    );
    expect(renderMarkdown('- one\n- two\n\n1. first')).toBe(
      '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>',
    );
  });

  it('makes web links clickable in a new tab and refuses javascript: links', () => {
    expect(renderMarkdown('[docs](https://example.org/a?b=1&c=2)')).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">docs</a></p>',
    );
    expect(renderMarkdown('see https://example.org.')).toBe(
      '<p>see <a href="https://example.org" target="_blank" rel="noopener noreferrer">https://example.org</a>.</p>',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
  });

  it('keeps line breaks inside a paragraph', () => {
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br>line two</p>');
  });
});
