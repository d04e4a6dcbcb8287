<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>the file is %1 MB; evidence files may be at most %2 MB</source>
        <translation>文件大小为 %1 MB；证据文件最大为 %2 MB</translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation>不存在附件 %1</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>there is no audit entry %1</source>
        <translation>不存在审计记录 %1</translation>
    </message>
</context>
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
    <name>CaseQuery</name>
    <message>
        <source>there is no review case %1</source>
        <translation>不存在审查案件 %1</translation>
    </message>
    <message>
        <source>there is no generation or complaint &quot;%1&quot;</source>
        <translation>不存在生成内容或投诉“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a generation and a complaint: write generation:%1 or complaint:%1</source>
        <translation>“%1”既是生成内容又是投诉：请写作 generation:%1 或 complaint:%1</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>a case needs a title</source>
        <translation>案件必须有标题</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>标题超过 %1 个字符</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (low, medium, high or critical)</source>
        <translation>未知的优先级“%1”（low、medium、high 或 critical）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be assigned cases (inactive, or an auditor)</source>
        <translation>不能向“%1”分派案件（已停用或为审计员）</translation>
    </message>
    <message>
        <source>there is no provider &quot;%1&quot;</source>
        <translation>不存在服务提供者“%1”</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation>不存在 %1“%2”</translation>
    </message>
    <message>
        <source>open review cases</source>
        <translation>开立审查案件</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it (your version %3, now %4): reload the case and make your change again</source>
        <translation>%1 在您打开后已被 %2 修改（您的版本为 %3，当前为 %4）：请重新加载案件后再次修改</translation>
    </message>
    <message>
        <source>change review cases</source>
        <translation>修改审查案件</translation>
    </message>
    <message>
        <source>close a review case</source>
        <translation>审查案件结案</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot close: %n item(s) are neither remediated nor verified (%2); record an exception to close it anyway</source>
        <translation>
            <numerusform>%1 无法结案：%n 个条目既未整改也未验证（%2）；如仍需结案，请记录例外情况</numerusform>
        </translation>
    </message>
    <message>
        <source>change the status of review cases</source>
        <translation>更改审查案件状态</translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>%1 不能从“%2”转为“%3”</translation>
    </message>
    <message>
        <source>say why %1 is %2</source>
        <translation>请说明 %1 转为“%2”的理由</translation>
    </message>
    <message>
        <source>add notes to review cases</source>
        <translation>为审查案件添加备注</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>备注为空</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>attach evidence to review cases</source>
        <translation>为审查案件附加证据</translation>
    </message>
    <message>
        <source>the file has no name</source>
        <translation>文件没有名称</translation>
    </message>
    <message>
        <source>this file is already attached to %1</source>
        <translation>该文件已附加到 %1</translation>
    </message>
    <message>
        <source>add items to review cases</source>
        <translation>向审查案件添加条目</translation>
    </message>
    <message>
        <source>no items were given</source>
        <translation>未提供任何条目</translation>
    </message>
    <message>
        <source>%1 is %2: reopen it before adding to it</source>
        <translation>%1 的状态为“%2”：请先重开再添加</translation>
    </message>
    <message>
        <source>remove items from review cases</source>
        <translation>从审查案件中移除条目</translation>
    </message>
    <message>
        <source>say why the item leaves the case</source>
        <translation>请说明条目移出案件的理由</translation>
    </message>
    <message>
        <source>%1 is not an item of %2</source>
        <translation>%1 不是 %2 的条目</translation>
    </message>
    <message>
        <source>%1 has been worked on since it was opened; it is kept</source>
        <translation>%1 在开立后已有处理记录，予以保留</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>&gt; %1 days</source>
        <translation>超过 %1 天</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>Deadline status</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Falling due, next %1 weeks</source>
        <translation>未来 %1 周内到期</translation>
    </message>
    <message>
        <source>Overdue by days past due</source>
        <translation>逾期条目（按逾期天数）</translation>
    </message>
    <message>
        <source>Generations by TC260 risk type</source>
        <translation>按 TC260 风险类型统计的生成内容</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>生成内容</translation>
    </message>
    <message>
        <source>Complaints per week, last %1 weeks</source>
        <translation>近 %1 周每周投诉数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Items not yet remediated</source>
        <translation>未整改条目</translation>
    </message>
    <message>
        <source>Open at the end of the day</source>
        <translation>当日终了时未结</translation>
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
    <name>DashboardPage</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未结条目</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Remediated this month</source>
        <translation>本月已整改</translation>
    </message>
    <message>
        <source>Median days to remediation</source>
        <translation>整改用时中位数（天）</translation>
    </message>
    <message>
        <source>Complaints answered in time</source>
        <translation>按时反馈的投诉</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
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
    <message>
        <source>this installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing</source>
        <translation>本安装无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>the database holds no AuditBench workspace yet; copy one there with &apos;auditbench-cli migrate&apos;</source>
        <translation>该数据库中还没有 AuditBench 工作区；请用“auditbench-cli migrate”复制一个过去</translation>
    </message>
    <message>
        <source>the database holds tables but no AuditBench workspace; name an empty database or a workspace</source>
        <translation>该数据库中有数据表，但不是 AuditBench 工作区；请指定一个空数据库或工作区</translation>
    </message>
    <message>
        <source>the server login %1 has no access to this workspace; a supervisor must add %1 as a workspace user</source>
        <translation>服务器登录名 %1 无权访问此工作区；须由主管将 %1 添加为工作区用户</translation>
    </message>
    <message>
        <source>another user of the workspace has been saving for a while; nothing was changed, try again</source>
        <translation>工作区的另一位用户正在保存且已持续一段时间；未作任何更改，请重试</translation>
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
    <name>DetailText</name>
    <message>
        <source>(no holiday calendar for that year: weekends only)</source>
        <translation>（该年份没有节假日日历：仅按周末计算）</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>there is no complaint &quot;%1&quot;</source>
        <translation>不存在投诉“%1”</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Report %1 written: %2</source>
        <translation>已写入报告 %1：%2</translation>
    </message>
    <message>
        <source>first %1 of %2 rows</source>
        <translation>前 %1 行，共 %2 行</translation>
    </message>
</context>
<context>
    <name>FeedbackClock</name>
    <message>
        <source>the policy &quot;%1&quot; is missing from this build</source>
        <translation>此版本缺少策略“%1”</translation>
    </message>
