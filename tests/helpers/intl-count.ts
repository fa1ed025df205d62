/** How many `Intl.DateTimeFormat`s `run` builds: for checks that a fast path asks Intl nothing. */
export function countDateTimeFormats(run: () => void): number {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  let built = 0;
  class Counting extends RealDateTimeFormat {
    constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super(locales, options);
      built++;
    }
  }
  Object.defineProperty(Intl, 'DateTimeFormat', {value: Counting, configurable: true, writable: true});
  try {
    run();
  } finally {
    Object.defineProperty(Intl, 'DateTimeFormat', {value: RealDateTimeFormat, configurable: true, writable: true});
  }
  return built;
}
