<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTrail</name>
    <message>
        <source>entry %1 is missing (the log jumps to %2)</source>
        <translation>第 %1 条记录缺失（日志跳到了第 %2 条）</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>第 %1 条记录未链接到前一条记录</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>第 %1 条记录在写入后被修改</translation>
    </message>
</context>
<context>
    <name>ContentDigest</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the workspace connection is not an SQLite connection</source>
        <translation>工作区连接不是 SQLite 连接</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>the file already exists; choose a new file name</source>
        <translation>文件已存在；请另选文件名</translation>
    </message>
    <message>
        <source>the workspace was made by a newer AuditBench</source>
        <translation>该工作区由更新版本的 AuditBench 创建</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>Re-test on %1: reproduced</source>
        <translation>在 %1 上复测：已复现</translation>
    </message>
    <message>
        <source>Re-test on %1: not reproduced</source>
        <translation>在 %1 上复测：未复现</translation>
    </message>
    <message>
        <source>Discovered (trigger, policy %1)</source>
        <translation>发现（起算事件，策略 %1）</translation>
    </message>
    <message>
        <source>Reported (trigger, policy %1)</source>
        <translation>投诉受理（起算事件，策略 %1）</translation>
    </message>
    <message>
        <source>Containment due</source>
        <translation>处置期限</translation>
    </message>
    <message>
        <source>Contained: %1 (%2)</source>
        <translation>已处置：%1（%2）</translation>
    </message>
    <message>
        <source>Original due date (before extensions)</source>
        <translation>原到期日（延期前）</translation>
    </message>
    <message>
        <source>Remediation due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Paused %1 to %2, due %3 → %4: %5 (asked by %6, approved by %7)</source>
        <translation>中止 %1 至 %2，到期日 %3 → %4：%5（%6 申请，%7 批准）</translation>
    </message>
    <message>
        <source>Extended, due %1 → %2: %3 (asked by %4, approved by %5)</source>
        <translation>已延期，到期日 %1 → %2：%3（%4 申请，%5 批准）</translation>
    </message>
    <message>
        <source>Remediated: %1 (%2)</source>
        <translation>已整改：%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeadlineQuery</name>
    <message>
        <source>there is no deadline %1</source>
        <translation>不存在期限 %1</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>%1 is not an active user of this workspace</source>
        <translation>%1 不是本工作区的在用用户</translation>
    </message>
    <message>
        <source>%1 is an auditor: auditors may read deadlines but not change them</source>
        <translation>%1 是审计员：审计员可以查看期限，但不能修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active supervisor of this workspace: only a supervisor can approve extensions and pauses</source>
        <translation>“%1”不是本工作区的在用主管：只有主管可以批准延期和中止</translation>
    </message>
    <message>
        <source>unknown deadline policy &quot;%1&quot;</source>
        <translation>未知的期限策略“%1”</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation>不存在 %1“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp</source>
        <translation>“%1”不是时间戳</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already has a deadline; recompute it instead</source>
        <translation>%1“%2”已有期限；请改为重新计算</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; runs from a complaint&apos;s receipt and cannot apply to a generation</source>
        <translation>策略“%1”自投诉受理起算，不能用于生成内容</translation>
    </message>
    <message>
        <source>say what was done (filter rule, generation stopped, content removed)</source>
        <translation>请说明采取的措施（过滤规则、停止生成、删除内容）</translation>
    </message>
    <message>
        <source>must not be before the item was found or reported (%1)</source>
        <translation>不得早于发现或受理该条目的时间（%1）</translation>
    </message>
    <message>
        <source>describe the model change that prevents re-generation</source>
        <translation>请描述防止再次生成的模型改动</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>必须填写理由</translation>
    </message>
    <message>
        <source>must be after the current due date %1</source>
        <translation>必须晚于当前到期日 %1</translation>
    </message>
    <message>
        <source>must lie after the trigger day %1 and on or before the due date %2</source>
        <translation>必须晚于起算日 %1，且不晚于到期日 %2</translation>
    </message>
    <message>
        <source>must be on or after the first paused day</source>
        <translation>不得早于中止的第一天</translation>
    </message>
    <message>
        <source>overlaps the pause from %1 to %2</source>
        <translation>与 %1 至 %2 的中止期重叠</translation>
    </message>
    <message>
        <source>a timestamp is required</source>
        <translation>必须填写时间戳</translation>
    </message>
    <message>
        <source>there is no model version &quot;%1&quot;</source>
        <translation>不存在模型版本“%1”</translation>
    </message>
    <message>
        <source>a generation&apos;s re-test runs its own prompt</source>
        <translation>生成内容的复测使用其自身的提示词</translation>
    </message>
    <message>
        <source>there is no generation &quot;%1&quot;</source>
        <translation>不存在生成内容“%1”</translation>
    </message>
    <message>
        <source>there is no complaint &quot;%1&quot;</source>
        <translation>不存在投诉“%1”</translation>
    </message>
    <message>
        <source>complaint &quot;%1&quot; is not linked to a generation whose prompt could be re-run</source>
        <translation>投诉“%1”未关联可重新运行提示词的生成内容</translation>
    </message>
    <message>
        <source>generation &quot;%1&quot; is not linked to complaint &quot;%2&quot;</source>
        <translation>生成内容“%1”未关联投诉“%2”</translation>
    </message>
    <message>
        <source>complaint &quot;%1&quot; is linked to several generations: name the one re-tested</source>
        <translation>投诉“%1”关联了多条生成内容：请指明复测的是哪一条</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Remediated late</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>验证未通过</translation>
    </message>
