/**
 * The ingest's public API: turn a raw policy text into draft content files, compare a draft
 * with curated content, write the files safely.
 */
export { ingestText, ingestProcessor, type IngestOptions, type IngestResult, type ClauseDraftFile } from './pipeline';
export { compare, differences, formatScores, type CheckSide, type FieldScore } from './check';
export { plannedFiles, clauseMarkdown, toYaml, type PlannedFile } from './serialize';
export { conflicts, writeFiles } from './write';
export { formatReport, counts } from './report';
export { decodeRaw } from './read';
export { readSource } from './formats/read-source';
export { IngestError, BAD_INPUT, REFUSED } from './errors';
