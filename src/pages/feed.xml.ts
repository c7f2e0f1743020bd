/** /feed.xml: every change of the base (src/lib/feed), as Atom; linked from every page's head. */
import type { APIContext } from 'astro';
import { knowledgeBase } from '../loaders/knowledge-base';
import { atomFeed } from '../lib/feed/atom';
import { urls } from '../lib/kb/urls';
import { atomResponse, feedFallbackDay, siteChanges } from '../lib/site/changes';

/** Built once, at build time. */
export async function GET({ site }: APIContext): Promise<Response> {
  const kb = await knowledgeBase();
  return atomResponse(
    atomFeed(
      {
        path: urls.feed(),
        title: '政策库：文件的收录、修改、废止与失效',
        alternate: urls.changes(),
        site: site?.href,
        fallbackDay: feedFallbackDay(),
      },
      siteChanges(kb),
    ),
  );
}
