/**
 * Windows time zone names (what Outlook and Exchange write in TZID, often
 * without a VTIMEZONE to define them) mapped to IANA names, after Unicode
 * CLDR's windowsZones.xml (territory "001", the zone's main city). Only zones
 * people in or dealing with Wales are likely to meet, plus the big ones.
 */
const WINDOWS_TO_IANA: Record<string, string> = {
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Egypt Standard Time': 'Africa/Cairo',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Morocco Standard Time': 'Africa/Casablanca',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  'Arabian Standard Time': 'Asia/Dubai',
  'Arab Standard Time': 'Asia/Riyadh',
  'Iran Standard Time': 'Asia/Tehran',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'Canada Central Standard Time': 'America/Regina',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'SA Pacific Standard Time': 'America/Bogota',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
};

const BY_LOWER_CASE = new Map(Object.entries(WINDOWS_TO_IANA).map(([windows, iana]) => [windows.toLowerCase(), iana]));

/**
 * Outlook sometimes writes the display name instead of the id:
 * "(UTC+00:00) Dublin, Edinburgh, Lisbon, London". Matched by its cities.
 */
const DISPLAY_NAMES: [RegExp, string][] = [
  [/Dublin, Edinburgh, Lisbon, London/i, 'Europe/London'],
  [/Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna/i, 'Europe/Berlin'],
  [/Brussels, Copenhagen, Madrid, Paris/i, 'Europe/Paris'],
  [/Eastern Time \(US (&|and) Canada\)/i, 'America/New_York'],
  [/Pacific Time \(US (&|and) Canada\)/i, 'America/Los_Angeles'],
  [/Monrovia, Reykjavik/i, 'Atlantic/Reykjavik'],
  [/^\(UTC\) Coordinated Universal Time$/i, 'UTC'],
];

/** The IANA name for a Windows time zone id or display name, or `undefined`. */
export function ianaFromWindows(name: string): string | undefined {
  const trimmed = name.trim();
  return BY_LOWER_CASE.get(trimmed.toLowerCase()) ?? DISPLAY_NAMES.find(([pattern]) => pattern.test(trimmed))?.[1];
}
