import assert from 'node:assert/strict';
import { escapeCardMarkdown, escapeMarkdown } from '../../../cards/markdown';

describe('text written as literal Markdown', () => {
  it('escapes links, emphasis, code and the backslash', () => {
    assert.equal(escapeMarkdown('[PIN](https://evil.example)'), '\\[PIN\\](https://evil.example)');
    assert.equal(escapeMarkdown('**a** _b_ ~c~ `d` e\\f'), '\\*\\*a\\*\\* \\_b\\_ \\~c\\~ \\`d\\` e\\\\f');
  });

  it('escapes headings, quotes and list markers at the start of a line only', () => {
    assert.equal(
      escapeMarkdown('# big\n> quoted\n- one\n+ two\n3. three\n4) four'),
      '\\# big\n\\> quoted\n\\- one\n\\+ two\n3\\. three\n4\\) four',
    );
    assert.equal(
      escapeMarkdown('J.-P. Durand, (11) 3881-6025, 14:05 - 15:00 #2'),
      'J.-P. Durand, (11) 3881-6025, 14:05 - 15:00 #2',
    );
  });

  it('escapes the texts and facts of a card, never its button data, inputs or urls', () => {
    const card = escapeCardMarkdown({
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'a_b' },
        { type: 'FactSet', facts: [{ title: '*t*', value: '[v](u)' }] },
        { type: 'Input.Text', id: 'q', value: 'a_b' },
        { type: 'Container', items: [{ type: 'TextBlock', text: '`x`' }] },
      ],
      actions: [
        {
          type: 'Action.Execute',
          title: 'a_b',
          verb: 'v',
          data: { text: 'call a_b', card: { type: 'TextBlock', text: '_' } },
        },
      ],
    });
    assert.deepEqual(card.body, [
      { type: 'TextBlock', text: 'a\\_b' },
      { type: 'FactSet', facts: [{ title: '\\*t\\*', value: '\\[v\\](u)' }] },
      { type: 'Input.Text', id: 'q', value: 'a_b' },
      { type: 'Container', items: [{ type: 'TextBlock', text: '\\`x\\`' }] },
    ]);
    assert.deepEqual(card.actions, [
      {
        type: 'Action.Execute',
        title: 'a_b',
        verb: 'v',
        data: { text: 'call a_b', card: { type: 'TextBlock', text: '_' } },
      },
    ]);
  });
});
