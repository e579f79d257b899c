/** Room booking, bookings and room agendas. */
import { agendaCard } from '../../../cards/rooms/agenda';
import { bookedCard } from '../../../cards/rooms/booked';
import { bookingsCard } from '../../../cards/rooms/bookings';
import { searchCard } from '../../../cards/rooms/search';
import type { CardTemplate } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import type { CommandModule } from '../module';
import { bookClicked } from './book';
import { cancelClicked } from './cancel';
import { bookRoom, searchClicked } from './find-room';
import { bookingsClicked, myBookings } from './my-bookings';
import { agendaClicked, roomAgenda } from './room-agenda';

export const roomsCommands: CommandModule = {
  intents: { bookRoom, myBookings, roomAgenda },
  verbs: {
    [VERBS.roomsSearch]: searchClicked,
    [VERBS.roomsBook]: bookClicked,
    [VERBS.roomsCancel]: cancelClicked,
    [VERBS.roomsBookings]: bookingsClicked,
    [VERBS.roomsAgenda]: agendaClicked,
  },
  cards: [searchCard, bookedCard, bookingsCard, agendaCard] as unknown as ReadonlyArray<CardTemplate<never>>,
};
