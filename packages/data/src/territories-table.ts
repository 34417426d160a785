/**
 * Every French department and the region it belongs to, as INSEE codes (the 2016 regions).
 *
 * Departments 01 to 95 are listed by position, ten to a line, each as its region's two-digit
 * code; 20 (`--`) no longer exists since Corsica was split into 2A and 2B. Overseas departments
 * 971–976 belong to regions 01–06 (there is no 975 department: Saint-Pierre-et-Miquelon is not one).
 */
const METROPOLITAN =
  '84328493939384447644' + // 01–10
  '767693288475752475--' + // 11–20
  '27537575278428245376' + // 21–30
  '76767576532424842775' + // 31–40
  '24848452247675765228' + // 41–50
  '44445244445344273232' + // 51–60
  '28328475767644448427' + // 61–70
  '27528484112811117532' + // 71–80
  '76769393527575442727' + // 81–90
  '1111111111'; // 91–95

export const REGION_CODES = '01 02 03 04 06 11 24 27 28 32 44 52 53 75 76 84 93 94'.split(' ');

/** The region of a department code (`69`, `2A`, `974`), or `undefined` if there is no such department. */
export function regionOfDepartment(department: string): string | undefined {
  if (/^2[AB]$/.test(department)) return '94';
  if (/^97[1-46]$/.test(department)) return '0' + department[2];
  const n = /^\d\d$/.test(department) ? +department : 0;
  return /\d\d/.exec(METROPOLITAN.slice(n * 2 - 2, n * 2))?.[0];
}

/** Every department code, for the JSON Schema and the tests. */
export const departmentCodes = (): string[] =>
  [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')), '2A', '2B', '971', '972', '973', '974', '976']
    .filter((d) => regionOfDepartment(d));
