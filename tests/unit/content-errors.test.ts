import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preview } from '../../src/lib/content/issue';
import { zodIssues } from '../../src/lib/content/zod-issues';
import { z } from 'zod';
import { CLAUSE_16, copyContent, edit, report } from './helpers/content-copy';

// Each test breaks one thing in a copy of the real content and pins the report an author
// reads: the file, the field, what was found, what was expected, and what to do.
let root = '';
const fresh = () => (root = copyContent());
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('content errors name the file, the field and the fix', () => {
  it('the real content is valid', () => {
    expect(report(fresh())).toBe('valid');
  });

  it('a field of the wrong type', () => {
    edit(fresh(), CLAUSE_16, 'numeral: 十六', 'numeral: [十六]');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        numeral: found ["十六"]; expected string, received array.
          Fix: correct numeral as src/schemas/clause.ts documents it"
    `);
  });

  it('a missing field', () => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程\n', '');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        title: found nothing (the field is missing); expected string, received undefined.
          Fix: correct title as src/schemas/clause.ts documents it"
    `);
  });

  it('malformed YAML', () => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程', 'title: [实施绿色制造工程');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        frontmatter: found deficient indentation at line 6, column 1; expected YAML between two "---" lines.
          Fix: fix the YAML syntax there (quote values that contain ": " or start with a symbol such as [ or *)"
    `);
  });

  it('an unknown field', () => {
    edit(fresh(), CLAUSE_16, "division: '4'", "division: '4'\nindustry: []");
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        (top level): found unknown field(s) industry; expected only the fields documented in src/schemas/clause.ts.
          Fix: remove or rename the field (check its spelling against the schema)"
    `);
  });

  it('an unknown industry', () => {
    edit(fresh(), CLAUSE_16, 'industries: []', 'industries:\n  - 绿色产业');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        industries[0]: found "绿色产业"; expected a name listed in content/vocabularies/industries.yaml.
          Fix: use one of the names in content/vocabularies/industries.yaml (check the spelling), or add the new term there with its id and group"
    `);
  });

  it('an industry the body does not name', () => {
    edit(fresh(), CLAUSE_16, 'industries: []', 'industries:\n  - 生物医药');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        industries[0]: found "生物医药"; expected an industry the body names (by its name or an alias).
          Fix: remove it, or add the body's word for it to the aliases of 生物医药 in content/vocabularies/industries.yaml"
    `);
  });

  it('an unknown support type', () => {
    edit(fresh(), CLAUSE_16, /kind: 资助/, 'kind: 补贴');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        awards[0].kind: found "补贴"; expected a name listed in content/vocabularies/support-types.yaml.
          Fix: use one of the names in content/vocabularies/support-types.yaml (check the spelling), or add the new term there with its id and description"
    `);
  });

  it('an amount that its quote does not state', () => {
    edit(fresh(), CLAUSE_16, 'yuan: 4000000', 'yuan: 4500000');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        awards[0].amount.yuan: found 4500000 (450万元); expected an amount its quote grants (after 给予 where it says so); the quote says "对获评国家级、省级绿色园区的，分别给予400万元、200万元资助".
          Fix: correct the amount (whole yuan: 200万元 is 2000000) or quote the sentence that states it"
    `);
  });

  it('an amount written in 万 instead of yuan', () => {
    edit(fresh(), CLAUSE_16, 'yuan: 4000000', 'yuan: 400');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        ladders[0]: found ladder green-park (绿色园区评级): awards[0] (国家级, rank 2, 400元) pays less than the lower awards[1] (省级, rank 1, 200万元); expected a higher rank that never pays less than a lower one (the calculator pays the highest rung reached).
          Fix: correct the ranks or the amounts so that they rise together, as the quote states them
        awards[0].amount.yuan: found 400 (400元); expected an amount its quote grants (after 给予 where it says so); the quote says "对获评国家级、省级绿色园区的，分别给予400万元、200万元资助".
          Fix: correct the amount (whole yuan: 200万元 is 2000000) or quote the sentence that states it"
    `);
  });

  it('a quote that is not in the body', () => {
    edit(
      fresh(),
      CLAUSE_16,
      'quote: 对获评国家级、省级绿色园区的，分别给予400万元、200万元资助',
      'quote: 对获评国家级、省级绿色园区的,分别给予400万元、200万元资助',
    );
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        awards[0].quote: found "对获评国家级、省级绿色园区的,分别给予400万元、200万元资助"; expected a quote that is word for word in the clause body.
          Fix: copy the sentence from the body below the frontmatter (full-width punctuation: ，；（）)"
    `);
  });

  it('a duplicate clause number', () => {
    edit(fresh(), 'content/clauses/hz-2018-manufacturing/17-industrial-land.md', 'number: 17', 'number: 16');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 3 problems.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        number: found 16; expected a number no other provision of the policy has.
          Fix: renumber the provisions so each number occurs once

      content/clauses/hz-2018-manufacturing/17-industrial-land.md
        number: found 16; expected a number no other provision of the policy has.
          Fix: renumber the provisions so each number occurs once
        number: found 16; expected a file name starting with "16-".
          Fix: rename the file to NN-<slug>.md with its number (two digits at least)"
    `);
  });

  it('a clause number that does not match the numeral', () => {
    edit(fresh(), CLAUSE_16, 'numeral: 十六', 'numeral: 十七');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        numeral: found "十七"; expected "十六" or "一".
          Fix: make the numeral agree with the number

      content/policies/hz-2018-manufacturing.yaml
        (policy text): found in the heading of （十七）实施绿色制造工程 in content/clauses/hz-2018-manufacturing/16-green-manufacturing.md (character 4246) the content reads "100万元、50万元资助。（十七）实施绿色制造工程。支持企业运用互联网技术提升能"; expected the source, which reads "100万元、50万元资助。（十六）实施绿色制造工程。支持企业运用互联网技术提升能".
          Fix: restore the text there as content/sources/hangzhou-2018-manufacturing-opinions.raw.txt has it; a line of the source that is not policy text goes in source.excluded"
    `);
  });

  it('a citation to nothing', () => {
    edit(
      fresh(),
      'content/clauses/hz-2018-manufacturing/09-growing-smes.md',
      '  - ref: hangzhengbanhan-2018-64',
      '  - ref: hangzhengbanhan-2018-65',
    );
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/09-growing-smes.md
        citations[0].ref: found "hangzhengbanhan-2018-65"; expected the id of a record in content/references/.
          Fix: add content/references/<id>.yaml for the cited document, or fix the id"
    `);
  });

  it('a ladder that does not exist', () => {
    edit(fresh(), CLAUSE_16, /id: green-park\n      rank: 2/, 'id: green-parks\n      rank: 2');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        ladders[0]: found 1 award(s) on it; expected at least two awards on a ladder.
          Fix: put the ladder on the awards it groups, or delete it
        awards[0].ladder.id: found "green-parks"; expected a ladder of this clause (green-park, green-factory).
          Fix: add the ladder to \`ladders\` or fix the id"
    `);
  });

  it('a changed character of the policy text (lossless)', () => {
    edit(fresh(), CLAUSE_16, '全面推进绿色园区、绿色工厂的评价与创建', '全面推进绿色园区、绿色工厂的评价和创建');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/policies/hz-2018-manufacturing.yaml
        (policy text): found in the body of content/clauses/hz-2018-manufacturing/16-green-manufacturing.md (character 4300) the content reads "面推进绿色园区、绿色工厂的评价和创建。通过3—5年努力，创建国家级绿色园区1个、"; expected the source, which reads "面推进绿色园区、绿色工厂的评价与创建。通过3—5年努力，创建国家级绿色园区1个、".
          Fix: restore the text there as content/sources/hangzhou-2018-manufacturing-opinions.raw.txt has it; a line of the source that is not policy text goes in source.excluded"
    `);
  });

  it('a file that is not UTF-8', () => {
    writeFileSync(join(fresh(), CLAUSE_16), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        (file): found bytes that are not UTF-8; expected a UTF-8 text file.
          Fix: save the file as UTF-8 (for example iconv -f GBK -t UTF-8)"
    `);
  });

  it('an expiry date the closing does not state', () => {
    edit(fresh(), 'content/policies/hz-2018-manufacturing.yaml', "expiresOn: '2021-12-31'", "expiresOn: '2022-12-31'");
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/policies/hz-2018-manufacturing.yaml
        expiresOn: found 2022-12-31; expected a date the text states, or the last day its validity phrase gives (2022年12月31日 is neither).
          Fix: copy the expiry date from the text, set validity to the phrase that gives it, or null if the text sets none"
    `);
  });

  it('a duplicate award id', () => {
    edit(fresh(), CLAUSE_16, 'id: green-park-provincial', 'id: green-park-national');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        awards[0].id: found "green-park-national", also an id in this file; expected an id no other award of the base has.
          Fix: give it a distinct id: prefix it with its policy id (hz-2018-manufacturing-…)
        awards[1].id: found "green-park-national", also an id in this file; expected an id no other award of the base has.
          Fix: give it a distinct id: prefix it with its policy id (hz-2018-manufacturing-…)"
    `);
  });

  it('an empty body', () => {
    edit(fresh(), CLAUSE_16, /\n---\n\n[\s\S]*$/, '\n---\n');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        (body): found an empty body; expected the provision's text.
          Fix: paste the text below the frontmatter

      content/policies/hz-2018-manufacturing.yaml
        (policy text): found in the body of content/clauses/hz-2018-manufacturing/16-green-manufacturing.md (character 4257) the content reads "助。（十六）实施绿色制造工程。五、构建集群化空间体系，优化高质量发展布局按照市级"; expected the source, which reads "助。（十六）实施绿色制造工程。支持企业运用互联网技术提升能源利用效率与清洁生产水".
          Fix: restore the text there as content/sources/hangzhou-2018-manufacturing-opinions.raw.txt has it; a line of the source that is not policy text goes in source.excluded"
    `);
  });

  it('a clause number out of range', () => {
    edit(fresh(), 'content/clauses/hz-2018-manufacturing/22-fiscal-support.md', 'number: 22', 'number: 23');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/22-fiscal-support.md
        number: found 23; expected 22 (provision numbers run 1, 2, 3 … without gaps).
          Fix: fill the gap or renumber the provisions
        number: found 23; expected a file name starting with "23-".
          Fix: rename the file to NN-<slug>.md with its number (two digits at least)"
    `);
  });

  it('a division that does not exist', () => {
    edit(fresh(), 'content/clauses/hz-2018-manufacturing/22-fiscal-support.md', "division: '6'", "division: '7'");
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 2 problems.

      content/clauses/hz-2018-manufacturing/22-fiscal-support.md
        division: found "7"; expected a division of hz-2018-manufacturing (1, 2, 3, 4, 5, 6).
          Fix: use the id of the part, chapter or section the provision stands in

      content/policies/hz-2018-manufacturing.yaml
        (policy text): found in the closing (character 5641) the content reads "献企业及其经营者进行通报表扬。本意见自印发之日起施行，有效期至2021年12月3"; expected the source, which reads "献企业及其经营者进行通报表扬。（二十二）创新财政支持方式。加大财政专项资金统筹使".
          Fix: restore the text there as content/sources/hangzhou-2018-manufacturing-opinions.raw.txt has it; a line of the source that is not policy text goes in source.excluded"
    `);
  });

  it('a title that does not match the source', () => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程', 'title: 绿色制造工程');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/policies/hz-2018-manufacturing.yaml
        (policy text): found in the heading of （十六）绿色制造工程 in content/clauses/hz-2018-manufacturing/16-green-manufacturing.md (character 4248) the content reads "0万元、50万元资助。（十六）绿色制造工程。支持企业运用互联网技术提升能源利用效"; expected the source, which reads "0万元、50万元资助。（十六）实施绿色制造工程。支持企业运用互联网技术提升能源利".
          Fix: restore the text there as content/sources/hangzhou-2018-manufacturing-opinions.raw.txt has it; a line of the source that is not policy text goes in source.excluded"
    `);
  });

  it('a date the policy record claims but the text does not state', () => {
    edit(fresh(), 'content/policies/zj-2020-digital-economy.yaml', "date: '2020-12-24'", "date: '2020-12-25'");
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/policies/zj-2020-digital-economy.yaml
        passed.date: found 2020-12-25; expected a date the text states (2020年12月25日 is not in the preamble, cover, closing or any provision).
          Fix: copy the date from the text, or "unknown" (null for passed/approved) when the text does not state it"
    `);
  });

  it('a missing chapter heading given a made-up title', () => {
    edit(fresh(), 'content/policies/zj-2020-private-enterprises.yaml', 'title: null', 'title: 总则');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/policies/zj-2020-private-enterprises.yaml
        divisions[0].title: found "总则"; expected null (the source lacks this heading, so its title is unknown).
          Fix: set title to null, or inSource to true if the heading is in the source"
    `);
  });

  it('an article in a chapter that does not exist, and a chapter numbered out of order', () => {
    const r = fresh();
    edit(r, 'content/clauses/zj-2020-digital-economy/62-clause.md', "division: '9'", "division: '10'");
    edit(r, 'content/policies/zj-2020-digital-economy.yaml', "- id: '9'", "- id: '11'");
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 4 problems.

      content/policies/zj-2020-digital-economy.yaml
        divisions[8].id: found "11"; expected "9".
          Fix: number the divisions 1, 2, 3 … at each level in document order
        divisions[8].numeral: found "九"; expected "十一".
          Fix: make the numeral agree with the id
        (policy text): found in divisions[8].intro (character 10954) the content reads "权、徇私舞弊的行为。第九章附则"; expected the source, which reads "权、徇私舞弊的行为。第九章附则第六十二条本条例自2021年3月1日起施行。《浙江".
          Fix: restore the text there as content/sources/zhejiang-shuzi-jingji-cujin-tiaoli-2020.raw.txt has it; a line of the source that is not policy text goes in source.excluded

      content/clauses/zj-2020-digital-economy/62-clause.md
        division: found "10"; expected a division of zj-2020-digital-economy (1, 2, 3, 4, 5, 6, 7, 8, 11).
          Fix: use the id of the part, chapter or section the provision stands in"
    `);
  });

  it('a reference said to be in the base that is not, and a cited article its document lacks', () => {
    const r = fresh();
    edit(
      r,
      'content/references/zj-informatization-promotion-regulations.yaml',
      'policy: null',
      'policy: zj-2004-informatization',
    );
    edit(
      r,
      'content/clauses/zj-2020-digital-economy/62-clause.md',
      'ref: zj-informatization-promotion-regulations',
      'ref: zj-informatization-promotion-regulations\n    provision: 3',
    );
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 3 problems.

      content/references/zj-informatization-promotion-regulations.yaml
        policy: found "zj-2004-informatization"; expected a policy in content/policies/ (hz-2016-cross-border-ecommerce, hz-2018-manufacturing, hz-2024-economy-policies, zj-2009-high-tech, zj-2020-digital-economy, zj-2020-private-enterprises).
          Fix: name the policy that holds the document's text, or null while the base lacks it

      content/clauses/zj-2020-digital-economy/62-clause.md
        citations[0].provision: found 3; expected a provision number of zj-2004-informatization.
          Fix: use the number of the article the quote names
        citations[0].provision: found 3; expected an article the quote names (第三条 is not in it).
          Fix: use the number of the article the quote names, or drop provision"
    `);
  });

  it('a huge file', () => {
    edit(fresh(), CLAUSE_16, '支持企业运用互联网技术', `${'很长的文本。'.repeat(100_000)}支持企业运用互联网技术`);
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
        (file): found 1803402 bytes; expected at most 524288 bytes.
          Fix: split the file: one clause per file"
    `);
  });

  it('a rate written as a percentage number', () => {
    edit(fresh(), 'content/clauses/hz-2018-manufacturing/18-public-service-platforms.md', 'rate: 0.3', 'rate: 30');
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/18-public-service-platforms.md
        awards[0].amount.rate: found 30; expected a fraction of at most 1, e.g. 0.15 for 15%.
          Fix: correct awards[0].amount.rate as src/schemas/clause.ts documents it"
    `);
  });

  it('a condition’s sum taken for the award', () => {
    edit(
      fresh(),
      'content/clauses/hz-2018-manufacturing/07-large-enterprises.md',
      'yuan: 100000000\n',
      'yuan: 100000000000\n',
    );
    expect(report(root)).toMatchInlineSnapshot(`
      "Content is invalid: 1 problem.

      content/clauses/hz-2018-manufacturing/07-large-enterprises.md
        awards[0].amount.yuan: found 100000000000 (1000亿元); expected an amount its quote grants (after 给予 where it says so); the quote says "对制造业业务年营业收入首次达到1000亿元、500亿元、200亿元、100亿元、50亿元的（以集团汇总统计且在杭制造业营业收入占比不低于50%，或以在杭制造….
          Fix: correct the amount (whole yuan: 200万元 is 2000000) or quote the sentence that states it"
    `);
  });
});