</context>
<context>
    <name>FilterChoices</name>
    <message>
        <source>All providers</source>
        <translation>全部服务提供者</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>全部策略</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not lay out the graph</source>
        <translation>Graphviz 无法完成图布局</translation>
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
    <name>Intake</name>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header row is too long</source>
        <translation>表头行过长</translation>
    </message>
    <message>
        <source>the header row is not valid %1 text</source>
        <translation>表头行不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>column %1 of the header row has no name</source>
        <translation>表头行第 %1 列没有名称</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header row</source>
        <translation>列“%1”在表头行中出现了两次</translation>
    </message>
    <message>
        <source>cannot tell which records the file holds: add a &quot;type&quot; column or name the file after the record type (e.g. generations.csv)</source>
        <translation>无法判断文件中的记录类型：请添加“type”列，或按记录类型命名文件（如 generations.csv）</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not a field of %2 records</source>
        <translation>列“%1”不是 %2 记录的字段</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not a field of any record type</source>
        <translation>列“%1”不是任何记录类型的字段</translation>
    </message>
    <message>
        <source>the header row lacks the required column &quot;%1&quot;</source>
        <translation>表头行缺少必需的列“%1”</translation>
    </message>
    <message>
        <source>a quoted cell is not closed (is the file truncated?)</source>
        <translation>带引号的单元格未闭合（文件是否被截断？）</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of cell %1</source>
        <translation>单元格 %1 的闭合引号后有多余文本</translation>
    </message>
    <message>
        <source>the record is longer than %1 MiB</source>
        <translation>记录超过 %1 MiB</translation>
    </message>
    <message>
        <source>the record has %1 cells but the header row has %2</source>
        <translation>记录有 %1 个单元格，而表头行有 %2 个</translation>
    </message>
    <message>
        <source>not valid %1 text</source>
        <translation>不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>cannot create a temporary database</source>
        <translation>无法创建临时数据库</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot be read to the end</source>
        <translation>无法完整读取</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>文件中没有记录</translation>
    </message>
    <message>
        <source>refers to %1 &quot;%2&quot;, which is rejected (%3)</source>
        <translation>引用的 %1“%2”已被拒收（%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in the workspace with a different %2 (--update replaces it)</source>
        <translation>工作区中已存在“%1”，但其 %2 不同（--update 可替换）</translation>
    </message>
    <message>
        <source>this re-test is already in the workspace with a different value (--update replaces it)</source>
        <translation>工作区中已有此复测记录，但取值不同（--update 可替换）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears earlier in this import with a different %2</source>
        <translation>“%1”在本次导入的前文中已出现，但其 %2 不同</translation>
    </message>
    <message>
        <source>this re-test appears earlier in this import with a different value</source>
        <translation>此复测记录在本次导入的前文中已出现，但取值不同</translation>
    </message>
    <message>
        <source>refers to %1 &quot;%2&quot;, which is neither in this import nor in the workspace</source>
        <translation>引用的 %1“%2”既不在本次导入中，也不在工作区中</translation>
    </message>
    <message>
        <source>the chain of base models leads back to &quot;%1&quot; (a cycle)</source>
        <translation>基座模型链回到了“%1”（存在循环）</translation>
    </message>
    <message>
        <source>the datasets it is derived from lead back to &quot;%1&quot; (a cycle)</source>
        <translation>其来源数据集回到了“%1”（存在循环）</translation>
    </message>
    <message>
        <source>refers to %1 &quot;%2&quot;, which is rejected</source>
        <translation>引用的 %1“%2”已被拒收</translation>
    </message>
    <message>
        <source>unknown deadline policy &quot;%1&quot;</source>
        <translation>未知的期限策略“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp</source>
        <translation>“%1”不是时间戳</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; runs from a complaint&apos;s receipt and cannot apply to a generation</source>
        <translation>策略“%1”自投诉受理起算，不能用于生成内容</translation>
    </message>
    <message>
        <source>%1 is not an active user of this workspace</source>
        <translation>%1 不是本工作区的在用用户</translation>
    </message>
    <message>
        <source>%1 is an auditor: auditors may read the workspace but not import into it</source>
        <translation>%1 是审计员：审计员可以查看工作区，但不能向其导入</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>the line ends inside the JSON object (is it truncated?)</source>
        <translation>该行在 JSON 对象内部结束（是否被截断？）</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>每行必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>此处应为带引号的成员名</translation>
    </message>
    <message>
        <source>the member appears twice</source>
        <translation>该成员出现了两次</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>成员名之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>JSON 对象之后有多余文本</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>a control character must be escaped in a string</source>
        <translation>字符串中的控制字符必须转义</translation>
    </message>
    <message>
        <source>unknown escape sequence</source>
        <translation>未知的转义序列</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u 之后必须是四位十六进制数字</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate is not a character</source>
        <translation>单独的 UTF-16 代理项不是有效字符</translation>
    </message>
    <message>
        <source>a NUL character (\u0000) is not allowed</source>
        <translation>不允许出现 NUL 字符（\u0000）</translation>
    </message>
    <message>
        <source>not a valid JSON value</source>
        <translation>不是有效的 JSON 值</translation>
    </message>
    <message>
        <source>a number needs digits after &apos;.&apos;</source>
        <translation>数字的 &apos;.&apos; 之后必须有数字</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>数字的指数部分必须有数字</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>值的嵌套层级过深</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation>该行超过 %1 MiB</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>必须为%1，而不是%2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>an identifier must not contain control characters or &apos;;&apos;</source>
        <translation>标识符不得包含控制字符或 &apos;;&apos;</translation>
    </message>
    <message>
        <source>an identifier must not begin or end with a space</source>
        <translation>标识符不得以空格开头或结尾</translation>
    </message>
    <message>
        <source>is %1 MiB long; a text may hold at most %2 MiB</source>
        <translation>长度为 %1 MiB；文本最多为 %2 MiB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 timestamp such as 2024-05-01T14:30:00+08:00</source>
        <translation>“%1”不是 RFC 3339 时间戳（如 2024-05-01T14:30:00+08:00）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TC260-003 risk code such as A.1.g</source>
        <translation>“%1”不是 TC260-003 风险代码（如 A.1.g）</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>必须为 64 位十六进制数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a short token without &apos;,&apos; or &apos;;&apos;</source>
        <translation>“%1”不是不含 &apos;,&apos; 或 &apos;;&apos; 的短标记</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不得为负数</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须为字符串列表</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>required: the record type (%1)</source>
        <translation>必填：记录类型（%1）</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot; (expected %2)</source>
        <translation>未知的记录类型“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>is not a field of %1 records</source>
        <translation>不是 %1 记录的字段</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>a model version cannot be its own base model</source>
        <translation>模型版本不能以自身为基座模型</translation>
    </message>
    <message>
        <source>a dataset cannot be derived from itself</source>
        <translation>数据集不能派生自其自身</translation>
    </message>
    <message>
        <source>is before collected_from</source>
        <translation>早于 collected_from</translation>
    </message>
    <message>
        <source>needs sampled_items</source>
        <translation>需要填写 sampled_items</translation>
    </message>
    <message>
        <source>is more than sampled_items</source>
        <translation>大于 sampled_items</translation>
    </message>
    <message>
        <source>cannot be read again: %1</source>
        <translation>无法再次读取：%1</translation>
    </message>
    <message>
        <source>an old rejects file cannot be removed</source>
        <translation>无法删除旧的拒收记录文件</translation>
    </message>
    <message>
        <source>the workspace connection is not an SQLite connection</source>
        <translation>工作区连接不是 SQLite 连接</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
</context>
<context>
    <name>LineageImport</name>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>未知的阶段“%1”</translation>
    </message>
    <message>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>未知的来源类型“%1”</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <source>derivation %1 &lt;- %2</source>
        <translation>派生关系 %1 &lt;- %2</translation>
    </message>
    <message>
        <source>training edge %1 -&gt; %2</source>
        <translation>训练关系 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>the derived-from edges form a cycle: %1</source>
        <translation>派生关系构成循环：%1</translation>
    </message>
</context>
<context>
    <name>LineageScene</name>
    <message>
        <source>sample flagged %1 %</source>
        <translation>抽检标记率 %1 %</translation>
    </message>
    <message>
        <source>model version · released %1</source>
        <translation>模型版本 · 发布于 %1</translation>
    </message>
</context>
<context>
    <name>LineageTrace</name>
    <message>
        <source>no generation has the id %1</source>
        <translation>没有 ID 为 %1 的生成内容</translation>
    </message>
    <message>
        <source>no complaint has the id %1</source>
        <translation>没有 ID 为 %1 的投诉</translation>
    </message>
    <message>
        <source>no dataset has the id %1</source>
        <translation>没有 ID 为 %1 的数据集</translation>
    </message>
