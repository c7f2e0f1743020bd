import { basename, join, relative } from 'node:path';
import type { ZodType } from 'zod';
import type { VocabularyNames } from '../../schemas/award';
import { ClauseSchema, type ClauseData } from '../../schemas/clause';
import { PolicySchema, type Policy } from '../../schemas/policy';
import { ReferenceSchema, type Reference } from '../../schemas/reference';
import {
  IndustriesFileSchema,
  LevelsFileSchema,
  SHORT_FORMS_FILE,
  SearchEquivalentsFileSchema,
  ShortFormsFileSchema,
  SupportTypesFileSchema,
  type Vocabularies,
} from '../../schemas/vocabulary';
import type { ContentIssue } from './issue';
import { listDirs, listFiles, parseMarkdown, parseYaml, readText, validate } from './read';

/** A clause file, validated. */
export interface ClauseEntry {
  /** Path relative to the project root. */
  file: string;
  /** The frontmatter. */
  data: ClauseData;
  /** The clause's text. */
  body: string;
}

/** A validated file together with the path it came from. */
export interface Located<T> {
  /** Path relative to the project root. */
  file: string;
  /** The validated content. */
  data: T;
}

/** Everything in content/, each file validated against its schema. */
export interface RawKnowledgeBase {
  /** The project root the paths are relative to. */
  root: string;
  vocabularies: Vocabularies;
  policies: Located<Policy>[];
  references: Located<Reference>[];
  clauses: ClauseEntry[];
}

/** Reads and validates one YAML file against a schema. */
function loadYaml<T>(root: string, path: string, schema: ZodType<T>, schemaFile: string, issues: ContentIssue[]): T | null {
  const file = relative(root, path);
  const text = readText(root, path, issues);
  if (text === null) return null;
  const data = parseYaml(file, text, issues);
  return data === undefined ? null : validate(file, data, schema, schemaFile, issues);
}

/** Names of a vocabulary as the tuple z.enum needs; a placeholder when the vocabulary failed to load. */
function names(list: readonly { name: string }[]): readonly [string, ...string[]] {
  const all = list.map((i) => i.name);
  return all.length > 0 ? (all as [string, ...string[]]) : ['(vocabulary missing)'];
}

/**
 * The .yaml files of a content folder. A .yml file is refused, never read: the base has one
 * spelling, so that x.yaml and x.yml can never hold two versions of one record (the report names
 * both when both exist).
 */
function yamlFiles(root: string, dir: string, issues: ContentIssue[]): string[] {
  const yaml = listFiles(join(root, dir), ['.yaml']);
  for (const path of listFiles(join(root, dir), ['.yml'])) {
    const file = relative(root, path);
    const twin = `${file.slice(0, -'.yml'.length)}.yaml`;
    const both = yaml.some((p) => relative(root, p) === twin);
    issues.push({
      file,
      field: '',
      found: both ? `a .yml file beside ${twin}, which has the same name: two records of one id` : 'a .yml file',
      expected: 'content files named .yaml (the base reads no .yml file)',
      fix: both ? `keep one of ${file} and ${twin}: merge them into ${twin} and delete ${file}` : `rename it to ${twin}`,
    });
  }
  return yaml;
}

/** The records of a folder with an id no other record of it has; each duplicate is reported naming every file that holds the id. */
function withoutDuplicateIds<T extends { id: string }>(records: Located<T>[], issues: ContentIssue[]): Located<T>[] {
  const idOf = (data: T) => data.id;
  const files = new Map<string, string[]>();
  for (const r of records) files.set(idOf(r.data), [...(files.get(idOf(r.data)) ?? []), r.file]);
  for (const [id, list] of files)
    if (list.length > 1)
      for (const file of list)
        issues.push({
          file,
          field: 'id',
          found: `"${id}", which ${list.filter((f) => f !== file).join(' and ')} also has`,
          expected: 'an id no other file of the folder has',
          fix: 'keep one record of the id: merge the files, or give each its own id and file name',
        });
  return records.filter((r) => files.get(idOf(r.data))?.length === 1);
}

/** Reads the controlled vocabularies. */
export function loadVocabularies(root: string, issues: ContentIssue[]): Vocabularies {
  const dir = join(root, 'content/vocabularies');
  // A vocabulary is read from its .yaml file alone: a .yml beside it would be ignored, so it is refused.
  yamlFiles(root, 'content/vocabularies', issues);
  return {
    industries: loadYaml(root, join(dir, 'industries.yaml'), IndustriesFileSchema, 'src/schemas/vocabulary.ts', issues) ?? [],
    supportTypes: loadYaml(root, join(dir, 'support-types.yaml'), SupportTypesFileSchema, 'src/schemas/vocabulary.ts', issues) ?? [],
    levels: loadYaml(root, join(dir, 'levels.yaml'), LevelsFileSchema, 'src/schemas/vocabulary.ts', issues) ?? [],
    searchEquivalents: loadYaml(root, join(dir, 'search-equivalents.yaml'), SearchEquivalentsFileSchema, 'src/schemas/vocabulary.ts', issues) ?? [],
    shortForms: loadYaml(root, join(dir, SHORT_FORMS_FILE), ShortFormsFileSchema, 'src/schemas/vocabulary.ts', issues) ?? [],
  };
}

/** The vocabulary names that clause schemas accept. */
export function vocabularyNames(v: Vocabularies): VocabularyNames {
  return { industries: names(v.industries), supportTypes: names(v.supportTypes), levels: names(v.levels) };
}

/**
 * Reads every file of content/ and validates each against its schema. Problems are collected
 * in `issues` rather than thrown, so that one run reports all of them.
 */
export function loadContent(root: string, issues: ContentIssue[]): RawKnowledgeBase {
  const vocabularies = loadVocabularies(root, issues);
  const clauseSchema = ClauseSchema(vocabularyNames(vocabularies));
  const located = <T>(path: string, data: T | null): Located<T>[] => (data === null ? [] : [{ file: relative(root, path), data }]);

  const records = <T extends { id: string }>(dir: string, schema: ZodType<T>, schemaFile: string): Located<T>[] => {
    const found = yamlFiles(root, dir, issues).flatMap((p) => located(p, loadYaml(root, p, schema, schemaFile, issues)));
    return withoutDuplicateIds(found, issues);
  };
  const policies = records('content/policies', PolicySchema, 'src/schemas/policy.ts');
  const references = records('content/references', ReferenceSchema, 'src/schemas/reference.ts');
  const clauses: ClauseEntry[] = [];
  for (const policy of listDirs(join(root, 'content/clauses'))) {
    for (const path of listFiles(policy, ['.md'])) {
      const file = relative(root, path);
      const text = readText(root, path, issues);
      const md = text === null ? null : parseMarkdown(file, text, issues);
      const data = md && validate(file, md.data, clauseSchema, 'src/schemas/clause.ts', issues);
      if (md && data) clauses.push({ file, data, body: md.body });
    }
  }
  return { root, vocabularies, policies, references, clauses };
}

/** The file name of a clause without its extension, e.g. 16-green-manufacturing. */
export function clauseFileStem(entry: ClauseEntry): string {
  return basename(entry.file, '.md');
}