/** "Billion laughs": nine levels of nine aliases, a few hundred bytes that expand to 9^9 strings. */
const BOMB = [
  'lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `lol${String(i + 1)}: &l${String(i + 1)} [${Array(9)
        .fill(`*l${String(i)}`)
        .join(', ')}]`,
  ),
].join('\n');

/** The line (from 1) of the first line of a file holding `text`, after an edit. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

describe('content that would hang the build or reach pages unseen is refused at load', () => {
  it('a YAML alias bomb in a clause frontmatter, quickly and naming the file', () => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程\n', `title: 实施绿色制造工程\n${BOMB}\n`);
    const start = performance.now();
    const text = report(root);
    expect(performance.now() - start).toBeLessThan(5000);
    const line = lineOf(CLAUSE_16, 'lol1:');
    expect(text).toBe(`Content is invalid: 1 problem.

content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
  frontmatter: found a YAML alias (*name) at line ${String(line)}, column 12; expected YAML without aliases: content never repeats a value by reference.
    Fix: write the value out in full where it is needed; if a text starts with * or &, put it in quotes`);
  });

  it('a YAML alias bomb in a policy file', () => {
    edit(fresh(), 'content/policies/hz-2018-manufacturing.yaml', /\s*$/, `\n${BOMB}\n`);
    const line = lineOf('content/policies/hz-2018-manufacturing.yaml', 'lol1:');
    expect(report(root)).toBe(`Content is invalid: 1 problem.