</context>
<context>
    <name>ListWalker</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>不是 SQLite 连接</translation>
    </message>
    <message>
        <source>list walk failed: %1</source>
        <translation>列表遍历失败：%1</translation>
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
    <name>PersonalInfoAccess</name>
    <message>
        <source>unknown item kind &quot;%1&quot;</source>
        <translation>未知的条目类型“%1”</translation>
    </message>
    <message>
        <source>see unmasked personal information</source>
        <translation>查看未脱敏的个人信息</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation>不存在 %1“%2”</translation>
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
    <name>Reports</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在审查案件 %1。</translation>
    </message>
    <message>
        <source>PDF output needs the fonts of a graphical session.</source>
        <translation>输出 PDF 需要图形会话中的字体。</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>不存在服务提供者 %1。</translation>
    </message>
    <message>
        <source>The case report needs a case.</source>
        <translation>审查案件报告须指定案件。</translation>
    </message>
    <message>
        <source>The provider report needs a provider.</source>
        <translation>服务提供者检查报告须指定服务提供者。</translation>
    </message>
    <message>
        <source>This report kind is not available yet.</source>
        <translation>暂不支持此类报告。</translation>
    </message>
    <message>
        <source>The period needs a start date.</source>
        <translation>统计期间须有开始日期。</translation>
    </message>
    <message>
        <source>The period needs an end date.</source>
        <translation>统计期间须有结束日期。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>export reports with personal information</source>
        <translation>导出含个人信息的报告</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Could not move the report into place.</source>
        <translation>无法将报告移至目标位置。</translation>
    </message>
    <message>
        <source>Deadline compliance report</source>
        <translation>整改期限合规报告</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>审查案件报告</translation>
    </message>
    <message>
        <source>Provider inspection report</source>
        <translation>服务提供者检查报告</translation>
    </message>
    <message>
        <source>Complaint handling report</source>
        <translation>投诉处理报告</translation>
    </message>
    <message>
        <source>Items due from %1 to %2</source>
        <translation>%1 至 %2 到期的事项</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>审计链头部哈希</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>NOT masked (supervisor export)</source>
        <translation>未脱敏（主管导出）</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>内容摘录</translation>
    </message>
    <message>
        <source>Trigger date</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Remediated on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按期整改</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>尚未到期</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成内容</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>用户投诉</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
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
        <translation>逾期后整改</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>验证未通过</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开立时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>案情描述</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>整改方案</translation>
    </message>
    <message>
        <source>Output excerpt</source>
        <translation>输出摘录</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Re-tests</source>
        <translation>复测</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>是否复现</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
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
        <source>Closed case</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
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
        <source>Complaints received from %1 to %2</source>
        <translation>%1 至 %2 收到的投诉</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Feedback against the published time limit</source>
        <translation>对照公布时限的反馈情况</translation>
    </message>
    <message>
        <source>Personal-information requests</source>
        <translation>个人信息请求</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Average days to answer</source>
        <translation>平均反馈天数</translation>
    </message>
    <message>
        <source>Answered within the limit</source>
        <translation>时限内反馈</translation>
    </message>
    <message>
        <source>Answered after the limit</source>
        <translation>超时限反馈</translation>
    </message>
    <message>
        <source>Unanswered, limit passed</source>
        <translation>未反馈且已超时限</translation>
    </message>
    <message>
        <source>Unanswered, within the limit</source>
        <translation>未反馈（时限内）</translation>
    </message>
    <message>
        <source>No limit recorded</source>
        <translation>未记录时限</translation>
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
        <source>Personal information request</source>
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
        <source>Inaccurate</source>
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
        <source>Triaged</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
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
        <source>Provider %1, %2 to %3</source>
        <translation>服务提供者 %1，%2 至 %3</translation>
    </message>
    <message>
        <source>Flagged generations</source>
        <translation>被标记的生成内容</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Items by risk category</source>
        <translation>按风险类别统计</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>整改期限合规情况</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据概况</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Sample flagged</source>
        <translation>抽检标记率</translation>
    </message>
    <message>
        <source>Over the 5% threshold</source>
        <translation>超过 5% 阈值</translation>
    </message>
    <message>
        <source>Pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
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
        <translation>商业</translation>
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
        <source>Containment due</source>
        <translation>处置期限</translation>
    </message>
    <message>
        <source>Contained on</source>
        <translation>处置日期</translation>
    </message>
    <message>
        <source>The items changed while the report was being written; export it again.</source>
        <translation>报告写入期间条目发生了变化，请重新导出。</translation>
    </message>
    <message>
        <source>Graphviz could not draw the lineage figure.</source>
        <translation>Graphviz 无法绘制数据血缘图。</translation>
    </message>
    <message>
        <source>Training-data lineage</source>
        <translation>训练数据血缘</translation>
    </message>
    <message>
        <source>%1 of %2 nodes shown; every dataset is in the training data table</source>
        <translation>显示 %2 个节点中的 %1 个；全部数据集见训练数据概况表</translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation>投诉按渠道统计</translation>
    </message>
    <message>
        <source>Complaints by kind</source>
        <translation>投诉按类型统计</translation>
    </message>
    <message>
        <source>Charts of the report&apos;s count tables</source>
        <translation>本报告统计表的图表</translation>
    </message>
    <message>
        <source>The program closed before the report&apos;s charts were drawn.</source>
        <translation>报告图表绘制完成前程序已关闭。</translation>
    </message>
    <message>
        <source>%1; provider %2</source>
        <translation>%1；服务提供者 %2</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>这不是文件。</translation>
    </message>
    <message>
        <source>The earlier file is kept as %1.</source>
        <translation>原有文件保留为 %1。</translation>
    </message>
    <message>
        <source>The report&apos;s rows changed while its PDF was being written; export it again.</source>
        <translation>生成 PDF 期间报告的数据行发生了变化，请重新导出。</translation>
    </message>
    <message>
        <source>SQLite could not start: %1</source>
        <translation>SQLite 无法启动：%1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>&quot;%1&quot; is not a user of this workspace</source>
        <translation>“%1”不是本工作区的用户</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer an active user of this workspace</source>
        <translation>“%1”已不是本工作区的在用用户</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an auditor: auditors read everything but change nothing, so they cannot %2</source>
        <translation>“%1”是审计员：审计员可以查看全部内容但不能作任何修改，因此不能%2</translation>
    </message>
    <message>
        <source>only an active supervisor can %1, and &quot;%2&quot; is not one</source>
        <translation>只有在用主管才能%1，而“%2”不是在用主管</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>a saved view needs a name</source>
        <translation>保存的视图必须有名称</translation>
    </message>
    <message>
        <source>the saved view no longer exists</source>
        <translation>该保存的视图已不存在</translation>
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
    <name>ServerAddress</name>
    <message>
        <source>a server address starts with postgresql:// (postgresql://user@host:port/database)</source>
        <translation>服务器地址以 postgresql:// 开头（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation>不是有效的地址</translation>
    </message>
    <message>
        <source>options after &apos;?&apos; or &apos;#&apos; are not supported</source>
        <translation>不支持“?”或“#”之后的选项</translation>
    </message>
    <message>
        <source>name the database user: postgresql://user@host/database</source>
        <translation>请写明数据库用户：postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>name the server: postgresql://user@host/database</source>
        <translation>请写明服务器：postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>name one database after the host: postgresql://user@host/database</source>
        <translation>请在主机之后写明一个数据库：postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>the address must not hold a password: libpq takes it from PGPASSWORD or ~/.pgpass</source>
        <translation>地址中不得包含密码：libpq 会从 PGPASSWORD 或 ~/.pgpass 读取密码</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>the server kept %1&apos;s access as it was (granted by another role); ask the server&apos;s administrator to revoke it</source>
        <translation>服务器保留了 %1 原有的访问权限（由其他角色授予）；请联系服务器管理员撤销</translation>
    </message>
</context>
<context>
    <name>TriageQueue</name>
    <message>
        <source>there is no complaint &quot;%1&quot;</source>
        <translation>不存在投诉“%1”</translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>there is no complaint &quot;%1&quot;</source>
        <translation>不存在投诉“%1”</translation>
    </message>
    <message>
        <source>no complaint is selected</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>triage complaints</source>
        <translation>分拣投诉</translation>
    </message>
    <message>
        <source>complaint %1 is already %2: triage changes only complaints that are new or triaged</source>
        <translation>投诉 %1 的状态已为“%2”：分拣只能更改新建或已分拣的投诉</translation>
    </message>
    <message>
        <source>complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>unknown complaint kind &quot;%1&quot;</source>
        <translation>未知的投诉类型“%1”</translation>
    </message>
    <message>
        <source>a personal-information request is one of access, correct, delete or block</source>
        <translation>个人信息请求只能是 access、correct、delete 或 block 之一</translation>
    </message>
    <message>
        <source>set kind to %1</source>
        <translation>将类型设为 %1</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>未知的严重程度“%1”</translation>
    </message>
    <message>
        <source>set severity to %1</source>
        <translation>将严重程度设为 %1</translation>
    </message>
    <message>
        <source>there is no generation &quot;%1&quot;</source>
        <translation>不存在生成内容“%1”</translation>
    </message>
    <message>
        <source>link to generation %1</source>
        <translation>关联生成内容 %1</translation>
    </message>
    <message>
        <source>mark as triaged</source>
        <translation>标记为已分拣</translation>
    </message>
    <message>
        <source>set its severity before marking it triaged</source>
        <translation>请先设置严重程度，再标记为已分拣</translation>
    </message>
    <message>
        <source>mark as duplicate of %1</source>
        <translation>标记为 %1 的重复投诉</translation>
    </message>
    <message>
        <source>a complaint cannot be a duplicate of itself</source>
        <translation>投诉不能与自身重复</translation>
    </message>
    <message>
        <source>say why the complaint is dismissed</source>
        <translation>请说明驳回投诉的理由</translation>
    </message>
    <message>
        <source>dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>escalate to a new case</source>
        <translation>升级为新案件</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n complaints: %1</source>
        <translation>
            <numerusform>%n 条投诉：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: reopen it before adding to it</source>
        <translation>%1 的状态为“%2”：请先重开再添加</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>加入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n complaint(s))</source>
        <translation>
            <numerusform>%1（%n 条投诉）</numerusform>
        </translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>complaint %1 was changed after this action, so it can no longer be undone</source>
        <translation>投诉 %1 在此操作后已被修改，无法再撤销</translation>
    </message>
    <message>
        <source>triage action undone</source>
        <translation>已撤销分拣操作</translation>
    </message>
    <message>
        <source>complaint %1 was changed by someone else after you looked at it, so nothing was changed: check its current state and decide again</source>
        <translation>投诉 %1 在您查看之后已被他人修改，因此未作任何更改：请查看其当前状态后重新决定</translation>
    </message>
    <message>
        <source>complaint %1 was changed by %2 at %3 after you looked at it, so nothing was changed: check its current state and decide again</source>
        <translation>投诉 %1 在您查看之后已于 %3 被 %2 修改，因此未作任何更改：请查看其当前状态后重新决定</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>manage workspace users</source>
        <translation>管理工作区用户</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>用户名须为 1 至 64 个字母、数字或 &apos;.&apos;、&apos;_&apos;、&apos;-&apos;、&apos;@&apos;</translation>
    </message>
    <message>
        <source>there is already a user &quot;%1&quot;</source>
        <translation>已存在用户“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active supervisor: a workspace needs one to approve closures and extensions</source>
        <translation>“%1”是最后一名在用主管：工作区必须至少有一名主管来批准结案和延期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer an active user of this workspace</source>
        <translation>“%1”已不是本工作区的在用用户</translation>
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
    <name>Workspace</name>
    <message>
        <source>the team workspace&apos;s dashboard tallies were never counted; open the workspace file once and copy it to the server again</source>
        <translation>团队工作区的仪表盘统计从未计算过；请先打开一次工作区文件，再将其重新复制到服务器</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>the workspace has no table %1</source>
        <translation>工作区中没有数据表 %1</translation>
    </message>
    <message>
        <source>the source workspace has no column %1.%2: its schema differs</source>
        <translation>源工作区没有列 %1.%2：其结构不同</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>复制已取消</translation>
    </message>
    <message>
        <source>the target already holds a workspace; copy into a new file or an empty database</source>
        <translation>目标中已有工作区；请复制到新文件或空数据库</translation>
    </message>
    <message>
        <source>the audit chain of the source is broken at entry %1 (%2); a broken chain is not copied</source>
        <translation>源工作区的审计链在第 %1 条处断裂（%2）；断裂的审计链不予复制</translation>
    </message>
    <message>
        <source>the server user may not create roles, which setting up a team workspace&apos;s read and write groups needs; copy as a user with CREATEROLE</source>
        <translation>该服务器用户无权创建角色，而设置团队工作区的读写组需要此权限；请以具有 CREATEROLE 权限的用户进行复制</translation>
    </message>
    <message>
        <source>table %1: %2 rows in the source, %3 in the copy</source>
        <translation>数据表 %1：源中 %2 行，副本中 %3 行</translation>
    </message>
    <message>
        <source>the copied audit chain does not match the source&apos;s (%1 entries, head %2; the source has %3, head %4)</source>
        <translation>复制的审计链与源不一致（%1 条，链头 %2；源为 %3 条，链头 %4）</translation>
    </message>
    <message>
        <source>the file already exists; choose a new file name</source>
        <translation>文件已存在；请另选文件名</translation>
    </message>
    <message>
        <source>cannot put the copy in place (%1 was made meanwhile, or the folder is read-only)</source>
        <translation>无法将副本放到目标位置（其间已有人创建了 %1，或文件夹为只读）</translation>
    </message>
    <message>
        <source>the workspace&apos;s dashboard tallies are not counted yet; open it once, then copy it</source>
        <translation>该工作区的仪表盘统计尚未计算；请先打开一次，再进行复制</translation>
    </message>
    <message>
        <source>cannot finish the new file</source>
        <translation>无法完成新文件</translation>
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
    <name>ab::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>ab::ui::AuditLogPage</name>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>Any action, or its start</source>
        <translation>任意操作（可输入操作名开头）</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <source>Record id, e.g. CASE-2026-0001</source>
        <translation>记录 ID，如 CASE-2026-0001</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Entry %1 — %2 by %3</source>
        <translation>第 %1 条 — %2，操作人 %3</translation>
    </message>
    <message>
        <source>Action %1 on %2 %3</source>
        <translation>操作 %1，对象 %2 %3</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>前一条哈希：%1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Verifying the workspace file and the audit chain…</source>
        <translation>正在校验工作区文件和审计链…</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>校验失败：%1</translation>
    </message>
    <message>
        <source>Stopped after %1 entries.</source>
        <translation>已在校验 %1 条记录后停止。</translation>
    </message>
    <message>
        <source>Intact: the file passed SQLite&apos;s integrity check and all %1 entries of the audit chain link up. Head %2</source>
        <translation>完整：文件已通过 SQLite 完整性检查，审计链全部 %1 条记录前后衔接。链头 %2</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>the append-only guards were removed (%1)</source>
        <translation>仅追加保护已被移除（%1）</translation>
    </message>
    <message>
        <source>the chain breaks at entry %1: %2</source>
        <translation>审计链在第 %1 条记录处断开：%2</translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation>不完整：%1</translation>
    </message>
    <message>
        <source>Intact: all %1 entries of the audit chain link up (a team workspace&apos;s storage is its server&apos;s to check). Head %2</source>
        <translation>完好：审计链的全部 %1 条记录首尾相接（团队工作区的存储由其服务器负责检查）。链头 %2</translation>
    </message>
