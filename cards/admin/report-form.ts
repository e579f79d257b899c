import { defineCard } from '../render';
import json from './report-form.json';

/** "Report a problem": a category, optional details, and a submit button (Action.Execute). */
export interface ReportFormCardData {
  title: string;
  intro: string;
  /** Why the last submit was not accepted ('' for none). */
  error: string;
  categoryLabel: string;
  categoryError: string;
  /** The category chosen so far ('' for none). */
  category: string;
  categories: Array<{ title: string; value: string }>;
  detailsLabel: string;
  detailsPlaceholder: string;
  details: string;
  /** What is sent with the report (and what is not). */
  privacy: string;
  submit: string;
  /** The submit button's data: `{ nonce }`. */
  data: { nonce: string };
}

export const reportFormCard = defineCard<ReportFormCardData>('admin.reportForm', json, {
  title: 'Report a problem',
  intro: 'Tell the administrators what went wrong.',
  error: '',
  categoryLabel: 'What went wrong?',
  categoryError: 'Choose what went wrong.',
  category: '',
  categories: [
    { title: 'Calling someone', value: 'calls' },
    { title: 'Something else', value: 'other' },
  ],
  detailsLabel: 'Details (optional)',
  detailsPlaceholder: 'What did you try, what happened?',
  details: '',
  privacy: 'The report includes the references of your last requests, not what you typed.',
  submit: 'Send',
  data: { nonce: 'n1' },
});
