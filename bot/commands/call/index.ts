/** Call, presence and speed dials. */
import { choiceCard } from '../../../cards/call/choice';
import { personCard } from '../../../cards/call/person';
import { presenceCard } from '../../../cards/call/presence';
import { speedDialsCard } from '../../../cards/call/speed-dials';
import { callStatusCard } from '../../../cards/call/status';
import type { CardTemplate } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import type { CommandModule } from '../module';
import { callIntent } from './call-command';
import { callStatusVerb, placeCallVerb } from './place-call';
import { presenceVerb, showVerb, speedDialAddVerb, speedDialRemoveVerb } from './person-verbs';
import { presenceIntent } from './presence-command';
import { guarded } from './replies';
import { speedDialsIntent } from './speed-dials-command';

export const callCommands: CommandModule = {
  intents: {
    call: guarded(callIntent),
    presence: guarded(presenceIntent),
    speedDials: guarded(speedDialsIntent),
  },
  verbs: {
    [VERBS.callPlace]: guarded(placeCallVerb),
    [VERBS.callStatus]: guarded(callStatusVerb),
    [VERBS.callShow]: guarded(showVerb),
    [VERBS.callPresence]: guarded(presenceVerb),
    [VERBS.callSpeedDialAdd]: guarded(speedDialAddVerb),
    [VERBS.callSpeedDialRemove]: guarded(speedDialRemoveVerb),
  },
  cards: [personCard, choiceCard, callStatusCard, presenceCard, speedDialsCard] as unknown as ReadonlyArray<
    CardTemplate<never>
  >,
};