</context>
<context>
    <name>ab::ui::CaseHistoryPanel</name>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>填写备注…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分派给 %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s)</source>
        <translation>
            <numerusform>添加了 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>开立案件</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>修改了 %1</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — 理由：%1</translation>
    </message>
    <message>
        <source> — closed with an exception: %1</source>
        <translation> — 例外结案：%1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>添加了 %1</translation>
    </message>
    <message>
        <source>Removed %1 — reason: %2</source>
        <translation>移除了 %1 — 理由：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>附加了 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
</context>
<context>
    <name>ab::ui::CaseListModel</name>
    <message>
        <source>(unassigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1（已逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开立时间</translation>
    </message>
</context>
<context>
    <name>ab::ui::CaseView</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Timeline and notes</source>
        <translation>时间线和备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>整改方案</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>转为</translation>
    </message>
    <message>
        <source>Reason (required to dismiss or reopen)</source>
        <translation>理由（驳回或重开时必填）</translation>
    </message>
    <message>
        <source>Exception: why close with items not remediated</source>
        <translation>例外情况：为何在条目未整改时结案</translation>
    </message>
    <message>
        <source>(none or several)</source>
        <translation>（无或多个）</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>期限 %1 — 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1 — %n day(s) left</source>
        <translation>
            <numerusform>期限 %1 — 剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No open item deadline</source>
        <translation>没有未结条目的期限</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Risk categories: none yet</source>
        <translation>风险类别：暂无</translation>
    </message>
    <message>
        <source>Risk categories: %1</source>
        <translation>风险类别：%1</translation>
    </message>
    <message>
        <source>%1 (a supervisor)</source>
        <translation>%1（主管）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ab::ui::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>审查案件</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>分拣队列</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Open (not closed or dismissed)</source>
        <translation>未结（未结案或驳回）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>任意服务提供者</translation>
    </message>
</context>
<context>
    <name>ab::ui::CategoryButton</name>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1：已选 %2 项</translation>
    </message>
</context>
<context>
    <name>ab::ui::ChoiceButton</name>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1：已选 %2 项</translation>
    </message>
</context>
<context>
    <name>ab::ui::ComplaintDetailPane</name>
    <message>
        <source>Trace lineage</source>
        <translation>追溯数据血缘</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Select a complaint to see it here.</source>
        <translation>选择一条投诉以在此查看。</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>分拣状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>PI request</source>
        <translation>个人信息请求</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No deadline recorded</source>
        <translation>未记录期限</translation>
    </message>
    <message>
        <source>Generations (%1)</source>
        <translation>生成内容（%1）</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>审查案件（%1）</translation>
    </message>
    <message>
        <source>Reveal personal information</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Show this item&apos;s text unmasked; the workspace records who saw it.</source>
        <translation>以未脱敏形式显示该条目的文本；工作区将记录查看人。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>ab::ui::ComplaintsModel</name>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>分拣状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>PI request</source>
        <translation>个人信息请求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>生成内容</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ab::ui::ComplaintsPage</name>
    <message>
        <source>%1 complaints</source>
        <translation>%1 条投诉</translation>
    </message>
    <message>
        <source>≥ %1 complaints (counting…)</source>
        <translation>≥ %1 条投诉（正在统计…）</translation>
    </message>
</context>
<context>
    <name>ab::ui::ConnectServerDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>server name or IP address</source>
        <translation>服务器名称或 IP 地址</translation>
    </message>
    <message>
        <source>the team workspace&apos;s database</source>
        <translation>存放团队工作区的数据库</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>留空：使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Open a team workspace kept in a database on a PostgreSQL server. Changes are recorded under the server login.</source>
        <translation>打开存放在 PostgreSQL 服务器数据库中的团队工作区。所有更改均以服务器登录名记录。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>name the server (a host name or IP address)</source>
        <translation>请填写服务器（主机名或 IP 地址）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address (the port goes in its own field)</source>
        <translation>“%1”不是主机名或 IP 地址（端口请填在单独的字段中）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>name the database that holds the team workspace</source>
        <translation>请填写存放团队工作区的数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>name the server login</source>
        <translation>请填写服务器登录名</translation>
    </message>
    <message>
        <source>holds characters a server address cannot carry</source>
        <translation>含有服务器地址中不能使用的字符</translation>
    </message>
    <message>
        <source>Looking up the password in the system keychain…</source>
        <translation>正在系统钥匙串中查找密码…</translation>
    </message>
    <message>
        <source>The system keychain holds no password for %1.</source>
        <translation>系统钥匙串中没有 %1 的密码。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1.</source>
        <translation>系统钥匙串不可用：%1。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未能连接：%1</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>正在将密码保存到系统钥匙串…</translation>
    </message>
</context>
<context>
    <name>ab::ui::DashboardPage</name>
    <message>
        <source>AuditBench dashboard</source>
        <translation>AuditBench 总览</translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation>保存总览</translation>
    </message>
    <message>
        <source>dashboard.png</source>
        <translation>dashboard.png</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务提供者：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计截至 %1</translation>
    </message>
    <message>
        <source>All five risk types</source>
        <translation>全部五类风险</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 complaints whose feedback limit has passed or that were answered</source>
        <translation>反馈时限已过或已反馈的 %2 条投诉中，按时反馈 %1 条</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
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
    <message>
        <source>Show all days</source>
        <translation>显示全部日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>到期日 %1</translation>
    </message>
    <message>
        <source>Triggered %1</source>
        <translation>起算日 %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidencePanel</name>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>尚未附加证据。</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>选择一个文件以预览。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 bytes), added by %4
