/** /feeds/industries/<id>.xml: the changes of the policies whose provisions name an industry, as Atom. */
import type { APIContext, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../../loaders/knowledge-base';
import { atomFeed } from '../../../lib/feed/atom';
import type { IndustryView } from '../../../lib/kb/model';
import { urls } from '../../../lib/kb/urls';
import { atomResponse, feedFallbackDay, industryChanges } from '../../../lib/site/changes';

export const getStaticPaths = (async () =>
  (await knowledgeBase()).industries.map((industry) => ({
    params: { industry: industry.id },
    props: { industry },
  }))) satisfies GetStaticPaths;

/** Built once per industry, at build time. */
export async function GET({ site, props }: APIContext<{ industry: IndustryView }>): Promise<Response> {
  const { industry } = props;
  return atomResponse(
    atomFeed(
      {
        path: urls.industryFeed(industry.id),
        title: `政策库：涉及“${industry.name}”的文件的变化`,
        alternate: industry.url,
        site: site?.href,
        fallbackDay: feedFallbackDay(),
      },
      industryChanges(await knowledgeBase(), industry),
    ),
  );
}