</context>
<context>
    <name>DefaultWorkspace</name>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <source>AuditBench</source>
        <translation>AuditBench 审计工作台</translation>
    </message>
    <message>
        <source>the demo workspace cannot be saved</source>
        <translation>无法保存演示工作区</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the workspace connection is not an SQLite connection</source>
        <translation>工作区连接不是 SQLite 连接</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the workspace has no supervisor</source>
        <translation>工作区没有主管</translation>
    </message>
    <message>
        <source>the workspace already holds data; demo data goes into a new workspace</source>
        <translation>工作区已有数据；演示数据只能写入新工作区</translation>
    </message>
    <message>
        <source>the workspace&apos;s risk taxonomy has no category %1</source>
        <translation>工作区的风险分类中没有类别 %1</translation>
    </message>
    <message>
        <source>the demo scale must be from 1 to 100000000 generations</source>
        <translation>演示规模必须为 1 至 100000000 条生成内容</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>a non-empty text is required</source>
        <translation>必须填写非空文本</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required</source>
        <translation>必须填写 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is too far from the calendar&apos;s year %2</source>
        <translation>%1 与日历年份 %2 相距太远</translation>
    </message>
    <message>
        <source>a list of holidays is required</source>
        <translation>必须提供节假日列表</translation>
    </message>
    <message>
        <source>each holiday must be an object</source>
        <translation>每个节假日都必须是一个对象</translation>
    </message>
    <message>
        <source>must be on or after &quot;from&quot; and at most %1 days later</source>
        <translation>必须不早于“from”，且最多晚 %1 天</translation>
    </message>
    <message>
        <source>a list of working days is required</source>
        <translation>必须提供调休上班日列表</translation>
    </message>
    <message>
        <source>each working day must be an object</source>
        <translation>每个调休上班日都必须是一个对象</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday</source>
        <translation>%1 不是星期六或星期日</translation>
    </message>
    <message>
        <source>%1 is also listed as a holiday</source>
        <translation>%1 同时被列为节假日</translation>
    </message>
    <message>
        <source>cannot read the calendar file: %1</source>
        <translation>无法读取日历文件：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a calendar file must hold one JSON object</source>
        <translation>日历文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为“%1”</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, as the file name says</source>
        <translation>必须为“%1”，与文件名一致</translation>
    </message>
    <message>
        <source>must be %1, as the file name says</source>
        <translation>必须为 %1，与文件名一致</translation>
    </message>
    <message>
        <source>name the official notice the dates come from (title_zh or title_en)</source>
        <translation>请注明日期所依据的官方通知（title_zh 或 title_en）</translation>
    </message>
    <message>
        <source>two calendar files for %1 %2</source>
        <translation>%1 %2 有两个日历文件</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>此版本缺少迁移 %1</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>结构迁移 %1</translation>
    </message>