SHA-256 %5</source>
        <translation>%1 — %2（%3 字节），由 %4 添加
SHA-256 %5</translation>
    </message>
    <message>
        <source>No preview for files of type %1.</source>
        <translation>无法预览 %1 类型的文件。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>无法读取图像。</translation>
    </message>
    <message>
        <source>
… (the first %1 shown)</source>
        <translation>
…（仅显示前 %1）</translation>
    </message>
</context>
<context>
    <name>ab::ui::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>整改期限合规情况</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>审查案件</translation>
    </message>
    <message>
        <source>Provider inspection</source>
        <translation>服务提供者检查</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV (one file per table)</source>
        <translation>CSV（每个表格一个文件）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Include personal information unmasked (supervisors only; recorded in the audit trail)</source>
        <translation>包含未脱敏的个人信息（仅限主管；将记入审计日志）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务提供者：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report (*%1)</source>
        <translation>报告 (*%1)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Preview shows the report&apos;s first pages, masked.</source>
        <translation>预览显示报告的前几页（已脱敏）。</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>全部服务提供者</translation>
    </message>
</context>
<context>
    <name>ab::ui::FilterBar</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Search prompts and outputs (Ctrl+F or /)</source>
        <translation>搜索提示词和输出（Ctrl+F 或 /）</translation>
    </message>
    <message>
        <source>Search complaint text (Ctrl+F or /)</source>
        <translation>搜索投诉内容（Ctrl+F 或 /）</translation>
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
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>分拣状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>In a case</source>
        <translation>已纳入案件</translation>
    </message>
    <message>
        <source>In no case</source>
        <translation>未纳入案件</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Show complaints answered on any day</source>
        <translation>显示任意日期反馈的投诉</translation>
    </message>
    <message>
        <source>Answered %1 to %2</source>
        <translation>反馈于 %1 至 %2</translation>
    </message>
    <message>
        <source>Answered from %1</source>
        <translation>%1 起反馈</translation>
    </message>
    <message>
        <source>Answered up to %1</source>
        <translation>截至 %1 反馈</translation>
    </message>
</context>
<context>
    <name>ab::ui::GenerationDetailPane</name>
    <message>
        <source>Trace lineage</source>
        <translation>追溯数据血缘</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a generation to see it here.</source>
        <translation>选择一条生成内容以在此查看。</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>TC260 name</source>
        <translation>TC260 名称</translation>
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
        <source>Created at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Flagged at</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Remediated at</source>
        <translation>整改时间</translation>
    </message>
    <message>
        <source>No deadline recorded</source>
        <translation>未记录期限</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>投诉（%1）</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>审查案件（%1）</translation>
    </message>
    <message>
        <source>Reveal personal information</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Show this item&apos;s text unmasked; the workspace records who saw it.</source>
        <translation>以未脱敏形式显示该条目的文本；工作区将记录查看人。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
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
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>ab::ui::GenerationsPage</name>
    <message>
        <source>%1 generations</source>
        <translation>%1 条生成内容</translation>
    </message>
    <message>
        <source>≥ %1 generations (counting…)</source>
        <translation>≥ %1 条生成内容（正在统计…）</translation>
    </message>
</context>
<context>
    <name>ab::ui::ImportDialog</name>
    <message>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Files to import (JSON Lines or CSV, in one transaction):</source>
        <translation>要导入的文件（JSON Lines 或 CSV，在同一事务中导入）：</translation>
    </message>
    <message>
        <source>Import the valid records and write the invalid ones to FILE.rejects</source>
        <translation>导入有效记录，并将无效记录写入 FILE.rejects</translation>
    </message>
    <message>
        <source>Replace records that exist in the workspace with other content</source>
        <translation>替换工作区中已存在但内容不同的记录</translation>
    </message>
    <message>
        <source>Without the first option nothing is written unless every record is valid.</source>
        <translation>如不选第一项，则只有在全部记录均有效时才会写入。</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or GB18030)</source>
        <translation>自动检测（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个文件，共 %3 个）…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking references across all records…</source>
        <translation>正在检查全部记录之间的引用…</translation>
    </message>
    <message>
        <source>Assigning remediation deadlines…</source>
        <translation>正在设定整改期限…</translation>
    </message>
    <message>
        <source>Building indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Second pass, leaving out the records found invalid: %1</source>
        <translation>第二遍处理，排除已发现的无效记录：%1</translation>
    </message>
    <message>
        <source>Records: %1 · added %2 · updated %3 · unchanged %4 · rejected %5</source>
        <translation>记录：%1 · 新增 %2 · 更新 %3 · 未变 %4 · 拒收 %5</translation>
    </message>
    <message>
        <source>Cancelling: undoing everything this import wrote…</source>
        <translation>正在取消：撤销本次导入写入的全部内容…</translation>
    </message>
</context>
<context>
    <name>ab::ui::ImportSummaryDialog</name>
    <message>
        <source>The import was cancelled. The workspace is as it was before.</source>
        <translation>导入已取消。工作区保持原状。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems were found. Fix the records, or import again choosing to write only the valid ones.</source>
        <translation>未导入任何内容：发现 %1 个问题。请修正记录，或重新导入并选择仅写入有效记录。</translation>
    </message>
    <message>
        <source>Imported %1 records (%2 added, %3 updated, %4 unchanged); %5 invalid records were left out.</source>
        <translation>已导入 %1 条记录（新增 %2 条，更新 %3 条，未变 %4 条）；已排除 %5 条无效记录。</translation>
    </message>
    <message>
        <source>Imported %1 records: %2 added, %3 updated, %4 unchanged.</source>
        <translation>已导入 %1 条记录：新增 %2 条，更新 %3 条，未变 %4 条。</translation>
    </message>
    <message>
        <source>The import could not run. The workspace is as it was before.</source>
        <translation>导入无法执行。工作区保持原状。</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>Remediation deadlines assigned: %1</source>
        <translation>已设定整改期限：%1</translation>
    </message>
    <message>
        <source>Invalid records of %1, with their reasons: %2</source>
        <translation>%1 的无效记录及原因：%2</translation>
    </message>
    <message>
        <source>Problems (file:line: field: reason):</source>
        <translation>问题（文件:行: 字段: 原因）：</translation>
    </message>
    <message>
        <source>… and %1 more: save the full list to see them all.</source>
        <translation>… 另有 %1 个：请保存完整列表以查看全部。</translation>
    </message>
    <message>
        <source>Save full list…</source>
        <translation>保存完整列表…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>… and %1 more errors that were not kept</source>
        <translation>… 另有 %1 个错误未保留</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ab::ui::LineagePage</name>
    <message>
        <source>Find a dataset or model version</source>
        <translation>查找数据集或模型版本</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>跳数： </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Focus on selection</source>
        <translation>聚焦所选</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Impact of dataset</source>
        <translation>数据集影响范围</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>清除高亮</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务提供者：</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>全部服务提供者</translation>
    </message>
    <message>
        <source>Trace of %1: %2 model versions, %3 datasets, %4 over the 5 % sampling threshold.</source>
        <translation>%1 的追溯结果：%2 个模型版本，%3 个数据集，其中 %4 个超过 5% 抽检阈值。</translation>
    </message>
    <message>
        <source>Counting what %1 reached…</source>
        <translation>正在统计 %1 的影响范围…</translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的节点。</translation>
    </message>
    <message>
        <source>%1 nodes match; showing the first.</source>
        <translation>有 %1 个节点匹配；显示第一个。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>合法性基础</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Consent basis</source>
        <translation>同意依据</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <source>%1 of %2 sampled flagged (%3 %)</source>
        <translation>抽检 %2 条，标记 %1 条（%3%）</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽检</translation>
    </message>
    <message>
        <source>over the 5 % threshold of TC260-003</source>
        <translation>超过 TC260-003 规定的 5% 阈值</translation>
    </message>
    <message>
        <source>not sampled</source>
        <translation>未抽检</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Derived datasets</source>
        <translation>派生数据集</translation>
    </message>
    <message>
        <source>Open flagged generations</source>
        <translation>未结的标记生成内容</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>%1 open generations, %2 open complaints</source>
        <translation>%1 条未结生成内容，%2 条未结投诉</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基座模型</translation>
    </message>
    <message>
        <source>Datasets trained into it</source>
        <translation>训练所用数据集</translation>
    </message>
