/**
 * Every French department and the region it belongs to, as INSEE codes (the 2016 regions).
 *
 * Departments 01 to 95 are listed by position, ten to a line, each as a letter that stands for
 * its region's place in `REGION_CODES` (`a` is 01, `f` is 11, `p` is 84…): half the bytes of the
 * codes themselves. 20 (`-`) no longer exists since Corsica was split into 2A and 2B. Overseas
 * departments 971–976 belong to regions 01–06 (there is no 975 department: Saint-Pierre-et-Miquelon is not one).
 */
export const REGION_CODES = '01 02 03 04 06 11 24 27 28 32 44 52 53 75 76 84 93 94'.split(' ');

const METROPOLITAN =
  'pjpqqqpkok' + // 01–10
  'ooqipnngn-' + // 11–20
  'hmnnhpigmo' + // 21–30
  'oonomggphn' + // 31–40
  'gpplgonoli' + // 41–50
  'kklkkmkhjj' + // 51–60
  'ijpnookkph' + // 61–70
  'hlppfiffnj' + // 71–80
  'ooqqlnnkhh' + // 81–90
  'fffff'; // 91–95

/** The region of a department code (`69`, `2A`, `974`), or `undefined` if there is no such department. */
export function regionOfDepartment(department: string): string | undefined {
  if (/^2[AB]$/.test(department)) return '94';
  if (/^97[1-46]$/.test(department)) return '0' + department[2];
  return /^\d\d$/.test(department) ? REGION_CODES[METROPOLITAN.charCodeAt(+department - 1) - 97] : undefined;
}

/** Every department code, for the JSON Schema and the tests. */
export const departmentCodes = (): string[] =>
  [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')), '2A', '2B', '971', '972', '973', '974', '976']
    .filter((d) => regionOfDepartment(d));
