import {str} from '@lit/localize';
import {welsh} from '../../generated/welsh/urgent-help.js';
import {localeOf, translator, type Language} from './translate.js';

/** Messages with the urgent-help part of the Welsh (src/generated/welsh/urgent-help.ts). */
const msgIn = translator(welsh);

/**
 * A service to call when someone needs help now: a whole translated sentence
 * with the number in it (never stitched from pieces), the number as shown,
 * and the tel: link that calls it.
 */
export interface UrgentService {
  sentence: (number: string) => string;
  number: string;
  href: `tel:${string}`;
}

/**
 * The services every widget that touches mental health points to, the same
 * words wherever they appear (the story carousel's signposting, the contact
 * form's "not for urgent help" notice, the receiver's acknowledgement email):
 * 999; NHS 111 Wales, option 2 for mental health; Samaritans; and for Welsh
 * readers the Samaritans' Welsh Language Line. Fixed numbers, so their links
 * are written here, not read from a feed.
 */
export function urgentServices(language: Language): UrgentService[] {
  const msg = msgIn(language);
  const services: UrgentService[] = [
    {sentence: (number) => msg(str`In an emergency, call ${number}`, {id: 'urgent.emergency', desc: 'The placeholder is 999, shown as a link that calls it.'}), number: '999', href: 'tel:999'},
    {
      sentence: (number) =>
        msg(str`For mental health help, call NHS 111 Wales on ${number} and press 2 (free, 24 hours)`, {
          id: 'urgent.nhs111',
          desc: 'The placeholder is 111, shown as a link that calls it. Option 2 of NHS 111 Wales is mental health support.',
        }),
      number: '111',
      href: 'tel:111',
    },
    {
      sentence: (number) => msg(str`Samaritans, free, 24 hours: ${number}`, {id: 'urgent.samaritans', desc: 'The placeholder is 116 123, shown as a link that calls it.'}),
      number: '116 123',
      href: 'tel:116123',
    },
  ];
  if (localeOf(language) === 'cy') {
    services.push({
      sentence: (number) =>
        msg(str`Samaritans Welsh Language Line (free, 7pm to 11pm every day): ${number}`, {
          id: 'urgent.samaritans-welsh',
          desc: 'Welsh interface only; placeholder 0808 164 0123. Hours as published in 2024: check.',
        }),
      number: '0808 164 0123',
      href: 'tel:08081640123',
    });
  }
  return services;
}

/** The same services as plain sentences, numbers filled in: for an email. */
export function urgentServiceSentences(language: Language): string[] {
  return urgentServices(language).map((service) => service.sentence(service.number));
}
