/** The call log ("my calls"): typed requests and the log card's buttons. */
import { callLogCard } from '../../../cards/calls/call-log';
import type { CardTemplate } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import type { CommandModule } from '../module';
import { showMyCalls } from './my-calls';
import { viewFromButton, viewFromIntent } from './view';

export const callsCommands: CommandModule = {
  intents: {
    myCalls: (turn, intent) => showMyCalls(turn, viewFromIntent(intent)),
  },
  verbs: {
    [VERBS.callsPage]: (turn, data) => showMyCalls(turn, viewFromButton(data)),
  },
  cards: [callLogCard] as unknown as ReadonlyArray<CardTemplate<never>>,
};
