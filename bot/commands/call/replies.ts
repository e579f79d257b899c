/** Cards of the call area as replies, and the guard that turns anything thrown into a failure card. */
import { choiceCard, type ChoiceCardData } from '../../../cards/call/choice';
import { personCard, type PersonCardData } from '../../../cards/call/person';
import { presenceCard, type PresenceCardData } from '../../../cards/call/presence';
import { speedDialsCard, type SpeedDialsCardData } from '../../../cards/call/speed-dials';
import { callStatusCard, type CallStatusCardData } from '../../../cards/call/status';
import { renderCard } from '../../../cards/render';
import { failureReply } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';

export const personReply = (data: PersonCardData): Reply => cardReply(renderCard(personCard, data));
export const choiceReply = (data: ChoiceCardData): Reply => cardReply(renderCard(choiceCard, data));
export const presenceReply = (data: PresenceCardData): Reply => cardReply(renderCard(presenceCard, data));
export const speedDialsReply = (data: SpeedDialsCardData): Reply =>
  cardReply(renderCard(speedDialsCard, data));

/** The call status card; without a refresh the property is left out rather than null. */
export function statusReply(data: CallStatusCardData): Reply {
  const card = renderCard(callStatusCard, data);
  if (card.refresh === null || card.refresh === undefined) delete card.refresh;
  return cardReply(card);
}

/** Runs a handler; anything it throws becomes a localised failure card (nothing escapes). */
export function guarded<A extends unknown[]>(
  handler: (turn: CommandTurn, ...args: A) => Promise<Reply>,
): (turn: CommandTurn, ...args: A) => Promise<Reply> {
  return async (turn, ...args) => {
    try {
      return await handler(turn, ...args);
    } catch (error) {
      return failureReply(turn, error);
    }
  };
}
