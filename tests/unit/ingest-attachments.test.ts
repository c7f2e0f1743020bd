import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/issue';
import { loadContent } from '../../src/lib/content/load';
import { splitAttachments } from '../../src/lib/ingest/attachments';
import { runIngest } from '../../src/lib/ingest/run';
import { validateContent } from '../../src/lib/validate/index';
import { tempRoot } from '../fixtures/ingest/support';

/** A notice issuing two policies as 附件1 and 附件2, each with its own parts and clauses. */
const NOTICE = [
  '示例市人民政府办公厅关于印发示例市促进软件产业发展若干意见和示例市数据要素行动方案的通知',
  '示政办发〔2023〕8号',
  '各区、县（市）人民政府，市政府各部门：',
  '现将《示例市促进软件产业发展若干意见》《示例市数据要素行动方案》印发给你们，请认真贯彻执行。',
  '附件：1．示例市促进软件产业发展若干意见',
  '2．示例市数据要素行动方案',
  '示例市人民政府办公厅',
  '2023年5月10日',
  '附件1',
  '示例市促进软件产业发展若干意见',
  '为加快软件产业发展，提出如下意见。',
  '一、壮大产业规模',
  '（一）培育骨干企业。对年营业收入首次超过10亿元的软件企业，给予100万元奖励。',
  '（二）加强组织领导。建立软件产业发展联席会议制度。',
  '本意见自2023年6月1日起施行。',
  '附件2',
  '示例市数据要素行动方案',
  '为推进数据要素市场化配置，制定本方案。',
  '一、主要任务',
  '（一）培育数据企业。对新认定的数据企业，给予20万元奖励。',
  '二、保障措施',
  '（二）强化统筹协调。建立工作专班。',
  '本方案自印发之日起施行。',
].join('\n');

describe('a notice with several attachments', () => {
  it('is cut at the label of each later attachment, the parts together being the whole text', () => {
    const parts = splitAttachments(NOTICE);
    expect(parts.map((p) => [p.number, p.firstLine])).toEqual([
      [1, 1],
      [2, 16],
    ]);
    expect(parts.map((p) => p.text).join('\n')).toBe(NOTICE);
  });
  it('ingests each attachment as a document with its own title and tree, each lossless against its own source', async () => {
    const dir = tempRoot(false);
    writeFileSync(join(dir, 'notice.txt'), NOTICE);
    const root = tempRoot();
    await runIngest({ input: join(dir, 'notice.txt'), policy: 'sample-notice', out: root, force: false, check: false });
    const { issues } = validateContent(root);
    expect(issues.length === 0 ? 'valid' : formatIssues(issues)).toBe('valid');
    const kb = loadContent(root, []);
    const byId = new Map(kb.policies.map((p) => [p.data.id, p.data]));
    expect(byId.get('sample-notice')?.title).toBe('示例市促进软件产业发展若干意见');
    expect(byId.get('sample-notice')?.cover?.title).toContain('关于印发');
    expect(byId.get('sample-notice-fj2')?.title).toBe('示例市数据要素行动方案');
    expect(byId.get('sample-notice-fj2')?.divisions.map((d) => d.title)).toEqual(['主要任务', '保障措施']);
    expect(kb.clauses.filter((c) => c.data.policy === 'sample-notice-fj2').map((c) => c.data.title)).toEqual([
      '培育数据企业',
      '强化统筹协调',
    ]);
    const sources = readdirSync(join(root, 'content/sources')).sort();
    expect(sources).toEqual(['sample-notice-fj2.txt', 'sample-notice.txt']);
    const joined = sources.map((f) => readFileSync(join(root, 'content/sources', f), 'utf8'));
    expect(`${joined[1] ?? ''}\n${joined[0] ?? ''}`).toBe(NOTICE);
  });
  it('leaves a text with one attachment whole', () => {
    expect(splitAttachments(NOTICE.split('\n附件2')[0] ?? '')).toHaveLength(1);
  });
});
