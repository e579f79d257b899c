import assert from 'node:assert/strict';
import * as AC from 'adaptivecards';
import { ALL_CARDS, HANDLED_VERBS } from '../../../bot/commands/router';
import { renderCard, type AdaptiveCard } from '../../../cards/render';
import { ALL_VERBS } from '../../../cards/verbs';

/** Every Action.Execute anywhere in a card (body, actions, nested containers, show cards). */
function executeActions(
  node: unknown,
  found: Array<Record<string, unknown>> = [],
): Array<Record<string, unknown>> {
  if (Array.isArray(node)) {
    for (const item of node) executeActions(item, found);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute') found.push(record);
    for (const value of Object.values(record)) executeActions(value, found);
  }
  return found;
}

function parseErrors(card: AdaptiveCard): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

describe('card templates', () => {
  for (const template of ALL_CARDS) {
    describe(`the "${template.name}" card`, () => {
      const card = renderCard(template, template.sample);

      it('is an Adaptive Card of version 1.5 at most', () => {
        assert.equal(card.type, 'AdaptiveCard');
        assert.ok(Number(card.version) <= 1.5, `version ${card.version}`);
      });

      it('leaves no template expression unbound', () => {
        const text = JSON.stringify(card);
        assert.ok(
          !text.includes('${'),
          `unbound expression in ${text.slice(text.indexOf('${') - 40, text.indexOf('${') + 40)}`,
        );
      });

      it('parses with the adaptivecards library without errors or warnings', () => {
        assert.deepEqual(parseErrors(card), []);
      });

      it('gives every Action.Execute a verb the bot handles', () => {
        // Literal verbs in the template, and the verbs of the rendered sample (templated verbs).
        const literal = executeActions(template.json).filter((a) => !String(a.verb).startsWith('${'));
        for (const action of [...literal, ...executeActions(card)]) {
          assert.equal(
            typeof action.verb,
            'string',
            `an Action.Execute without a verb: ${JSON.stringify(action)}`,
          );
          assert.ok(HANDLED_VERBS.has(action.verb as string), `no handler for verb "${String(action.verb)}"`);
        }
      });
    });
  }

  it('declares only verbs that have a handler', () => {
    const unhandled = ALL_VERBS.filter((verb) => !HANDLED_VERBS.has(verb));
    assert.deepEqual(unhandled, []);
  });
});