content/policies/hz-2018-manufacturing.yaml
  (file): found a YAML alias (*name) at line ${String(line)}, column 12; expected YAML without aliases: content never repeats a value by reference.
    Fix: write the value out in full where it is needed; if a text starts with * or &, put it in quotes`);
  });

  it('a single alias, which content never needs either', () => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程', 'title: &t 实施绿色制造工程\nshortTitle: *t');
    expect(report(root)).toContain('frontmatter: found a YAML alias (*name) at line 6, column 13;');
  });

  it('a NUL byte in a clause body, with its line, column and code point', () => {
    edit(fresh(), CLAUSE_16, '支持企业运用互联网技术', '支持企业\u0000运用互联网技术');
    const line = lineOf(CLAUSE_16, '支持企业\u0000');
    expect(report(root)).toBe(`Content is invalid: 1 problem.

content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
  line ${String(line)}, column 5: found the invisible character U+0000 (NUL); expected printable text, with no control or bidirectional-control characters.
    Fix: delete the character: it is invisible in most editors (search for it by its code, e.g. \\u0000), and text pasted from a PDF or a web page often carries it`);
  });

  it.each([
    ['an escape character', '\u001b', 'U+001B (escape)'],
    ['a C1 control', '\u0085', 'U+0085 (next line)'],
    ['a line separator', '\u2028', 'U+2028 (line separator)'],
    ['a right-to-left override', '\u202e', 'U+202E (right-to-left override)'],
    ['a first strong isolate', '\u2068', 'U+2068 (first strong isolate)'],
    ['a carriage return without a line feed', '\r', 'U+000D (carriage return without a line feed)'],
  ])('%s in a frontmatter value', (_name, char, described) => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程', `title: 实施绿色${char}制造工程`);
    expect(report(root)).toContain(
      `${CLAUSE_16}\n  line 5, column 12: found the invisible character ${described}; expected printable text`,
    );
  });

  it('a control character written as a YAML escape, with its field', () => {
    edit(fresh(), CLAUSE_16, 'title: 实施绿色制造工程', 'title: "实施绿色\\u202E制造工程"');
    expect(report(root)).toBe(`Content is invalid: 1 problem.