</context>
<context>
    <name>ab::ui::ListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Name for this view</source>
        <translation>视图名称</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>The view could not be saved: %1</source>
        <translation>无法保存视图：%1</translation>
    </message>
    <message>
        <source>The view could not be deleted: %1</source>
        <translation>无法删除视图：%1</translation>
    </message>
    <message>
        <source>Search index: building %1 % (searching still works, slower)</source>
        <translation>搜索索引：正在建立 %1%（仍可搜索，但速度较慢）</translation>
    </message>
    <message>
        <source>Reveal personal information</source>
        <translation>显示个人信息</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>请先打开或新建工作区。</translation>
    </message>
    <message>
        <source>Interchange files (*.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>交换文件 (*.jsonl *.ndjson *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening workspace</source>
        <translation>正在打开工作区</translation>
    </message>
    <message>
        <source>Connect to team &amp;server…</source>
        <translation>连接团队服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>密码未能保存到系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>ab::ui::OpenCaseDialog</name>
    <message>
        <source>Open a new case</source>
        <translation>开立新案件</translation>
    </message>
    <message>
        <source>Add to an existing case</source>
        <translation>加入已有案件</translation>
    </message>
    <message>
        <source>Open case from selection</source>
        <translation>根据所选开立案件</translation>
    </message>
    <message>
        <source>No items are selected: the case starts empty.</source>
        <translation>未选择条目：案件开立时为空。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n 个条目：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Case number or words of its title</source>
        <translation>案件编号或标题中的词语</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  （%3）</translation>
    </message>
    <message>
        <source>Choose the case to add the items to.</source>
        <translation>选择要加入条目的案件。</translation>
    </message>
</context>
<context>
    <name>ab::ui::PagedListModel</name>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ab::ui::SwitchUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>新用户名</translation>
    </message>
    <message>
        <source>Act as another user of this workspace. Every change is recorded under the acting user&apos;s name. Analysts work cases and triage, supervisors also approve closures and manage users, auditors read everything and change nothing.</source>
        <translation>以本工作区的其他用户身份操作。每项修改都以当前操作用户的名义记录。分析员处理案件和分拣；主管还可批准结案和管理用户；审计员可查看全部内容，但不能作任何修改。</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>以此用户身份操作</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> — inactive</source>
        <translation> — 已停用</translation>
    </message>
    <message>
        <source> — acting now</source>
        <translation> — 当前用户</translation>
    </message>
    <message>
        <source>Only a supervisor can add users.</source>
        <translation>只有主管可以添加用户。</translation>
    </message>
    <message>
        <source>Choose a user.</source>
        <translation>请选择用户。</translation>
    </message>
</context>
<context>
    <name>ab::ui::SystemKeychain</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>系统钥匙串没有响应</translation>
    </message>
</context>
<context>
    <name>ab::ui::TriageDetailPane</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能的重复投诉</translation>
    </message>
    <message>
        <source>Feedback deadline unknown</source>
        <translation>反馈期限未知</translation>
    </message>
    <message numerus="yes">
        <source>Feedback due %1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>反馈期限 %1 — 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback due %1 — %n day(s) left</source>
        <translation>
            <numerusform>反馈期限 %1 — 剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source> (computed from receipt: no deadline was recorded)</source>
        <translation>（按受理时间推算：未记录期限）</translation>
    </message>
    <message>
        <source>Personal-information request: %1. %2</source>
        <translation>个人信息请求：%1。%2</translation>
    </message>
    <message>
        <source>No complaint is waiting for triage.</source>
        <translation>没有待分拣的投诉。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · received %2 · %3 · %4 · severity: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 受理于 %2 · %3 · %4 · 严重程度：%5</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>Linked generations: none</source>
        <translation>关联的生成内容：无</translation>
    </message>
    <message>
        <source>Linked generations: %1</source>
        <translation>关联的生成内容：%1</translation>
    </message>
    <message>
        <source>
In cases: %1</source>
        <translation>
所属案件：%1</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复投诉…</translation>
    </message>
    <message>
        <source>%1 · %2% similar · %3</source>
        <translation>%1 · 相似度 %2% · %3</translation>
    </message>
    <message>
        <source> · same generation</source>
        <translation> · 同一生成内容</translation>
    </message>
    <message>
        <source>No similar complaint found.</source>
        <translation>未找到相似投诉。</translation>
    </message>
    <message>
        <source>Left: this complaint. Right: the selected suggestion.</source>
        <translation>左：本投诉。右：所选的建议项。</translation>
    </message>
</context>
<context>
    <name>ab::ui::TriagePrompt</name>
    <message>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <source>Enter takes the highlighted one; ↑ ↓ choose; Esc cancels.</source>
        <translation>Enter 选用高亮项；↑ ↓ 选择；Esc 取消。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No generation matches “%1”.</source>
        <translation>没有与“%1”匹配的生成内容。</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>没有与“%1”匹配的案件。</translation>
    </message>
</context>
<context>
    <name>ab::ui::TriageWidget</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kind: %1 · Esc cancel</source>
        <translation>类型：%1 · Esc 取消</translation>
    </message>
    <message>
        <source>Personal-information request: %1 · Esc cancel</source>
        <translation>个人信息请求：%1 · Esc 取消</translation>
    </message>
    <message>
        <source>K kind · 1–4 severity · L link generation · D duplicate · X dismiss · E new case · A add to case · Enter triaged · U undo · ↑↓ move, Shift+↑↓ select several</source>
        <translation>K 类型 · 1–4 严重程度 · L 关联生成内容 · D 重复 · X 驳回 · E 新建案件 · A 加入案件 · Enter 标记已分拣 · U 撤销 · ↑↓ 移动，Shift+↑↓ 多选</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) waiting for triage</source>
        <translation>
            <numerusform>%n 条投诉待分拣</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked triaged</source>
        <translation>已标记为已分拣</translation>
    </message>
    <message>
        <source>Kind set</source>
        <translation>已设置类型</translation>
    </message>
    <message>
        <source>Severity set</source>
        <translation>已设置严重程度</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 to a generation: its id or words of its prompt or output, then Enter</source>
        <translation>将 %1 关联到生成内容：输入其 ID 或提示词、输出中的词语，然后按 Enter</translation>
    </message>
    <message>
        <source>%1 repeats which complaint? Its id, or ↑ ↓ through the suggestions, then Enter</source>
        <translation>%1 与哪条投诉重复？输入其 ID，或用 ↑ ↓ 在建议项中选择，然后按 Enter</translation>
    </message>
    <message>
        <source>Why is %1 dismissed? Enter to confirm</source>
        <translation>为何驳回 %1？按 Enter 确认</translation>
    </message>
    <message>
        <source>Title of the new case for %1 (empty: from the complaint), then Enter</source>
        <translation>为 %1 新建案件的标题（留空则取自投诉），然后按 Enter</translation>
    </message>
    <message>
        <source>Add %1 to which case? Its number or words of its title, then Enter</source>
        <translation>将 %1 加入哪个案件？输入案件编号或标题中的词语，然后按 Enter</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>已关联到 %1</translation>
    </message>
    <message>
        <source>Marked duplicate of %1</source>
        <translation>已标记为 %1 的重复投诉</translation>
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
        <source>Added to the case</source>
        <translation>已加入案件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source> — U to undo</source>
        <translation> — 按 U 撤销</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>ab::ui::WelcomePage</name>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>A workspace is one file holding flagged generations, complaints, review cases, training-data lineage and remediation deadlines. Create a new one, open an existing file, or connect to a team workspace on a server.</source>
        <translation>工作区是一个文件，保存被标记的生成内容、投诉、审查案件、训练数据溯源和整改期限。可以新建工作区、打开已有文件，或连接服务器上的团队工作区。</translation>
    </message>
    <message>
        <source>Connect to team server…</source>
        <translation>连接团队服务器…</translation>
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
    <message>
        <source>The case number (CASE-YYYY-NNNN).</source>
        <translation>案件编号（CASE-YYYY-NNNN）。</translation>
    </message>
    <message>
        <source>An item: a generation or complaint id (generation:ID or complaint:ID when both exist). Repeat, or separate by commas.</source>
        <translation>条目：生成内容或投诉的 ID（两者同名时写作 generation:ID 或 complaint:ID）。可重复指定，或以逗号分隔。</translation>
    </message>
    <message>
        <source>The case title.</source>
        <translation>案件标题。</translation>
    </message>
    <message>
        <source>low, medium, high or critical (default medium).</source>
        <translation>low、medium、high 或 critical（默认 medium）。</translation>
    </message>
    <message>
        <source>The user working the case.</source>
        <translation>承办该案件的用户。</translation>
    </message>
    <message>
        <source>The provider id (default: the items&apos; provider).</source>
        <translation>服务提供者 ID（默认：条目所属的服务提供者）。</translation>
    </message>
    <message>
        <source>What the case is about.</source>
        <translation>案件内容说明。</translation>
    </message>
    <message>
        <source>status: the new status.</source>
        <translation>status：新状态。</translation>
    </message>
    <message>
        <source>status: why (required to dismiss or reopen).</source>
        <translation>status：理由（驳回或重开时必填）。</translation>
    </message>
    <message>
        <source>status: why the case closes with items not remediated.</source>
        <translation>status：在条目未整改时结案的理由。</translation>
    </message>
    <message>
        <source>note: the note.</source>
        <translation>note：备注内容。</translation>
    </message>
    <message>
        <source>attach: the evidence file.</source>
        <translation>attach：证据文件。</translation>
    </message>
    <message>
        <source>Work review cases.

  open    --title T [--item ID]… [--priority P] [--assignee U] [--provider ID]
  add     --case NUMBER --item ID…
  status  --case NUMBER --to STATUS [--reason R] [--exception E]
  note    --case NUMBER --text TEXT
  attach  --case NUMBER --file PATH
  show    --case NUMBER   (prints the case as JSON)</source>
        <translation>处理审查案件。

  open    --title T [--item ID]… [--priority P] [--assignee U] [--provider ID]
  add     --case NUMBER --item ID…
  status  --case NUMBER --to STATUS [--reason R] [--exception E]
  note    --case NUMBER --text TEXT
  attach  --case NUMBER --file PATH
  show    --case NUMBER   （以 JSON 格式输出案件）</translation>
    </message>
    <message>
        <source>open, add, status, note, attach or show</source>
        <translation>open、add、status、note、attach 或 show</translation>
    </message>
    <message>
        <source>case open: --title T is required</source>
        <translation>case open：必须提供 --title T</translation>
    </message>
    <message>
        <source>Opened %1 with %2 item(s)</source>
        <translation>已开立 %1，含 %2 个条目</translation>
    </message>
    <message>
        <source>case %1: --case NUMBER is required</source>
        <translation>case %1：必须提供 --case NUMBER</translation>
    </message>
    <message>
        <source>Added %1 item(s) to %2</source>
        <translation>已向 %2 添加 %1 个条目</translation>
    </message>
    <message>
        <source>case status: --to must be one of new, triage, investigating, awaiting_remediation, verifying, closed, dismissed, reopened</source>
        <translation>case status：--to 必须是 new、triage、investigating、awaiting_remediation、verifying、closed、dismissed、reopened 之一</translation>
    </message>
    <message>
        <source>case: say what to do: open, add, status, note, attach or show</source>
        <translation>case：请指定操作：open、add、status、note、attach 或 show</translation>
    </message>
    <message>
        <source>Write a workspace&apos;s records in the interchange format (JSON Lines), in a fixed order.</source>
        <translation>按固定顺序，以交换格式（JSON Lines）写出工作区的记录。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only records of this type (%1).</source>
        <translation>仅导出该类型的记录（%1）。</translation>
    </message>
    <message>
        <source>export: -o FILE is required</source>
        <translation>export：必须提供 -o FILE</translation>
    </message>
    <message>
        <source>export: --type must be one of %1</source>
        <translation>export：--type 必须是 %1 之一</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>已将 %1 条记录导出到 %2</translation>
    </message>
    <message>
        <source>%1: %2 records: %3 added, %4 updated, %5 unchanged, %6 rejected</source>
        <translation>%1：%2 条记录：新增 %3 条，更新 %4 条，未变 %5 条，拒收 %6 条</translation>
    </message>
    <message>
        <source>%1: rejected records and their reasons written to %2</source>
        <translation>%1：拒收的记录及其原因已写入 %2</translation>
    </message>
    <message>
        <source>reading %1: %2 records</source>
        <translation>正在读取 %1：%2 条记录</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>正在检查引用</translation>
    </message>
    <message>
        <source>assigning deadlines</source>
        <translation>正在设定期限</translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>pass %1: %2</source>
        <translation>第 %1 遍：%2</translation>
    </message>
    <message>
        <source>Import interchange files (JSON Lines or CSV) into a workspace. By default nothing is written unless every record is valid.</source>
        <translation>将交换文件（JSON Lines 或 CSV）导入工作区。默认情况下，只有在全部记录均有效时才会写入。</translation>
    </message>
    <message>
        <source>Write the valid records; write the rejected ones, with their reasons, to FILE.rejects.</source>
        <translation>写入有效记录；将拒收的记录及其原因写入 FILE.rejects。</translation>
    </message>
    <message>
        <source>Replace records whose id exists in the workspace with different content.</source>
        <translation>替换工作区中 ID 已存在但内容不同的记录。</translation>
    </message>
    <message>
        <source>Encoding of CSV files: UTF-8, GB18030 or GBK (default: detected).</source>
        <translation>CSV 文件的编码：UTF-8、GB18030 或 GBK（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Errors listed before the rest are only counted (default 1000).</source>
        <translation>列出的错误数上限，超出部分仅计数（默认 1000）。</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>在标准错误中报告进度。</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>import: name at least one FILE</source>
        <translation>import：请至少指定一个 FILE</translation>
    </message>
    <message>
        <source>import: unknown encoding &quot;%1&quot;</source>
        <translation>import：未知编码“%1”</translation>
    </message>
    <message>
        <source>import: --max-errors must be a whole number</source>
        <translation>import：--max-errors 必须是整数</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… 另有 %1 个错误</translation>
    </message>
    <message>
        <source>nothing was imported (errors: %1); fix them or use --skip-invalid</source>
        <translation>未导入任何内容（错误：%1）；请修正错误或使用 --skip-invalid</translation>
    </message>
    <message>
        <source>Deadlines assigned: %1</source>
        <translation>已设定期限：%1</translation>
    </message>
    <message>
        <source>Trace a generation or complaint back to its training data, or a dataset forward to the model versions and open items it reached. Prints JSON.</source>
        <translation>将生成内容或投诉回溯至其训练数据，或将数据集向后追踪至其影响的模型版本和未结条目。输出 JSON。</translation>
    </message>
    <message>
        <source>Trace this generation.</source>
        <translation>追溯该生成内容。</translation>
    </message>
    <message>
        <source>Trace this complaint.</source>
        <translation>追溯该投诉。</translation>
    </message>
    <message>
        <source>Show the impact of this dataset.</source>
        <translation>显示该数据集的影响范围。</translation>
    </message>
    <message>
        <source>trace: give exactly one of --generation, --complaint or --dataset</source>
        <translation>trace：--generation、--complaint 与 --dataset 必须且只能提供一个</translation>
    </message>
    <message>
        <source>  seq %1 at %2 by %3: %4 %5 %6</source>
        <translation>  序号 %1，时间 %2，操作人 %3：%4 %5 %6</translation>
    </message>
    <message>
        <source>  before: %1</source>
        <translation>  修改前：%1</translation>
    </message>
    <message>
        <source>  after: %1</source>
        <translation>  修改后：%1</translation>
    </message>
    <message>
        <source>  prev_hash %1</source>
        <translation>  prev_hash %1</translation>
    </message>
    <message>
        <source>  hash %1</source>
        <translation>  hash %1</translation>
    </message>
    <message>
        <source>SQLite integrity: ok</source>
        <translation>SQLite 完整性：正常</translation>
    </message>
    <message>
        <source>SQLite integrity: DAMAGED</source>
        <translation>SQLite 完整性：已损坏</translation>
    </message>
    <message>
        <source>Append-only guards: present</source>
        <translation>仅追加保护：存在</translation>
    </message>
    <message>
        <source>Append-only guards: MISSING (%1): the audit log was opened for editing</source>
        <translation>仅追加保护：缺失（%1）：审计日志曾被开放编辑</translation>
    </message>
    <message>
        <source>Audit chain: intact, %1 entries, head %2</source>
        <translation>审计链：完整，共 %1 条记录，链头 %2</translation>
    </message>
    <message>
        <source>Audit chain: BROKEN at entry %1: %2</source>
        <translation>审计链：在第 %1 条记录处断开：%2</translation>
    </message>
    <message>
        <source>Anchor %1: NOT FOUND: the log was rewritten or truncated up to it</source>
        <translation>锚点 %1：未找到：日志在该锚点及之前已被重写或截断</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s quicker quick_check instead of the full integrity_check.</source>
        <translation>运行较快的 SQLite quick_check，而非完整的 integrity_check。</translation>
    </message>
    <message>
        <source>A hash printed by an earlier verify: it must still be in the chain.</source>
        <translation>先前 verify 输出的哈希值：该值必须仍在链中。</translation>
    </message>
    <message>
        <source>%1 failed verification</source>
        <translation>%1 未通过校验</translation>
    </message>
    <message>
        <source>Import interchange files (JSON Lines, CSV).</source>
        <translation>导入交换文件（JSON Lines、CSV）。</translation>
    </message>
    <message>
        <source>Export records in the interchange format.</source>
        <translation>以交换格式导出记录。</translation>
    </message>
    <message>
        <source>Open and work review cases.</source>
        <translation>开立和处理审查案件。</translation>
    </message>
    <message>
        <source>Check a workspace&apos;s integrity and audit chain.</source>
        <translation>检查工作区的完整性和审计链。</translation>
    </message>
    <message>
        <source>Trace an item to its training data, or a dataset to what it reached.</source>
        <translation>将条目追溯至其训练数据，或追踪数据集的影响范围。</translation>
    </message>
    <message>
        <source>generations</source>
        <translation>生成内容</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Build the full-text search indexes of the generations and complaints.</source>
        <translation>为生成内容和投诉建立全文搜索索引。</translation>
    </message>
    <message>
        <source>Empty the indexes and build them again (needed after a VACUUM, which may renumber rows).</source>
        <translation>清空索引后重新建立（执行 VACUUM 后需要，因为 VACUUM 可能会重新编号行）。</translation>
    </message>
    <message>
        <source>%1: %2 % indexed</source>
        <translation>%1：已索引 %2%</translation>
    </message>
    <message>
        <source>%1: search index complete</source>
        <translation>%1：搜索索引已建立完成</translation>
    </message>
    <message>
        <source>report: --%1 must be YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>report：--%1 必须为 YYYY-MM-DD 格式，而不是“%2”</translation>
    </message>
    <message>
        <source>deadlines, case, provider or complaints.</source>
        <translation>deadlines、case、provider 或 complaints。</translation>
    </message>
    <message>
        <source>The case (case report).</source>
        <translation>审查案件（用于审查案件报告）。</translation>
    </message>
    <message>
        <source>The provider (provider report; narrows others).</source>
        <translation>服务提供者（用于服务提供者检查报告；用于其他报告时缩小范围）。</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>统计期间的第一天。</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>统计期间的最后一天。</translation>
    </message>
    <message>
        <source>Judge statuses as of this day (default: today).</source>
        <translation>按此日期判定状态（默认：今天）。</translation>
    </message>
    <message>
        <source>pdf, html, csv or json.</source>
        <translation>pdf、html、csv 或 json。</translation>
    </message>
    <message>
        <source>Leave personal information unmasked (supervisors only; audited).</source>
        <translation>不对个人信息脱敏（仅限主管；将记入审计日志）。</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>要写入的报告文件。</translation>
    </message>
    <message>
        <source>Export an inspection report. The global --lang chooses its language.</source>
        <translation>导出检查报告。报告语言由全局选项 --lang 决定。</translation>
    </message>
    <message>
        <source>report: --kind must be deadlines, case, provider or complaints, not &apos;%1&apos;</source>
        <translation>report：--kind 必须为 deadlines、case、provider 或 complaints，而不是“%1”</translation>
    </message>
    <message>
        <source>report: --format must be pdf, html, csv or json, not &apos;%1&apos;</source>
        <translation>report：--format 必须为 pdf、html、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>report: -o FILE is required</source>
        <translation>report：必须提供 -o FILE</translation>
    </message>
    <message>
        <source>report: --from and --to are required</source>
        <translation>report：必须提供 --from 和 --to</translation>
    </message>
    <message>
        <source>report: --to is before --from</source>
        <translation>report：--to 早于 --from</translation>
    </message>
    <message>
        <source>report: --case is required for --kind case</source>
        <translation>report：--kind case 须提供 --case</translation>
    </message>
    <message>
        <source>report: --provider is required for --kind provider</source>
        <translation>report：--kind provider 须提供 --provider</translation>
    </message>
    <message>
        <source>Build the full-text search indexes.</source>
        <translation>建立全文搜索索引。</translation>
    </message>
    <message>
        <source>Export an inspection report (PDF, HTML, CSV, JSON).</source>
        <translation>导出检查报告（PDF、HTML、CSV、JSON）。</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang 只能是以下之一：%1</translation>
    </message>
    <message>
        <source>report: --%1 does not apply to --kind case</source>
        <translation>report：--%1 不适用于 --kind case</translation>
    </message>
    <message>
        <source>report: --case applies to --kind case only</source>
        <translation>report：--case 仅适用于 --kind case</translation>
    </message>
    <message>
        <source>Copy a workspace to a team server (postgresql://user@host:port/database) or from one back to a new workspace file. The copy commits only after every table&apos;s row count and the audit chain have been checked against the source. The server&apos;s password is taken from PGPASSWORD or ~/.pgpass.</source>
        <translation>将工作区复制到团队服务器（postgresql://用户@主机:端口/数据库），或从服务器复制回新的工作区文件。只有在每个数据表的行数和审计链都与源核对一致后，复制才会提交。服务器密码取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The workspace to copy: a file or a server address.</source>
        <translation>要复制的工作区：文件或服务器地址。</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or a server address naming an empty database.</source>
        <translation>复制到何处：新文件，或指向空数据库的服务器地址。</translation>
    </message>
    <message>
        <source>migrate: --from SOURCE and --to TARGET are required</source>
        <translation>migrate：必须提供 --from 源 和 --to 目标</translation>
    </message>
    <message>
        <source>migrate: --from and --to name the same workspace</source>
        <translation>migrate：--from 与 --to 指向同一个工作区</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1：%2 行</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>已将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>These workspace users have no login on the server yet, so the server gives them no access until the administrator creates one and a supervisor sets their role again: %1</source>
        <translation>以下工作区用户在服务器上还没有登录名，因此在管理员创建登录名、且主管重新设置其角色之前，服务器不给予其任何访问权限：%1</translation>
    </message>
    <message>
        <source>Copy a workspace to a team server (PostgreSQL) or back.</source>
        <translation>将工作区复制到团队服务器（PostgreSQL）或复制回来。</translation>
    </message>
    <message>
        <source>Act as this workspace user (default: the OS user). Files only: on a server the login acts.</source>
        <translation>以此工作区用户身份操作（默认：操作系统用户）。仅适用于文件：在服务器上以登录名身份操作。</translation>
    </message>
    <message>
        <source>A team workspace on a PostgreSQL server instead of a file: postgresql://user@host:port/database. The password is taken from PGPASSWORD or ~/.pgpass, never from the command line; the acting user is the server login.</source>
        <translation>PostgreSQL 服务器上的团队工作区（代替文件）：postgresql://用户@主机:端口/数据库。密码取自 PGPASSWORD 或 ~/.pgpass，绝不从命令行读取；操作用户为服务器登录名。</translation>
    </message>
    <message>
        <source>%1: --db PATH or --server URL is required</source>
        <translation>%1：必须指定 --db PATH 或 --server URL</translation>
    </message>
    <message>
        <source>%1: give --db PATH or --server URL, not both</source>
        <translation>%1：只能指定 --db PATH 或 --server URL 之一，不能同时指定</translation>
    </message>
    <message>
        <source>%1: --server %2</source>
        <translation>%1：--server %2</translation>
    </message>
    <message>
        <source>%1: --user does not apply to a team workspace: the server login (%2 in the address) is the acting user</source>
        <translation>%1：--user 不适用于团队工作区：操作用户为服务器登录名（地址中的 %2）</translation>
    </message>
    <message>
        <source>Search index: %1% of the generations indexed; &apos;auditbench-cli index %2&apos; completes it (the application also builds it in the background)</source>
        <translation>搜索索引：已索引 %1% 的生成内容；运行“auditbench-cli index %2”可完成索引（应用程序也会在后台建立索引）</translation>
    </message>
    <message>
        <source>A team workspace&apos;s search indexes are the server&apos;s own and always complete: nothing to build.</source>
        <translation>团队工作区的搜索索引由服务器自行维护，始终完整：无需建立。</translation>
    </message>
    <message>
        <source>Create a new workspace file. A team workspace is not made here: create a file, then copy it to an empty database on the server with &apos;auditbench-cli migrate --from FILE --to postgresql://user@host:port/database&apos;.</source>
        <translation>新建工作区文件。团队工作区不在此创建：请先创建文件，再用“auditbench-cli migrate --from FILE --to postgresql://用户@主机:端口/数据库”将其复制到服务器上的空数据库。</translation>
    </message>
    <message>
        <source>init: --server is not supported: create a workspace file with --db, then copy it to the server with &apos;auditbench-cli migrate --from FILE --to URL&apos;</source>
        <translation>init：不支持 --server：请用 --db 创建工作区文件，再用“auditbench-cli migrate --from FILE --to URL”将其复制到服务器</translation>
    </message>
    <message>
        <source>Check a workspace: SQLite&apos;s integrity check (files only), the append-only guards of the audit log, and its hash chain. Exits with 1 when anything is wrong.</source>
        <translation>检查工作区：SQLite 完整性检查（仅限文件）、审计日志的只追加保护及其哈希链。发现任何问题时以 1 退出。</translation>
    </message>
    <message>
        <source>Storage integrity: the server&apos;s to check (a team workspace)</source>
        <translation>存储完整性：由服务器负责检查（团队工作区）</translation>
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
    <message>
        <source>Open this team workspace on a PostgreSQL server, postgresql://user@host:port/database. The password is taken from the system keychain, PGPASSWORD or ~/.pgpass, or asked for.</source>
        <translation>打开 PostgreSQL 服务器上的此团队工作区，postgresql://用户@主机:端口/数据库。密码取自系统钥匙串、PGPASSWORD 或 ~/.pgpass，否则会询问。</translation>
    </message>
    <message>
        <source>name one workspace: --db PATH, --server URL or a file</source>
        <translation>只能指定一个工作区：--db PATH、--server URL 或一个文件</translation>
    </message>
</context>
</TS>
