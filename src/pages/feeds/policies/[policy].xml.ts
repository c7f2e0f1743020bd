/** /feeds/policies/<id>.xml: the changes of one policy, as Atom. */
import type { APIContext, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../../loaders/knowledge-base';
import { atomFeed } from '../../../lib/feed/atom';
import type { PolicyView } from '../../../lib/kb/model';
import { urls } from '../../../lib/kb/urls';
import { atomResponse, feedFallbackDay, siteChanges } from '../../../lib/site/changes';

export const getStaticPaths = (async () =>
  (await knowledgeBase()).policies.map((policy) => ({
    params: { policy: policy.id },
    props: { policy },
  }))) satisfies GetStaticPaths;

/** Built once per policy, at build time. */
export async function GET({ site, props }: APIContext<{ policy: PolicyView }>): Promise<Response> {
  const { policy } = props;
  const changes = siteChanges(await knowledgeBase()).filter((c) => c.policy === policy.id);
  return atomResponse(
    atomFeed(
      {
        path: urls.policyFeed(policy.id),
        title: `政策库：《${policy.shortTitle}》的变化`,
        alternate: policy.url,
        site: site?.href,
        fallbackDay: feedFallbackDay(),
      },
      changes,
    ),
  );
}