content/clauses/hz-2018-manufacturing/16-green-manufacturing.md
  title: found the invisible character U+202E (right-to-left override) at character 5 of the value; expected printable text, with no control or bidirectional-control characters.
    Fix: delete the character: it is invisible in most editors (search for it by its code, e.g. \\u0000), and text pasted from a PDF or a web page often carries it; in YAML, also look for escapes such as "\\0", "\\x1b" or "\\u202e" in double-quoted strings`);
  });

  it('a NUL written as a YAML escape in a policy file', () => {
    edit(fresh(), 'content/policies/hz-2018-manufacturing.yaml', /^shortTitle: .*$/m, 'shortTitle: "杭州\\0制造"');
    expect(report(root)).toContain(
      'content/policies/hz-2018-manufacturing.yaml\n  shortTitle: found the invisible character U+0000 (NUL) at character 3 of the value;',
    );
  });

  it('CRLF line endings and tabs are text, not control characters', () => {
    const path = join(fresh(), CLAUSE_16);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    expect(report(root)).not.toContain('invisible character');
  });
});

describe('messages stay short whatever the size of a value', () => {
  /** An array of 9^9 strings that shares its levels, as aliases would build it. */
  function laughs(): unknown {
    let level: unknown = Array(9).fill('lol');
    for (let i = 0; i < 8; i++) level = Array(9).fill(level);
    return level;
  }

  it('preview() writes only the start of a huge value', () => {
    const start = performance.now();
    expect(preview(laughs())).toBe('[[[[[[[[["lol","lol","lol","lol","lol","lol","lol","lol","l…');
    expect(preview('很'.repeat(1_000_000), 10)).toBe('"很很很很很很很很…');
    expect(preview({ a: 1, b: [2, 3] })).toBe('{"a":1,"b":[2,3]}');
    expect(preview(new Date('2021-12-31T00:00:00Z'))).toBe('"2021-12-31T00:00:00.000Z"');
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('zod issues on a huge value are short, and at most 50 per file plus a count', () => {
    const result = z.object({ title: z.string() }).strict().safeParse({ title: laughs() });
    if (result.success) throw new Error('expected the parse to fail');
    const [issue] = zodIssues('f.yaml', { title: laughs() }, result.error, 'src/schemas/x.ts');
    expect(issue?.found.length).toBeLessThanOrEqual(60);

    const many = z.array(z.string()).safeParse(Array(500).fill(1));
    if (many.success) throw new Error('expected the parse to fail');
    const issues = zodIssues('f.yaml', Array(500).fill(1), many.error, 'src/schemas/x.ts');
    expect(issues).toHaveLength(51);
    expect(issues[50]).toEqual({
      file: 'f.yaml',
      field: '(file)',
      found: '450 more problems',
      expected: 'a file that matches its schema',
      fix: 'fix the problems above and re-check: the rest are listed then',
    });
  });
});
