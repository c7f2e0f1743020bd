/**
 * `npm run vocab:short-forms`: writes content/vocabularies/short-forms.yaml, the short forms the
 * documents define for themselves （以下简称…）, from the texts of content/, keeping every
 * `use: false` a reviewer set. Review its diff like content.
 */
import { updateShortFormsFile } from '../src/lib/content/short-forms-file';
import { SHORT_FORMS_PATH } from '../src/lib/search/short-forms';

try {
  const { entries, unused, changed } = updateShortFormsFile(process.cwd());
  console.log(
    `${SHORT_FORMS_PATH}: ${String(entries)} short forms (${String(unused)} kept out of search by a reviewer); ${changed ? 'written, review its diff' : 'unchanged'}.`,
  );
} catch (e) {
  console.error(`vocab:short-forms: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