</context>
<context>
    <name>PolicyCatalog</name>
    <message>
        <source>a non-empty text is required</source>
        <translation>必须填写非空文本</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>a period such as &quot;3M&quot;, &quot;15D&quot; or &quot;15WD&quot; is required</source>
        <translation>必须填写期间，如“3M”“15D”或“15WD”</translation>
    </message>
    <message>
        <source>a list of variants is required</source>
        <translation>必须提供变体列表</translation>
    </message>
    <message>
        <source>lower-case letters, digits and hyphens are required</source>
        <translation>只能使用小写字母、数字和连字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1”被使用了两次</translation>
    </message>
    <message>
        <source>cannot read the policy file: %1</source>
        <translation>无法读取策略文件：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a policy file must hold one JSON object</source>
        <translation>策略文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为“%1”</translation>
    </message>
    <message>
        <source>must match the file name and use lower-case letters, digits and hyphens only</source>
        <translation>必须与文件名一致，且只能使用小写字母、数字和连字符</translation>
    </message>
    <message>
        <source>a two-letter upper-case country code such as &quot;CN&quot; is required</source>
        <translation>必须填写两个大写字母的国家代码，如“CN”</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>生成内容</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>审查案件</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>数据血缘</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>This section is not yet available in this version of AuditBench.</source>
        <translation>此版本的 AuditBench 尚未提供该栏目。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <source>Optimisation training</source>
        <translation>优化训练</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>Self-collected</source>
        <translation>自采</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业采购</translation>
    </message>
    <message>
        <source>User input</source>
        <translation>用户输入</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>提供者过滤</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>用户举报</translation>
    </message>
    <message>
        <source>Regulator inspection</source>
        <translation>监管检查</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽检</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Regulator referral</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Illegal content</source>
        <translation>违法内容</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>IP infringement</source>
        <translation>知识产权侵权</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>歧视</translation>
    </message>
    <message>
        <source>Inaccurate content</source>
        <translation>内容不准确</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>分拣</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Awaiting remediation</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>验证中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>这不是一个文件</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is empty, not an AuditBench workspace</source>
        <translation>文件为空，不是 AuditBench 工作区</translation>
    </message>
    <message>
        <source>this is not an AuditBench workspace (not an SQLite database)</source>
        <translation>这不是 AuditBench 工作区（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>the file is damaged (invalid page size)</source>
        <translation>文件已损坏（页大小无效）</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>文件被截断或已损坏</translation>
    </message>
    <message>
        <source>this SQLite database is not an AuditBench workspace</source>
        <translation>该 SQLite 数据库不是 AuditBench 工作区</translation>
    </message>
    <message>
        <source>the workspace was made by a newer AuditBench (schema %1; this version reads up to %2)</source>
        <translation>该工作区由更新版本的 AuditBench 创建（结构版本 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>the workspace has no schema (it was never initialised)</source>
        <translation>工作区没有数据结构（从未初始化）</translation>
    </message>
</context>
<context>
    <name>ab::ui::DeadlineActionDialog</name>
    <message>
        <source>Record containment</source>
        <translation>记录处置</translation>
    </message>
    <message>
        <source>Record remediation</source>
        <translation>记录整改</translation>
    </message>
    <message>
        <source>Record re-test</source>
        <translation>记录复测</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>新到期日：</translation>
    </message>
    <message>
        <source>user name of a supervisor</source>
        <translation>主管的用户名</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Tested at:</source>
        <translation>测试时间：</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>model version id</source>
        <translation>模型版本 ID</translation>
    </message>
    <message>
        <source>Model version:</source>
        <translation>模型版本：</translation>
    </message>
    <message>
        <source>The content was generated again</source>
        <translation>内容被再次生成</translation>
    </message>
    <message>
        <source>Reproduced:</source>
        <translation>是否复现：</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>采取的措施：</translation>
    </message>
    <message>
        <source>Model change:</source>
        <translation>模型改动：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>ab::ui::DeadlinesModel</name>
    <message>
        <source>* No holiday calendar for this year: counted with weekends only.</source>
        <translation>* 该年份没有节假日日历：仅按周末计算。</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>生成内容 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>起算时间</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>处置</translation>
    </message>
