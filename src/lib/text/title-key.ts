/**
 * Titles as citations write them, reduced to one key: 《中华人民共和国电子商务法》, 《电子商务法》
 * and 电子商务法 name one law. The key drops the book-title marks, the state's name that national
 * laws carry in full (中华人民共和国) and a version note (（2017年修订）), and nothing else.
 */

/** The state's name that opens a national law's full title. */
const STATE = '中华人民共和国';

/** The key under which a title and its citations meet. */
export function titleKey(title: string): string {
  return title
    .replace(/[《》〈〉<>\s]/gu, '')
    .replace(/[（(]\d{4}年[^）)]{0,12}[）)]$/u, '')
    .replace(new RegExp(`^${STATE}`, 'u'), '');
}
