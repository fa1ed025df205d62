/** iCalendar feeds (ical.js); lazy chunk. Work in progress: replaced by the full reader. */
import ICAL from 'ical.js';
import {FeedFormatError} from '../../core/feed-types.js';
import {DecodedICalendar} from './decoded-calendar.js';

export function decodeICalendar(text: string): DecodedICalendar {
  try {
    ICAL.parse(text);
  } catch (error) {
    throw new FeedFormatError(`the iCalendar text could not be read: ${(error as Error).message}`);
  }
  return new DecodedICalendar((source) => ({items: [], problems: [{source, message: 'iCalendar feeds are not read yet.'}]}));
}