</context>
<context>
    <name>ab::ui::DeadlinesPage</name>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务提供者：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Record containment…</source>
        <translation>记录处置…</translation>
    </message>
    <message>
        <source>Record remediation…</source>
        <translation>记录整改…</translation>
    </message>
    <message>
        <source>Record re-test…</source>
        <translation>记录复测…</translation>
    </message>
    <message>
        <source>Request extension…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>全部服务提供者</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>全部策略</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 items, %2 open, %3 overdue</source>
        <translation>共 %1 条，未结 %2 条，逾期 %3 条</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select an item to see its timeline.</source>
        <translation>选择一个条目以查看其时间线。</translation>
    </message>
    <message>
        <source>Complaint %1 — %2</source>
        <translation>投诉 %1 — %2</translation>
    </message>
    <message>
        <source>Generation %1 — %2</source>
        <translation>生成内容 %1 — %2</translation>
    </message>
    <message>
        <source>No holiday calendar for this year: counted with weekends only.</source>
        <translation>该年份没有节假日日历：仅按周末计算。</translation>
    </message>
</context>
<context>
    <name>ab::ui::GenerationsModel</name>
    <message>
        <source>Flagged at</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Flag source</source>
        <translation>标记来源</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
</context>
<context>
    <name>ab::ui::GenerationsPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
