import assert from 'node:assert/strict';
import { floorText } from '../../../../bot/commands/rooms/labels';
import { translator } from '../../../../bot/language/i18n';

describe('a room’s floor in words', () => {
  const en = { t: translator('en') };
  const fr = { t: translator('fr') };
  const pt = { t: translator('pt-BR') };

  it('names the ground floor in each language, however the directory writes it', () => {
    for (const written of ['Ground', 'ground floor', '0', 'G', 'RDC', 'rez-de-chaussée', 'Térreo']) {
      assert.equal(floorText(en, written), 'ground floor', written);
      assert.equal(floorText(fr, written), 'rez-de-chaussée', written);
      assert.equal(floorText(pt, written), 'térreo', written);
    }
  });

  it('numbers the others as each language does, basements included', () => {
    assert.deepEqual(
      [floorText(en, '3'), floorText(fr, '3'), floorText(pt, '3')],
      ['floor 3', '3e étage', '3º andar'],
    );
    assert.equal(floorText(fr, '1'), '1er étage');
    assert.equal(floorText(en, '-1'), 'basement 1');
    assert.equal(floorText(pt, '-2'), 'subsolo 2');
  });

  it('shows any other label as the directory gives it, never as "floor Mezzanine"', () => {
    assert.equal(floorText(en, 'Mezzanine'), 'Mezzanine');
    assert.equal(floorText(fr, '3e étage'), '3e étage');
  });
});
