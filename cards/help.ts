import { defineCard } from './render';
import json from './help.json';

export interface HelpCommandRow {
  title: string;
  description: string;
  example: string;
  button: string;
  /** The text sent as the user when the button is pressed. */
  command: string;
}

export interface HelpCardData {
  title: string;
  intro: string;
  callTitle: string;
  callLabel: string;
  callExample: string;
  callInputLabel: string;
  callInputError: string;
  callPlaceholder: string;
  callButton: string;
  commands: HelpCommandRow[];
  footer: string;
}

export const helpCard = defineCard<HelpCardData>('help', json, {
  title: 'Hello',
  intro: 'What I can do',
  callTitle: 'Call someone',
  callLabel: 'Through the phone system',
  callExample: 'Try: "call Alice"',
  callInputLabel: 'Name, extension or number',
  callInputError: 'Type a name, an extension or a number',
  callPlaceholder: 'Alice, 2001, +33 1 23 45 67 89',
  callButton: 'Find',
  commands: [
    {
      title: 'My calls',
      description: 'Your call log',
      example: '"my calls"',
      button: 'Show',
      command: 'my calls',
    },
  ],
  footer: 'Type "help" at any time.',
});