</context>
<context>
    <name>ab::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>最近的工作区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AuditBench</source>
        <translation>关于 AuditBench(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>AuditBench workspaces (%1)</source>
        <translation>AuditBench 工作区 (%1)</translation>
    </message>
    <message>
        <source>workspace.auditbench</source>
        <translation>工作区.auditbench</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>AuditBench workspaces (%1);;All files (*)</source>
        <translation>AuditBench 工作区 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About AuditBench</source>
        <translation>关于 AuditBench</translation>
    </message>
    <message>
        <source>AuditBench %1

An audit workbench for generative-AI services: flagged generations, user complaints, review cases, training-data lineage and remediation deadlines in one workspace file.</source>
        <translation>AuditBench %1

面向生成式人工智能服务的审计工作台：标记的生成内容、用户投诉、审查案件、训练数据血缘和整改期限，集中保存在一个工作区文件中。</translation>
    </message>
    <message>
        <source>%1 — AuditBench</source>
        <translation>%1 — AuditBench</translation>
    </message>
    <message>
        <source>AuditBench</source>
        <translation>AuditBench 审计工作台</translation>
    </message>
</context>
<context>
    <name>ab::ui::WelcomePage</name>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>A workspace is one file holding flagged generations, complaints, review cases, training-data lineage and remediation deadlines. Create a new one or open an existing file.</source>
        <translation>工作区是一个文件，保存标记的生成内容、投诉、审查案件、训练数据血缘和整改期限。请新建一个工作区，或打开已有文件。</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
</context>
<context>
    <name>ab::ui::WorkspaceStatus</name>
    <message>
        <source>No workspace</source>
        <translation>无工作区</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <source>%1 generations · %2 complaints · %3 open cases</source>
        <translation>%1 条生成内容 · %2 条投诉 · %3 个未结案件</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Act as this workspace user (default: the OS user).</source>
        <translation>以该工作区用户身份操作（默认：操作系统用户）。</translation>
    </message>
    <message>
        <source>List every item&apos;s deadline with its status as of a date, by due date.</source>
        <translation>按到期日列出每个条目的期限及其在某日的状态。</translation>
    </message>
    <message>
        <source>Status as of this date (default: today in the workspace&apos;s time zone).</source>
        <translation>按该日期计算状态（默认：工作区时区的今天）。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>deadlines: --db PATH is required</source>
        <translation>deadlines：必须提供 --db PATH</translation>
    </message>
    <message>
        <source>deadlines: --format must be csv or json, not &apos;%1&apos;</source>
        <translation>deadlines：--format 必须为 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>deadlines: --as-of must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>deadlines：--as-of 必须为 YYYY-MM-DD，而不是“%1”</translation>
    </message>
    <message>
        <source>Compute a due date as the PRC Civil Code counts periods (arts. 200-204), with the holiday calendars. Needs no workspace.</source>
        <translation>按《民法典》第二百条至第二百零四条的期间计算规则并结合节假日日历计算到期日。无需工作区。</translation>
    </message>
    <message>
        <source>The triggering event: YYYY-MM-DD, or an RFC 3339 timestamp (its local date counts).</source>
        <translation>起算事件：YYYY-MM-DD，或 RFC 3339 时间戳（以其当地日期为准）。</translation>
    </message>
    <message>
        <source>The period: &lt;n&gt;M months, &lt;n&gt;D days, &lt;n&gt;WD working days.</source>
        <translation>期间：&lt;n&gt;M 为月，&lt;n&gt;D 为日，&lt;n&gt;WD 为工作日。</translation>
    </message>
    <message>
        <source>A policy profile id instead of a period (&quot;id:variant&quot; for a variant).</source>
        <translation>用策略配置 ID 代替期间（变体写作“id:variant”）。</translation>
    </message>
    <message>
        <source>IANA time zone of the trigger (default Asia/Shanghai).</source>
        <translation>起算事件的 IANA 时区（默认 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>due: unknown time zone &apos;%1&apos;</source>
        <translation>due：未知时区“%1”</translation>
    </message>
    <message>
        <source>due: --from is required</source>
        <translation>due：必须提供 --from</translation>
    </message>
    <message>
        <source>due: give exactly one of --period and --policy</source>
        <translation>due：--period 与 --policy 必须且只能提供一个</translation>
    </message>
    <message>
        <source>due: --from must be YYYY-MM-DD or an RFC 3339 timestamp, not &apos;%1&apos;</source>
        <translation>due：--from 必须为 YYYY-MM-DD 或 RFC 3339 时间戳，而不是“%1”</translation>
    </message>
    <message>
        <source>due: unknown policy &apos;%1&apos;</source>
        <translation>due：未知策略“%1”</translation>
    </message>
    <message>
        <source>due: --period must look like 3M, 15D or 15WD, not &apos;%1&apos;</source>
        <translation>due：--period 应形如 3M、15D 或 15WD，而不是“%1”</translation>
    </message>
    <message>
        <source>Create a new workspace file.</source>
        <translation>创建新的工作区文件。</translation>
    </message>
    <message>
        <source>Fill it with demo data.</source>
        <translation>填充演示数据。</translation>
    </message>
    <message>
        <source>Demo generations to create (default 20000).</source>
        <translation>要创建的演示生成内容条数（默认 20000）。</translation>
    </message>
    <message>
        <source>Demo random seed.</source>
        <translation>演示数据随机种子。</translation>
    </message>
    <message>
        <source>Place demo deadlines relative to this date.</source>
        <translation>以该日期为基准安排演示期限。</translation>
    </message>
    <message>
        <source>init: --db PATH is required</source>
        <translation>init：必须提供 --db PATH</translation>
    </message>
    <message>
        <source>init: --scale must be a whole number from 1 to 100000000</source>
        <translation>init：--scale 必须是 1 至 100000000 之间的整数</translation>
    </message>
    <message>
        <source>init: --seed must be a whole number</source>
        <translation>init：--seed 必须是整数</translation>
    </message>
    <message>
        <source>init: --today must be YYYY-MM-DD</source>
        <translation>init：--today 必须为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation>已创建工作区 %1</translation>
    </message>
    <message>
        <source>Create a workspace (empty, or filled with demo data).</source>
        <translation>创建工作区（空白，或填充演示数据）。</translation>
    </message>
    <message>
        <source>Compute a due date from a trigger and a period or policy.</source>
        <translation>根据起算事件和期间或策略计算到期日。</translation>
    </message>
    <message>
        <source>List every item&apos;s deadline and status.</source>
        <translation>列出每个条目的期限和状态。</translation>
    </message>
    <message>
        <source>Compute a due date from a trigger date and a period.</source>
        <translation>根据起算日期和期间计算到期日。</translation>
    </message>
    <message>
        <source>Usage: auditbench-cli &lt;command&gt; [options]</source>
        <translation>用法：auditbench-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;auditbench-cli &lt;command&gt; --help&apos; for its options.</source>
        <translation>运行“auditbench-cli &lt;命令&gt; --help”查看其选项。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>未知命令“%1”（请尝试 --help）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AuditBench workbench</source>
        <translation>AuditBench 审计工作台</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>打开该工作区文件。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Also log to stderr.</source>
        <translation>同时将日志输出到标准错误。</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>要打开的工作区文件。</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>无法创建演示工作区</translation>
    </message>
</context>
</TS>
