<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Open the database at PATH.</source>
        <translation>打开位于 PATH 的数据库。</translation>
    </message>
    <message>
        <source>Use this language for this run (en, zh_CN).</source>
        <translation>本次运行使用此语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Rapport — a desktop CRM for small businesses</source>
        <translation>Rapport — 面向小微企业的桌面客户管理软件</translation>
    </message>
</context>
<context>
    <name>rapport::AboutDialog</name>
    <message>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A desktop CRM for small businesses. Your customers, deals and support history stay in one file on this computer.</source>
        <translation>面向小企业的桌面客户关系管理软件。您的客户、商机和服务记录都保存在这台电脑上的一个文件里。</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt;.</source>
        <translation>自由软件，依据 &lt;a href="%1"&gt;GNU 通用公共许可证第 3 版或更高版本&lt;/a&gt;发布。</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite：</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the version and database details, for example for a problem report</source>
        <translation>复制版本和数据库信息，例如用于报告问题</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityDialog</name>
    <message>
        <source>What was it about?</source>
        <translation>这次沟通的内容是？</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>详细内容（可选）</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <source>Log Email</source>
        <translation>记录邮件</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityRepository</name>
    <message>
        <source>There is no activity with number %1.</source>
        <translation>不存在编号为 %1 的记录。</translation>
    </message>
    <message>
        <source>An activity needs a customer.</source>
        <translation>记录需要关联一位客户。</translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation>请简要写下发生了什么。</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
</context>
<context>
    <name>rapport::AppController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Rapport.sqlite</source>
        <translation>Rapport.sqlite</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation>Rapport 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Rapport 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Making a verified copy of your data…</source>
        <translation>正在为您的数据制作经过校验的副本…</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>无法完成备份。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Your Data Needs Attention</source>
        <translation>您的数据需要处理</translation>
    </message>
    <message>
        <source>Rapport found damage in %1.</source>
        <translation>Rapport 发现 %1 已损坏。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Making the daily backup before closing…</source>
        <translation>正在关闭前进行每日备份…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite)</source>
        <translation>Rapport 备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?</source>
        <translation>要用备份 %2 替换 %1 中的数据吗？</translation>
    </message>
    <message>
        <source>Rapport checks the backup first. Your current file is kept beside it under another name, so nothing is lost.</source>
        <translation>Rapport 会先检查备份。当前文件会以另一个名称保留在旁边，不会丢失任何数据。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>备份未恢复。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation>恢复最新备份</translation>
    </message>
</context>
<context>
    <name>rapport::ArchiveCustomersCommand</name>
    <message numerus="yes">
        <source>Archive %n customer(s)</source>
        <translation><numerusform>归档 %n 位客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n customer(s)</source>
        <translation><numerusform>恢复 %n 位客户</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ArchiveDealCommand</name>
    <message>
        <source>Archive “%1”</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>恢复“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::AudienceExport</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>rapport::BackupService</name>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>无法将 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>The backup copy did not verify, so it was discarded: %1</source>
        <translation>备份副本未通过校验，已丢弃：%1</translation>
    </message>
    <message>
        <source>Cannot rename the backup to %1.</source>
        <translation>无法将备份重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>新建客户分群…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>活动时间：</translation>
    </message>
    <message>
        <source>Target segment:</source>
        <translation>目标分群：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>No segment (add customers later)</source>
        <translation>不选分群（稍后添加客户）</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Build audience</source>
        <translation>生成受众</translation>
    </message>
    <message>
        <source>Add the customers the target segment matches now. Customers who opted out are left out.</source>
        <translation>把目标分群当前匹配的客户加入受众。已退订的客户不会加入。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the audience for a mail-merge or SMS tool (opted-out customers are left out).</source>
        <translation>导出受众，供邮件合并或短信工具使用（不含已退订的客户）。</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>发邮件…</translation>
    </message>
    <message>
        <source>Open the audience in your mail app as BCC, in batches it accepts.</source>
        <translation>在邮件程序中以密送方式打开受众，按其可接受的批量分批。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>成交收入</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>单次转化成本</translation>
    </message>
    <message>
        <source>Return on budget</source>
        <translation>预算回报率</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>将所选标记为：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>No target segment</source>
        <translation>未选目标分群</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) attributed to this campaign</source>
        <translation><numerusform>%n 笔成交商机归功于此活动</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more in other currencies (not added)</source>
        <translation><numerusform>另有 %n 笔为其他币种（未计入）</numerusform></translation>
    </message>
    <message>
        <source>(Won revenue − budget) ÷ budget</source>
        <translation>（成交收入 − 预算）÷ 预算</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Select the members to mark first (Ctrl+A selects them all).</source>
        <translation>请先选择要标记的成员（Ctrl+A 全选）。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n member(s) as %1.</source>
        <translation><numerusform>已将 %n 位成员标记为%1。</numerusform></translation>
    </message>
    <message>
        <source>Choose a target segment for the campaign first (Edit…).</source>
        <translation>请先为活动选择目标分群（编辑…）。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n customer(s) to the audience.</source>
        <translation><numerusform>已将 %n 位客户加入受众。</numerusform></translation>
    </message>
    <message>
        <source>Export audience</source>
        <translation>导出受众</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation><numerusform>已将 %n 位客户导出到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Nobody in the audience has an email address (or everyone opted out).</source>
        <translation>受众中没有人有邮箱地址（或所有人都已退订）。</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete "%1" and its audience? Attributed deals stay, without the campaign. Archive it instead to keep its results.</source>
        <translation>删除“%1”及其受众？归功于它的商机会保留，但不再关联此活动。若想保留结果，请改为归档。</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>名称太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD or CNY.</source>
        <translation>币种必须是三个字母的代码，例如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is no campaign with number %1.</source>
        <translation>没有编号为 %1 的活动。</translation>
    </message>
    <message>
        <source>Choose a segment for the campaign first.</source>
        <translation>请先为活动选择一个分群。</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignText</name>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>SMS / message</source>
        <translation>短信 / 消息</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动现场</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>已选定</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回应</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignsScreen</name>
    <message>
        <source>Double-click a segment to edit it.</source>
        <translation>双击分群即可编辑。</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建分群</translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <source>Customer care…</source>
        <translation>客户关怀…</translation>
    </message>
    <message>
        <source>Birthday and anniversary reminders, and rules that create follow-up tasks.</source>
        <translation>生日和周年提醒，以及自动创建跟进任务的规则。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>还没有营销活动</translation>
    </message>
    <message>
        <source>Pick a group of customers with a segment, prepare a mailing or a promotion for them, and see who responded and what it earned.</source>
        <translation>用分群挑选一组客户，为他们准备邮件或促销，然后查看谁有回应、带来了多少收入。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除分群</translation>
    </message>
    <message>
        <source>Delete the segment "%1"? Campaigns built from it keep their audience.</source>
        <translation>删除分群“%1”？由它生成的活动会保留受众。</translation>
    </message>
</context>
<context>
    <name>rapport::CareDialog</name>
    <message>
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries on Today:</source>
        <translation>“今天”页显示生日和周年：</translation>
    </message>
    <message>
        <source>Rules that create tasks</source>
        <translation>自动创建任务的规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save and run now</source>
        <translation>保存并立即运行</translation>
    </message>
    <message>
        <source>What the rules created (a task is never created twice):</source>
        <translation>规则已创建的任务（同一任务不会重复创建）：</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message numerus="yes">
        <source>Customer care added %n task(s).</source>
        <translation><numerusform>客户关怀已添加 %n 个任务。</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::CareRules</name>
    <message>
        <source>Follow up with %1 after “%2”</source>
        <translation>“%2”成交后跟进 %1</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>问候 %1</translation>
    </message>
    <message>
        <source>Call %1: at risk of leaving</source>
        <translation>致电 %1：有流失风险</translation>
    </message>
    <message>
        <source>Ask %1 for feedback on “%2”</source>
        <translation>请 %1 对“%2”提供反馈</translation>
    </message>
    <message>
        <source>Follow up after a won deal</source>
        <translation>成交后跟进</translation>
    </message>
    <message>
        <source>Check in with Important customers</source>
        <translation>问候重要价值客户</translation>
    </message>
    <message>
        <source>Call At-risk customers</source>
        <translation>致电流失风险客户</translation>
    </message>
    <message>
        <source>Ask for feedback after a ticket</source>
        <translation>工单解决后征求反馈</translation>
    </message>
    <message>
        <source>A task %1 days after each won deal.</source>
        <translation>每笔商机成交 %1 天后创建任务。</translation>
    </message>
    <message>
        <source>A task when an Important customer has not been contacted for %1 days.</source>
        <translation>重要价值客户 %1 天未联系时创建任务。</translation>
    </message>
    <message>
        <source>A call task when an At-risk customer has not been contacted for %1 days.</source>
        <translation>流失风险客户 %1 天未联系时创建电话任务。</translation>
    </message>
    <message>
        <source>A task %1 days after a ticket is resolved without a rating.</source>
        <translation>工单解决后 %1 天仍未评分时创建任务。</translation>
    </message>
</context>
<context>
    <name>rapport::CareScheduler</name>
    <message>
        <source>The customer-care rules could not run: %1</source>
        <translation>客户关怀规则无法运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Customer care added %n task(s).</source>
        <translation><numerusform>客户关怀已添加 %n 个任务。</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ChainVerifier</name>
    <message>
        <source>entry %1 is missing: the log goes from entry %2 to entry %3</source>
        <translation>第 %1 条记录缺失：日志从第 %2 条直接跳到第 %3 条</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing: the log goes from entry %3 to entry %4</source>
        <translation>第 %1 至 %2 条记录缺失：日志从第 %3 条直接跳到第 %4 条</translation>
    </message>
    <message>
        <source>entry 1 does not start the log: it links to an earlier entry that is not there</source>
        <translation>第 1 条记录不是日志的开头：它指向一条并不存在的更早记录</translation>
    </message>
    <message>
        <source>entry %1 does not link to entry %2: entry %2 was changed or replaced</source>
        <translation>第 %1 条记录与第 %2 条记录不衔接：第 %2 条已被修改或替换</translation>
    </message>
    <message>
        <source>entry %1 was edited: its content does not match its hash</source>
        <translation>第 %1 条记录被改动过：内容与其哈希值不符</translation>
    </message>
</context>
<context>
    <name>rapport::ColumnMapping</name>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>第二邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>个人或公司</translation>
    </message>
</context>
<context>
    <name>rapport::ConditionRow</name>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>rapport::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns, but the first row has %3.</source>
        <translation>第 %1 行有 %2 列，但第一行有 %3 列。</translation>
    </message>
    <message>
        <source>Row %1 contains bytes that are not valid %2; they were replaced. If text looks garbled, choose the file's encoding by hand.</source>
        <translation>第 %1 行含有不符合 %2 编码的字节，已被替换。如果文字显示为乱码，请手动选择文件编码。</translation>
    </message>
    <message>
        <source>Row %1: the quoted field that starts on line %2 has no closing quote, so the rest of the file cannot be read. Check that the quote characters (") in that row come in pairs.</source>
        <translation>第 %1 行：从第 %2 行开始的带引号字段没有结束引号，因此无法读取文件的其余部分。请检查该行中的引号（"）是否成对出现。</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has a field longer than %3 characters. The file may be damaged, or a closing quote (") may be missing near line %2.</source>
        <translation>第 %1 行（第 %2 行）有一个字段超过 %3 个字符。文件可能已损坏，或第 %2 行附近缺少结束引号（"）。</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerDraft</name>
    <message>
        <source>No name: fill in a name, a first or last name, or a company.</source>
        <translation>没有姓名：请填写姓名、名或姓，或公司名称。</translation>
    </message>
    <message>
        <source>"%1" is not an email address (expected something like name@example.com).</source>
        <translation>“%1”不是有效的邮箱地址（应类似 name@example.com）。</translation>
    </message>
    <message>
        <source>"%1" is not a birthday Rapport can read (for example 1985-04-12).</source>
        <translation>无法识别生日“%1”（应类似 1985-04-12）。</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerForm</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+86 138 0000 0000</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Referral, website, trade fair…</source>
        <translation>朋友介绍、官网、展会……</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, wholesale</source>
        <translation>用逗号分隔，例如 VIP, 批发</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>备用邮箱：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Pick the company from the list, or create “%1” as a company first.</source>
        <translation>请从列表中选择公司，或先将“%1”创建为公司。</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerHeader</name>
    <message>
        <source>Customer since</source>
        <translation>成为客户</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>累计成交额</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n 位联系人</numerusform></translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>已于 %1 归档</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>The rows with problems could not be saved to %1: %2</source>
        <translation>无法将有问题的行保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerMerger</name>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists.</source>
        <translation>这两个客户中有一个已不存在。</translation>
    </message>
    <message>
        <source>A person and a company cannot be merged.</source>
        <translation>个人和公司不能合并。</translation>
    </message>
    <message>
        <source>The merged customer's number is in use again.</source>
        <translation>被合并客户的编号已被重新使用。</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Back to the customer list</source>
        <translation>返回客户列表</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Archive / Restore</source>
        <translation>归档 / 恢复</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>从归档中恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>这里还没有内容</translation>
    </message>
    <message>
        <source>Calls, emails, meetings and notes you log appear here, together with deals, tickets and finished tasks.</source>
        <translation>您记录的电话、邮件、会议和备注会显示在这里，商机、工单和已完成的任务也一样。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <source>Log Email</source>
        <translation>记录邮件</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n 个商机</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n 个工单</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entry(s)</source>
        <translation><numerusform>%n 条时间线记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n 项任务</numerusform></translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes %2. This cannot be undone.</source>
        <translation>删除“%1”会同时删除 %2。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>要删除“%1”吗？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>The %n person(s) at this company will stay, without a company.</source>
        <translation><numerusform>该公司的 %n 位联系人会保留，但不再属于任何公司。</numerusform></translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Archiving keeps everything and can be undone.</source>
        <translation>归档会保留全部内容，而且可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>删除记录</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPicker</name>
    <message>
        <source>Type a company name</source>
        <translation>输入公司名称</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>输入名称</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerRepository</name>
    <message>
        <source>A name is required.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 500 characters).</source>
        <translation>名称太长（最多 500 个字符）。</translation>
    </message>
    <message>
        <source>"%1" is not an email address (expected something like name@example.com).</source>
        <translation>“%1”不是有效的邮箱地址（应类似 name@example.com）。</translation>
    </message>
    <message>
        <source>"%1" is not a phone number (use digits, spaces, + - ( ) and an optional ext.).</source>
        <translation>“%1”不是有效的电话号码（请使用数字、空格、+ - ( )，可加分机号 ext.）。</translation>
    </message>
    <message>
        <source>A company cannot belong to another company.</source>
        <translation>公司不能隶属于另一家公司。</translation>
    </message>
    <message>
        <source>A customer cannot belong to itself.</source>
        <translation>客户不能隶属于自己。</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>不存在编号为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no data.</source>
        <translation>%1 是空的：没有标题行，也没有数据。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价值分层</translation>
    </message>
</context>
<context>
    <name>rapport::CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Filter by name, company, email or phone</source>
        <translation>按名称、公司、邮箱或电话筛选</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>个人和公司</translation>
    </message>
    <message>
        <source>People</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Exporting to CSV and vCard arrives with the import and export feature.</source>
        <translation>导出为 CSV 和 vCard 将随导入导出功能一同推出。</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n 位客户</numerusform></translation>
    </message>
    <message>
        <source>No matching customers</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <source>No customers match “%1”</source>
        <translation>没有客户符合“%1”</translation>
    </message>
    <message>
        <source>Check the spelling, or clear the filters to see everyone.</source>
        <translation>请检查拼写，或清除筛选条件以查看所有客户。</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add the people and companies you sell to. Everything you do with them — calls, deals, tickets — collects on their page.</source>
        <translation>添加您的客户，无论个人还是公司。与他们的所有往来——电话、商机、工单——都会汇集在各自的页面上。</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n customer(s). Undo brings them back.</source>
        <translation><numerusform>已归档 %n 位客户。撤销即可恢复。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n customer(s).</source>
        <translation><numerusform>已恢复 %n 位客户。</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Show only the customers of a saved segment (Campaigns screen).</source>
        <translation>只显示某个已保存分群中的客户（在“营销活动”页面管理）。</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无分层</translation>
    </message>
    <message>
        <source>Value tiers come from won deals of the last 24 months; see Reports › Customer value tiers.</source>
        <translation>价值分层来自最近 24 个月的赢单商机；详见“报表 › 客户价值分层”。</translation>
    </message>
    <message>
        <source>Segments hold active customers only.</source>
        <translation>分群只包含活跃客户。</translation>
    </message>
</context>
<context>
    <name>rapport::DataActions</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation><numerusform>已将 %n 条记录导出到 %1。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Customers as CSV (Excel)…</source>
        <translation>客户导出为 CSV（Excel）…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Customers as vCard (Contacts)…</source>
        <translation>客户导出为 vCard（通讯录）…</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>Deals as CSV…</source>
        <translation>交易导出为 CSV…</translation>
    </message>
    <message>
        <source>Tickets as CSV…</source>
        <translation>工单导出为 CSV…</translation>
    </message>
    <message>
        <source>Activities as CSV…</source>
        <translation>活动导出为 CSV…</translation>
    </message>
    <message>
        <source>Tasks as iCalendar (Calendar)…</source>
        <translation>任务导出为 iCalendar（日历）…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Customers…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>CSV 文件 (*.csv);;vCard 文件 (*.vcf)</translation>
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded before use.</source>
        <translation>%1 需要升级后才能使用。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2 It was not changed.</source>
        <translation>无法将 %1 作为数据库读取：%2 文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rapport database. It was not changed.</source>
        <translation>%1 是 SQLite 数据库，但不是 Rapport 数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</source>
        <translation>%1 由更新版本的 Rapport 创建（数据版本 %2，本版本最高只能读取 %3）。文件未被改动。请更新 Rapport。</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>%1: the setting '%2' is '%3' instead of '%4'.</source>
        <translation>%1：设置“%2”的值为“%3”，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 is read-only (or on a read-only disk), so Rapport cannot save changes to it. It was not changed. Copy it to a folder you can write to, or allow writing to it.</source>
        <translation>%1 是只读的（或位于只读磁盘上），Rapport 无法保存对它的更改。文件未被改动。请将其复制到可写入的文件夹，或允许写入该文件。</translation>
    </message>
</context>
<context>
    <name>rapport::DatabaseFileSetup</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>无法将 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch the database to write-ahead logging.</source>
        <translation>无法将数据库切换为预写日志（WAL）模式。</translation>
    </message>
</context>
<context>
    <name>rapport::DatabaseLock</name>
    <message>
        <source>The database %1 is in use by %2 on %3 (process %4). Close it there first.</source>
        <translation>数据库 %1 正被 %3 上的 %2 使用（进程 %4）。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, or its folder cannot be written.</source>
        <translation>数据库 %1 正被其他程序使用，或其所在文件夹无法写入。</translation>
    </message>
</context>
<context>
    <name>rapport::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>在此阶段 %n 天</numerusform></translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>无预计成交日</translation>
    </message>
</context>
<context>
    <name>rapport::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>e.g. 20 office chairs</source>
        <translation>例如：20 把办公椅</translation>
    </message>
    <message>
        <source>Deal:</source>
        <translation>商机：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交：</translation>
    </message>
    <message>
        <source>Give the deal a short title.</source>
        <translation>请为商机起一个简短的标题。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type a number such as %2.</source>
        <translation>“%1”不是有效金额。请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>营销活动：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>rapport::DealListModel</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
</context>
<context>
    <name>rapport::DealOutcomeDialog</name>
    <message>
        <source>Mark as Won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <source>“%1” with %2, %3</source>
        <translation>“%1”，客户 %2，%3</translation>
    </message>
    <message>
        <source>Won on:</source>
        <translation>赢单日期：</translation>
    </message>
    <message>
        <source>Lost on:</source>
        <translation>输单日期：</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>价格太高</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>迟迟未决定</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>不满足需求</translation>
    </message>
    <message>
        <source>Why was it lost? (optional)</source>
        <translation>为什么输单？（可选）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>rapport::DealPage</name>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Back to the pipeline</source>
        <translation>返回销售管道</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <source>Log Email</source>
        <translation>记录邮件</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Nothing logged on this deal yet</source>
        <translation>此商机还没有任何记录</translation>
    </message>
    <message>
        <source>Calls, emails and meetings you log here appear with every stage change.</source>
        <translation>在这里记录的电话、邮件和会议会与每次阶段变更一起显示。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Expected close %1</source>
        <translation>预计成交 %1</translation>
    </message>
    <message>
        <source>No expected close date</source>
        <translation>无预计成交日</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>在此阶段 %n 天</numerusform></translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <source>Won on %1. Click a stage to reopen it.</source>
        <translation>已于 %1 赢单。点击某个阶段可重新打开。</translation>
    </message>
    <message>
        <source>Lost on %1. Click a stage to reopen it.</source>
        <translation>已于 %1 输单。点击某个阶段可重新打开。</translation>
    </message>
    <message>
        <source>Lost on %1: %2. Click a stage to reopen it.</source>
        <translation>已于 %1 输单：%2。点击某个阶段可重新打开。</translation>
    </message>
    <message>
        <source>The expected close date has passed. Move the date or close the deal.</source>
        <translation>预计成交日已过。请调整日期或结束此商机。</translation>
    </message>
    <message numerus="yes">
        <source>No stage change for %n day(s). Time for a follow-up?</source>
        <translation><numerusform>已 %n 天没有推进阶段。该跟进了吧？</numerusform></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>Move to %1 (%2% probability)</source>
        <translation>移到“%1”（赢单概率 %2%）</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>已将“%1”移到“%2”。</translation>
    </message>
    <message>
        <source>“%1” is won. Congratulations!</source>
        <translation>“%1”已赢单，恭喜！</translation>
    </message>
</context>
<context>
    <name>rapport::DealRepository</name>
    <message>
        <source>There is no pipeline stage with number %1.</source>
        <translation>不存在编号为 %1 的销售阶段。</translation>
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation>不存在编号为 %1 的商机。</translation>
    </message>
    <message>
        <source>The stage “%1” was removed from the pipeline.</source>
        <translation>阶段“%1”已从销售管道中移除。</translation>
    </message>
    <message>
        <source>“%1” has moved again since; it was left where it is.</source>
        <translation>“%1”此后又被移动过，因此保持不变。</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>商机需要一个标题。</translation>
    </message>
    <message>
        <source>A deal needs a customer.</source>
        <translation>商机需要关联一位客户。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD or CNY.</source>
        <translation>币种必须是三个字母的代码，例如 USD 或 CNY。</translation>
    </message>
</context>
<context>
    <name>rapport::DealTableModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>在此阶段 %n 天</numerusform></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>阶段停留</translation>
    </message>
</context>
<context>
    <name>rapport::DealsScreen</name>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>No matching deals</source>
        <translation>没有符合条件的商机</translation>
    </message>
    <message>
        <source>Change or clear the filters to see more deals.</source>
        <translation>修改或清除筛选条件以查看更多商机。</translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>没有进行中的商机</translation>
    </message>
    <message>
        <source>A deal is a sale in the making: a quote asked for, an order under discussion. Add one and move it from stage to stage until it is won.</source>
        <translation>商机就是正在进行的销售：客户询了价，或正在商谈的订单。添加一个商机，然后逐个阶段推进，直到赢单。</translation>
    </message>
    <message>
        <source>Filter by deal title</source>
        <translation>按商机名称筛选</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any close month</source>
        <translation>任意成交月份</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n 个商机</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) · weighted %1</source>
        <translation><numerusform>%n 个进行中的商机 · 加权 %1</numerusform></translation>
    </message>
    <message>
        <source>Moved “%1” to %2. Undo with %3.</source>
        <translation>已将“%1”移到“%2”。按 %3 可撤销。</translation>
    </message>
</context>
<context>
    <name>rapport::DeleteActivityCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>rapport::DeleteCustomerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>rapport::DeleteTaskCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::DemoGenerator</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消，未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicateFinder</name>
    <message>
        <source>Same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>姓名相同</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Find Duplicate Customers</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能的重复</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>相同内容</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No likely duplicates: every customer has their own email, phone and name.</source>
        <translation>没有发现可能重复的客户：每位客户的邮箱、电话和姓名都不相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of customers look like the same person or company. Merging keeps the first and moves everything of the second to it; Edit &gt; Undo takes a merge back.</source>
        <translation><numerusform>有 %n 对客户看起来是同一个人或同一家公司。合并会保留第一个，并把第二个的所有资料移到第一个名下；“编辑 &gt; 撤销”可以取消合并。</numerusform></translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>已将 %1 合并到 %2。</translation>
    </message>
</context>
<context>
    <name>rapport::EditCustomerCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::EditDealCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::EditTicketCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::EncodingDetector</name>
    <message>
        <source>The file starts with a UTF-8 byte-order mark.</source>
        <translation>文件以 UTF-8 字节顺序标记开头。</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte-order mark.</source>
        <translation>文件以 %1 字节顺序标记开头。</translation>
    </message>
    <message>
        <source>The file is %1 text without a byte-order mark, as Excel's "Unicode text" writes.</source>
        <translation>文件是没有字节顺序标记的 %1 文本，与 Excel 的“Unicode 文本”格式相同。</translation>
    </message>
    <message>
        <source>The text so far is plain ASCII; it is read as UTF-8.</source>
        <translation>目前读到的都是纯 ASCII 文本，按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>The text is valid UTF-8.</source>
        <translation>文本是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The text is UTF-8 with %n invalid byte sequence(s); those characters are replaced.</source>
        <translation>文本是 UTF-8，但有 %n 处无效字节，这些字符已被替换。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as Chinese GB18030/GBK.</source>
        <translation>文本不是 UTF-8，按中文 GB18030/GBK 读取。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as Western Windows-1252.</source>
        <translation>文本不是 UTF-8，按西文 Windows-1252 读取。</translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation>按您选择的 %1 读取。</translation>
    </message>
    <message>
        <source>This is an Excel workbook (or another zipped file), not a text file. In Excel, choose File &gt; Save As &gt; CSV UTF-8 and import that file.</source>
        <translation>这是 Excel 工作簿（或其他压缩文件），不是文本文件。请在 Excel 中选择“文件 &gt; 另存为 &gt; CSV UTF-8”，再导入那个文件。</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) or Word document, not a text file. In Excel, choose File &gt; Save As &gt; CSV UTF-8 and import that file.</source>
        <translation>这是旧版 Excel（.xls）或 Word 文档，不是文本文件。请在 Excel 中选择“文件 &gt; 另存为 &gt; CSV UTF-8”，再导入那个文件。</translation>
    </message>
    <message>
        <source>This file contains binary data, not text. Is it the right file?</source>
        <translation>此文件包含二进制数据，不是文本。是不是选错了文件？</translation>
    </message>
</context>
<context>
    <name>rapport::Exporter</name>
    <message>
        <source>That format does not fit: customers export to CSV or vCard (.vcf), tasks to iCalendar (.ics), deals, tickets and activities to CSV.</source>
        <translation>格式不匹配：客户可导出为 CSV 或 vCard（.vcf），任务导出为 iCalendar（.ics），交易、工单和活动导出为 CSV。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>交易：%1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>工单：%1</translation>
    </message>
</context>
<context>
    <name>rapport::FileProbe</name>
    <message>
        <source>there is a write-ahead log (-wal) but no database file</source>
        <translation>存在预写日志（-wal），但没有数据库文件</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is empty but has a write-ahead log (-wal) beside it</source>
        <translation>文件为空，但旁边有预写日志（-wal）</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no data. It was not changed.</source>
        <translation>%1 是空文件（0 字节），不含任何数据。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 不是 Rapport 数据库（不是 SQLite 文件）。文件未被改动。</translation>
    </message>
    <message>
        <source>the file is truncated inside its header</source>
        <translation>文件在文件头内被截断</translation>
    </message>
    <message>
        <source>its header is damaged (page size %1)</source>
        <translation>文件头已损坏（页大小 %1）</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation>文件不完整（%1 字节不是 %2 字节页的整数倍）</translation>
    </message>
    <message>
        <source>the file is truncated (it has %1 of its %2 pages)</source>
        <translation>文件不完整（只有 %2 页中的 %1 页）</translation>
    </message>
    <message>
        <source>a write-ahead log (-wal) lies beside it, but the file does not use one</source>
        <translation>旁边有预写日志（-wal），但该文件并不使用预写日志</translation>
    </message>
    <message>
        <source>%1 has an interrupted change to roll back first.</source>
        <translation>%1 有一次中断的更改需要先回滚。</translation>
    </message>
    <message>
        <source>it cannot be read as a database (%1)</source>
        <translation>无法作为数据库读取（%1）</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rapport database. It was not changed.</source>
        <translation>%1 是 SQLite 数据库，但不是 Rapport 数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (data version %2; this version reads up to %3). It was not changed. Please update Rapport.</source>
        <translation>%1 由更新版本的 Rapport 创建（数据版本 %2，本版本最高只能读取 %3）。文件未被改动。请更新 Rapport。</translation>
    </message>
    <message>
        <source>its tables do not match its data version %1</source>
        <translation>其数据表与数据版本 %1 不符</translation>
    </message>
    <message>
        <source>SQLite's quick check failed (%1)</source>
        <translation>SQLite 快速检查未通过（%1）</translation>
    </message>
    <message>
        <source> No backup was found in %1.</source>
        <translation> 在 %1 中未找到备份。</translation>
    </message>
    <message>
        <source> The newest verified backup is %1 (made %2 UTC); restore it to go back to that point.</source>
        <translation> 最新的已校验备份是 %1（制作于 UTC %2）；恢复它即可回到那个时间点。</translation>
    </message>
    <message>
        <source>some of its pages cannot be read</source>
        <translation>部分数据页无法读取</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. It was not changed.</source>
        <translation>%1 已损坏：%2。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: %2. Opening it would apply that log to the wrong file, so neither file was changed.</source>
        <translation>无法安全打开 %1：%2。打开它会把该日志应用到错误的文件上，因此两个文件都未被改动。</translation>
    </message>
    <message>
        <source>the write-ahead log beside it (-wal) is cut short</source>
        <translation>旁边的预写日志（-wal）不完整</translation>
    </message>
    <message>
        <source>the file beside it named -wal is not a write-ahead log</source>
        <translation>旁边名为 -wal 的文件不是预写日志</translation>
    </message>
    <message>
        <source>the write-ahead log beside it (-wal) belongs to another database</source>
        <translation>旁边的预写日志（-wal）属于另一个数据库</translation>
    </message>
</context>
<context>
    <name>rapport::Forecast</name>
    <message>
        <source>Open deals by the month they are expected to close, for this month and the next five. Weighted is each deal's amount times the win probability of its stage, so it is what the pipeline is likely to bring in. Won is what has already been won in that month. Open deals whose expected close date has passed are shown apart as overdue. The target is the monthly revenue target you set. This report always looks ahead from today, whatever period the other reports cover.</source>
        <translation>按预计成交月份统计进行中的商机，涵盖本月及之后五个月。加权金额是每个商机的金额乘以其所处阶段的赢单概率，即销售管道可能带来的收入。已赢单是该月已经赢得的金额。预计成交日期已过的进行中商机单独列为逾期。目标是您设定的月度收入目标。无论其他报表覆盖哪个期间，本报表始终从今天起向前看。</translation>
    </message>
</context>
<context>
    <name>rapport::FormDialog</name>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Choose a customer from the list first.</source>
        <translation>请先从列表中选择一位客户。</translation>
    </message>
</context>
<context>
    <name>rapport::Format</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n 分钟前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation><numerusform>%n 分钟后</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n 小时前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation><numerusform>%n 小时后</numerusform></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n 天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>%n 天后</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n 分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>备用邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1（已删除）</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Bring in customers from a spreadsheet (CSV, as Excel, Numbers or Google Sheets save it), a contacts export from Google or Outlook, or a phone's vCard (.vcf) file. Nothing is written until you have seen what the import will do.</source>
        <translation>从电子表格（Excel、Numbers 或 Google 表格保存的 CSV）、Google 或 Outlook 导出的联系人，或手机的 vCard（.vcf）文件导入客户。在您看到导入结果预览之前，不会写入任何数据。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Customers (CSV or vCard)</source>
        <translation>客户（CSV 或 vCard）</translation>
    </message>
    <message>
        <source>Deals (CSV)</source>
        <translation>交易（CSV）</translation>
    </message>
    <message>
        <source>Activities (CSV)</source>
        <translation>活动（CSV）</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>Skip them (keep what Rapport has)</source>
        <translation>跳过（保留 Rapport 中已有的）</translation>
    </message>
    <message>
        <source>Update them with the file's values</source>
        <translation>用文件中的内容更新</translation>
    </message>
    <message>
        <source>Add them anyway as new records</source>
        <translation>仍然作为新记录添加</translation>
    </message>
    <message>
        <source>Rows already in Rapport:</source>
        <translation>Rapport 中已有的记录：</translation>
    </message>
    <message>
        <source>Check how each column will be read; change any that Rapport guessed wrong. Below, the first rows as they will be stored.</source>
        <translation>请检查每一列的读取方式，如有猜错请修改。下方是前几行保存后的样子。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Save Rows with Problems…</source>
        <translation>保存有问题的行(&amp;S)…</translation>
    </message>
    <message>
        <source>A CSV of these rows with the reason, to fix in a spreadsheet and import again.</source>
        <translation>把这些行及原因保存为 CSV，可在电子表格中修改后重新导入。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Contacts and spreadsheets (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>联系人和电子表格 (*.csv *.txt *.tsv *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: vCard, %2</source>
        <translation>%1：vCard，%2</translation>
    </message>
    <message>
        <source>%1: %2, separated by %3</source>
        <translation>%1：%2，以%3分隔</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>The file could not be imported: %1&lt;br&gt;Nothing was changed.</source>
        <translation>无法导入此文件：%1&lt;br&gt;没有做任何更改。</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 rows/s).</source>
        <translation>已导入 %1 行（每秒 %2 行）。</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation><numerusform>大约还需 %n 秒。</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing has been written yet.&lt;/b&gt; Importing %1 rows will:</source>
        <translation>&lt;b&gt;尚未写入任何数据。&lt;/b&gt;导入这 %1 行将会：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; %1 rows were read:</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;共读取 %1 行：</translation>
    </message>
    <message>
        <source>add &lt;b&gt;%1&lt;/b&gt; new</source>
        <translation>新增 &lt;b&gt;%1&lt;/b&gt; 条</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; added</source>
        <translation>已新增 &lt;b&gt;%1&lt;/b&gt; 条</translation>
    </message>
    <message>
        <source>update &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>更新 &lt;b&gt;%1&lt;/b&gt; 条</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; updated</source>
        <translation>已更新 &lt;b&gt;%1&lt;/b&gt; 条</translation>
    </message>
    <message>
        <source>leave &lt;b&gt;%1&lt;/b&gt; duplicates as they are</source>
        <translation>保留 &lt;b&gt;%1&lt;/b&gt; 条重复记录不变</translation>
    </message>
    <message>
        <source>skip &lt;b&gt;%1&lt;/b&gt; rows with problems (listed below)</source>
        <translation>跳过 &lt;b&gt;%1&lt;/b&gt; 条有问题的行（见下方列表）</translation>
    </message>
    <message>
        <source>add &lt;b&gt;%1&lt;/b&gt; companies named in the Company column</source>
        <translation>新增“公司”列中提到的 &lt;b&gt;%1&lt;/b&gt; 家公司</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Save Rows with Problems</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-问题行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
</context>
<context>
    <name>rapport::IntegrityChecker</name>
    <message>
        <source>the log could not be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a %3 row that does not exist</source>
        <translation>%1 的第 %2 行引用了不存在的 %3 行</translation>
    </message>
</context>
<context>
    <name>rapport::KpiTiles</name>
    <message>
        <source>Revenue this month</source>
        <translation>本月收入</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权销售管道</translation>
    </message>
    <message>
        <source>Win rate, last 90 days</source>
        <translation>最近 90 天赢单率</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>%1 of the %2 target</source>
        <translation>已达成目标 %2 的 %1</translation>
    </message>
    <message>
        <source>No target set for this month</source>
        <translation>本月尚未设置目标</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted by stage</source>
        <translation><numerusform>%n 个进行中商机，按阶段加权</numerusform></translation>
    </message>
    <message>
        <source>%1 won of %2 closed</source>
        <translation>已关闭 %2 个，赢单 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n past their promised time</source>
        <translation><numerusform>%n 个已超过承诺时限</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::Kpis</name>
    <message>
        <source>Each month of the period against the targets you set. Revenue is the amount of deals won that month in the business currency. New customers counts companies and individual customers added that month (people added to a company are its contacts and do not count). Tickets within SLA counts tickets resolved that month by their resolution due time.</source>
        <translation>期间内每个月与您设定的目标对比。收入是当月赢单商机的金额（按业务货币）。新客户统计当月新增的公司和个人客户（添加到公司下的人员是其联系人，不计入）。SLA 内解决的工单统计当月在解决时限之前解决的工单。</translation>
    </message>
    <message>
        <source>"%1" is not a month; write it as YYYY-MM.</source>
        <translation>“%1”不是月份；请写成 YYYY-MM 格式。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
</context>
<context>
    <name>rapport::LogActivityCommand</name>
    <message>
        <source>Log %1</source>
        <translation>记录%1</translation>
    </message>
</context>
<context>
    <name>rapport::MailtoDialog</name>
    <message>
        <source>Email the audience</source>
        <translation>给受众发邮件</translation>
    </message>
    <message numerus="yes">
        <source>Your mail app accepts a limited number of recipients per message, so the audience is split into %n batch(es). Open each one; the addresses go in BCC.</source>
        <translation><numerusform>邮件程序每封邮件可接受的收件人数量有限，因此受众被分成 %n 批。请逐批打开；地址放在密送栏。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 — %n address(es)</source>
        <translation><numerusform>第 %1 批 — %n 个地址</numerusform></translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>在邮件程序中打开</translation>
    </message>
    <message>
        <source>Copy addresses</source>
        <translation>复制地址</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>File ▸ Back Up Now makes a verified copy of your data.</source>
        <translation>“文件 ▸ 立即备份”会为您的数据制作一份经过校验的副本。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>新建商机(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Ticket…</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <source>New T&amp;ask…</source>
        <translation>新建任务(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Log Activity…</source>
        <translation>记录沟通(&amp;L)…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Reveal Data &amp;Folder</source>
        <translation>打开数据文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Everywhere…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New customer, deal, ticket, task or activity</source>
        <translation>新建客户、商机、工单、任务或沟通记录</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>搜索 (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>第二邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. Deals, tickets, activities, tasks and tags of &lt;b&gt;%1&lt;/b&gt; move to &lt;b&gt;%2&lt;/b&gt;, and %1 is removed. Edit &gt; Undo takes the merge back.</source>
        <translation>请在两者不同的地方选择要保留的值。&lt;b&gt;%1&lt;/b&gt; 的交易、工单、活动、任务和标签将移到 &lt;b&gt;%2&lt;/b&gt; 名下，%1 将被删除。“编辑 &gt; 撤销”可以取消合并。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>rapport::Migrator</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>将数据库升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>rapport::MoveDealCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>将“%1”移到“%2”</translation>
    </message>
</context>
<context>
    <name>rapport::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>rapport::OutcomeDropZone</name>
    <message>
        <source>Won — drop a deal here to close it as won</source>
        <translation>赢单 — 将商机拖到这里即标记为赢单</translation>
    </message>
    <message>
        <source>Lost — drop a deal here to close it as lost</source>
        <translation>输单 — 将商机拖到这里即标记为输单</translation>
    </message>
</context>
<context>
    <name>rapport::PageCopy</name>
    <message>
        <source>SQLite's backup functions are not reachable.</source>
        <translation>无法使用 SQLite 的备份功能。</translation>
    </message>
    <message>
        <source>Cannot finish the copy %1.</source>
        <translation>无法完成副本 %1。</translation>
    </message>
</context>
<context>
    <name>rapport::Pipeline</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段需要一个名称。</translation>
    </message>
    <message>
        <source>Keep the stage name under 60 characters.</source>
        <translation>阶段名称请不要超过 60 个字符。</translation>
    </message>
    <message>
        <source>The win probability is a percentage from 0 to 100.</source>
        <translation>赢单概率是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <source>Won is always 100% and Lost always 0%.</source>
        <translation>赢单始终为 100%，输单始终为 0%。</translation>
    </message>
    <message>
        <source>The stages changed meanwhile. Open Preferences again.</source>
        <translation>阶段在此期间已被修改。请重新打开偏好设置。</translation>
    </message>
    <message>
        <source>Won and Lost cannot be removed; rename them instead.</source>
        <translation>赢单和输单阶段不能删除，但可以重命名。</translation>
    </message>
    <message>
        <source>Choose another stage for the deals in “%1”.</source>
        <translation>请为“%1”中的商机选择另一个阶段。</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation>销售管道至少需要一个进行中的阶段。</translation>
    </message>
    <message>
        <source>Choose between 1 and 365 days.</source>
        <translation>请选择 1 到 365 天。</translation>
    </message>
</context>
<context>
    <name>rapport::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Your business or trading name</source>
        <translation>您的企业或店铺名称</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The new language is used the next time Rapport starts.</source>
        <translation>新语言将在下次启动 Rapport 时生效。</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, EUR or CNY.</source>
        <translation>请使用三个字母的币种代码，例如 USD、EUR 或 CNY。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Service Levels</source>
        <translation>服务级别</translation>
    </message>
</context>
<context>
    <name>rapport::ReadConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::RecordColumns</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer's email</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind (call, email, meeting…)</source>
        <translation>类型（电话、邮件、会面…）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Direction (in or out)</source>
        <translation>方向（呼入或呼出）</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>"%1" is not an amount (for example 1200.50).</source>
        <translation>“%1”不是有效的金额（应类似 1200.50）。</translation>
    </message>
    <message>
        <source>"%1" is not a date Rapport can read (for example 2026-03-31).</source>
        <translation>无法识别日期“%1”（应类似 2026-03-31）。</translation>
    </message>
    <message>
        <source>No title.</source>
        <translation>没有标题。</translation>
    </message>
    <message>
        <source>No date.</source>
        <translation>没有日期。</translation>
    </message>
    <message>
        <source>No customer: map a column to Customer or Customer's email.</source>
        <translation>没有客户：请把一列设为“客户”或“客户邮箱”。</translation>
    </message>
</context>
<context>
    <name>rapport::RecordImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>A deals file needs a title column and a customer (name or email) column; this one has: %1</source>
        <translation>交易文件需要一个标题列和一个客户（姓名或邮箱）列；此文件的列为：%1</translation>
    </message>
    <message>
        <source>An activities file needs a date column and a customer (name or email) column; this one has: %1</source>
        <translation>活动文件需要一个日期列和一个客户（姓名或邮箱）列；此文件的列为：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The rows with problems could not be saved to %1.</source>
        <translation>无法将有问题的行保存到 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No customer: fill in the customer's name or email.</source>
        <translation>没有客户：请填写客户的姓名或邮箱。</translation>
    </message>
    <message>
        <source>Several customers are called "%1"; give the customer's email instead.</source>
        <translation>有多位客户名叫“%1”，请改填客户的邮箱。</translation>
    </message>
    <message>
        <source>There is no customer "%1" in Rapport; import or add the customer first.</source>
        <translation>Rapport 中没有客户“%1”，请先导入或添加该客户。</translation>
    </message>
    <message>
        <source>No title.</source>
        <translation>没有标题。</translation>
    </message>
    <message>
        <source>"%1" is not an amount (for example 1200.50).</source>
        <translation>“%1”不是有效的金额（应类似 1200.50）。</translation>
    </message>
    <message>
        <source>"%1" is not a currency code (for example CNY or USD).</source>
        <translation>“%1”不是有效的货币代码（应类似 CNY 或 USD）。</translation>
    </message>
    <message>
        <source>"%1" is not a stage of the pipeline (%2).</source>
        <translation>“%1”不是销售流程中的阶段（%2）。</translation>
    </message>
    <message>
        <source>"%1" is not a date Rapport can read (for example 2026-03-31).</source>
        <translation>无法识别日期“%1”（应类似 2026-03-31）。</translation>
    </message>
    <message>
        <source>"%1" is not a kind of activity (call, email, meeting, note or message).</source>
        <translation>“%1”不是有效的活动类型（电话、邮件、会议、备注或消息）。</translation>
    </message>
    <message>
        <source>No date.</source>
        <translation>没有日期。</translation>
    </message>
    <message>
        <source>"%1" is not a date Rapport can read (for example 2026-03-31 14:30).</source>
        <translation>无法识别日期“%1”（应类似 2026-03-31 14:30）。</translation>
    </message>
    <message>
        <source>"%1" is not a duration in minutes (for example 30 or 1:30).</source>
        <translation>“%1”不是以分钟计的时长（应类似 30 或 1:30）。</translation>
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
</context>
<context>
    <name>rapport::RecordVerifier</name>
    <message>
        <source>has no history: it was added without an audit entry</source>
        <translation>没有历史记录：添加时未写入审计记录</translation>
    </message>
    <message>
        <source>exists although its history says it was deleted</source>
        <translation>仍然存在，但其历史记录显示已被删除</translation>
    </message>
    <message>
        <source>was changed without an audit entry: it differs from its history</source>
        <translation>被改动过但没有审计记录：与其历史记录不符</translation>
    </message>
    <message>
        <source>is gone, but its history has no delete</source>
        <translation>已不存在，但其历史记录中没有删除操作</translation>
    </message>
</context>
<context>
    <name>rapport::ReportBuilder</name>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Win rate and sales cycle</source>
        <translation>赢单率与销售周期</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>留存与流失</translation>
    </message>
    <message>
        <source>Customer value tiers</source>
        <translation>客户价值分层</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Targets and KPIs</source>
        <translation>目标与关键指标</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Sales funnel (strict)</source>
        <translation>销售漏斗（严格）</translation>
    </message>
</context>
<context>
    <name>rapport::ReportLayouts</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Deals in the funnel: %1</source>
        <translation>进入漏斗的商机：%1</translation>
    </message>
    <message>
        <source>Overall conversion to won: %1</source>
        <translation>总体赢单转化率：%1</translation>
    </message>
    <message>
        <source>Deals that reached each stage (strict)</source>
        <translation>到达各阶段的商机（严格）</translation>
    </message>
    <message>
        <source>Deals that reached each stage</source>
        <translation>到达各阶段的商机</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>%1 · %2 to next</source>
        <translation>%1 · %2 进入下一阶段</translation>
    </message>
    <message>
        <source>No deals were created in this period.</source>
        <translation>此期间没有新建商机。</translation>
    </message>
    <message>
        <source>Win rate: %1</source>
        <translation>赢单率：%1</translation>
    </message>
    <message>
        <source>Won: %1 · Lost: %2</source>
        <translation>赢单：%1 · 丢单：%2</translation>
    </message>
    <message>
        <source>Days to win: average %1, median %2</source>
        <translation>赢单天数：平均 %1，中位数 %2</translation>
    </message>
    <message>
        <source>Won and lost deals by month</source>
        <translation>每月赢单与丢单</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>各阶段平均停留天数</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Top reasons for lost deals</source>
        <translation>主要丢单原因</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>丢单数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未注明原因）</translation>
    </message>
    <message>
        <source>No deals were lost in this period.</source>
        <translation>此期间没有丢单。</translation>
    </message>
    <message>
        <source>Weighted pipeline, next six months: %1</source>
        <translation>未来六个月加权管道：%1</translation>
    </message>
    <message>
        <source>Overdue open deals: %1 (%2)</source>
        <translation>逾期的进行中商机：%1（%2）</translation>
    </message>
    <message>
        <source>Open deals without a close date: %1 (%2)</source>
        <translation>没有成交日期的进行中商机：%1（%2）</translation>
    </message>
    <message>
        <source>Expected revenue by month</source>
        <translation>每月预计收入</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>进行中金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Repeat-purchase rate: %1 (%2 of %3 new buyers)</source>
        <translation>复购率：%1（%3 位新买家中有 %2 位）</translation>
    </message>
    <message>
        <source>Churned: %1 of %2 buyers (%3), %4 of them bought once</source>
        <translation>流失：%2 位买家中有 %1 位（%3），其中 %4 位只购买过一次</translation>
    </message>
    <message>
        <source>Cohorts: share who bought again, by months after the first purchase</source>
        <translation>同期群：首次购买后各月再次购买的比例</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation>+%1 月</translation>
    </message>
    <message>
        <source>Churned customers, most valuable first</source>
        <translation>流失客户（价值高者在前）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>终身价值</translation>
    </message>
    <message>
        <source>No customer has churned.</source>
        <translation>没有客户流失。</translation>
    </message>
    <message>
        <source>Customers who bought in the last 24 months: %1</source>
        <translation>最近 24 个月有购买的客户：%1</translation>
    </message>
    <message>
        <source>Their purchases: %1</source>
        <translation>其购买金额：%1</translation>
    </message>
    <message>
        <source>Share of revenue by value tier</source>
        <translation>各价值层级的收入占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No customer bought anything in the last 24 months.</source>
        <translation>最近 24 个月没有客户购买。</translation>
    </message>
    <message>
        <source>%1 customers, by revenue</source>
        <translation>%1客户（按收入排序）</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>No customer is in this tier.</source>
        <translation>此层级没有客户。</translation>
    </message>
    <message>
        <source>First response in time: %1</source>
        <translation>按时首次响应：%1</translation>
    </message>
    <message>
        <source>Resolved in time: %1</source>
        <translation>按时解决：%1</translation>
    </message>
    <message>
        <source>Average satisfaction: %1 (%2 rated)</source>
        <translation>平均满意度：%1（%2 个评分）</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per week</source>
        <translation>每周新建与解决的工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>SLA compliance by priority</source>
        <translation>各优先级 SLA 达成率</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>按时首次响应</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Customers with the most tickets</source>
        <translation>工单最多的客户</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>No tickets were opened in this period.</source>
        <translation>此期间没有新建工单。</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Tickets resolved within SLA</source>
        <translation>SLA 内解决的工单</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Targets are set per month on the Reports screen (Set Targets…).</source>
        <translation>目标按月在“报表”页面设置（设置目标…）。</translation>
    </message>
</context>
<context>
    <name>rapport::ReportPack</name>
    <message>
        <source>My business</source>
        <translation>我的企业</translation>
    </message>
    <message>
        <source>Business report</source>
        <translation>经营报告</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；没有写入文件。</translation>
    </message>
</context>
<context>
    <name>rapport::ReportPdf</name>
    <message>
        <source>Generated %1 %2</source>
        <translation>生成于 %1 %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>How this is counted</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>此期间没有可显示的内容。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The pages could not be started (the printer or file is not ready).</source>
        <translation>无法开始输出页面（打印机或文件尚未就绪）。</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；没有写入文件。</translation>
    </message>
    <message>
        <source>"%1" is a folder; give a file name such as report.pdf.</source>
        <translation>“%1”是文件夹；请给出文件名，例如 report.pdf。</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rapport::ReportRange</name>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD, for example 2024-01-31.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD 格式，例如 2024-01-31。</translation>
    </message>
    <message>
        <source>The report needs a start and an end date.</source>
        <translation>报表需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The start date (%1) is after the end date (%2).</source>
        <translation>开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>A report covers at most 20 years.</source>
        <translation>报表最多覆盖 20 年。</translation>
    </message>
</context>
<context>
    <name>rapport::ReportText</name>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month labels in reports, a QDate format: "Jan 2024"; Chinese "yyyy年M月".</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Dates in report titles, a QDate format: "1 Jan 2024"; Chinese "yyyy年M月d日".</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>Month labels under chart bars, a QDate format: "Jan 24"; Chinese "yy年M月".</extracomment>
        <translation>yy年M月</translation>
    </message>
</context>
<context>
    <name>rapport::ReportsScreen</name>
    <message>
        <source>Strict funnel</source>
        <translation>严格漏斗</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Count a deal at a stage only if it went through every earlier stage in order.</source>
        <translation>商机只有按顺序经过之前每个阶段，才计入该阶段。</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Report Pack…</source>
        <translation>导出报告合集…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Set Targets…</source>
        <translation>设置目标…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>无法计算报表：%1</translation>
    </message>
    <message>
        <source>How this is counted</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>报表已保存到 %1</translation>
    </message>
    <message>
        <source>Business report %1.pdf</source>
        <translation>经营报告 %1.pdf</translation>
    </message>
    <message>
        <source>Computing the reports and drawing the pages…</source>
        <translation>正在计算报表并绘制页面…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report pack (%n page(s)) to %1</source>
        <translation><numerusform>报告合集（%n 页）已保存到 %1</numerusform></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
</context>
<context>
    <name>rapport::RestoreService</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The backup did not verify, so nothing was changed: %1</source>
        <translation>备份未通过校验，因此没有做任何改动：%1</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> 没有做任何改动。</translation>
    </message>
    <message>
        <source>The copy of the backup did not verify, so nothing was changed: %1</source>
        <translation>备份的副本未通过校验，因此没有做任何改动：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the copy of the backup, so nothing was changed: %1</source>
        <translation>无法准备备份的副本，因此没有做任何改动：%1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2, so nothing was changed.</source>
        <translation>无法将 %1 移到 %2，因此没有做任何改动。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1; the previous file was put back.</source>
        <translation>无法将备份放到 %1；原文件已放回。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1: %2</source>
        <translation>无法将备份复制到 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::Retention</name>
    <message numerus="yes">
        <source>A purchase is a won deal, dated when it was won. Customers are grouped into monthly cohorts by their first purchase ever; each cohort shows the share of its customers who bought again in each following month, up to the end of the period. The repeat-purchase rate is the share of customers whose first purchase falls in the period who bought a second time before it ended. A customer has churned when their last purchase is longer ago (at the end of the period) than twice their usual gap between purchases, and at least %n days; a customer with one purchase has no usual gap, so only the %n days apply.</source>
        <translation><numerusform>一次购买即一个赢单商机，以赢单时间为准。客户按首次购买的月份分成月度同期群；每个同期群显示其客户在之后每个月再次购买的比例，直到期间结束。复购率是首次购买落在本期间内的客户中，在期间结束前再次购买的比例。若客户最近一次购买距期间结束的时间超过其平常购买间隔的两倍，且至少 %n 天，即视为流失；只购买过一次的客户没有平常间隔，只按 %n 天判断。</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::SalesFunnel</name>
    <message>
        <source>Deals created in the period, whatever happened to them since. Each bar counts the deals that reached that stage according to their stage history, with their total amount in the business currency (amounts in other currencies are counted as deals but not in the totals). Conversion is the share of deals at a stage that reached the next one; overall conversion is won deals divided by deals at the first stage.</source>
        <translation>统计本期间内新建的商机，无论之后结果如何。每个条形按阶段历史统计到达该阶段的商机数及其按业务货币计的总金额（其他货币的商机计入数量但不计入金额）。转化率是某阶段的商机中到达下一阶段的比例；总体转化率是赢单商机数除以第一阶段的商机数。</translation>
    </message>
    <message>
        <source>Strict: a deal counts at a stage only if it went through every earlier stage, in order; a deal that skipped a stage stops counting there.</source>
        <translation>严格口径：商机只有按顺序经过之前每个阶段，才计入该阶段；跳过某阶段的商机从该处起不再计入。</translation>
    </message>
    <message>
        <source>A deal that skipped a stage counts as having passed it, and a won deal counts at every stage.</source>
        <translation>跳过某阶段的商机视为已经过该阶段，赢单商机计入每个阶段。</translation>
    </message>
</context>
<context>
    <name>rapport::SearchPopup</name>
    <message>
        <source>Search customers, people, deals and tickets</source>
        <translation>搜索客户、联系人、商机和工单</translation>
    </message>
    <message>
        <source>Type a name, company, email, phone, deal or ticket. ↑↓ to choose, Enter to open, Esc to close.</source>
        <translation>输入名称、公司、邮箱、电话、商机或工单。↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到与“%1”相关的内容。</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>rapport::SearchResultsModel</name>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>rapport::SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation>编辑分群</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建分群</translation>
    </message>
    <message>
        <source>e.g. Shanghai customers who bought last year</source>
        <translation>例如：去年有购买的上海客户</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>满足以下全部条件</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>满足以下任一条件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Customers matching:</source>
        <translation>匹配客户：</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Complete the conditions to see how many customers match.</source>
        <translation>请填写完整条件，以查看匹配的客户数量。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match</source>
        <translation><numerusform>匹配 %n 位客户</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>分群需要一个名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>名称太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>There is already a segment named "%1".</source>
        <translation>已有名为“%1”的分群。</translation>
    </message>
    <message>
        <source>There is no segment with number %1.</source>
        <translation>没有编号为 %1 的分群。</translation>
    </message>
    <message>
        <source>There is no segment named "%1".</source>
        <translation>没有名为“%1”的分群。</translation>
    </message>
</context>
<context>
    <name>rapport::SegmentRules</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>累计成交额</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>未解决的工单</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未购买</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>has one</source>
        <translation>有</translation>
    </message>
    <message>
        <source>has none</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>%1: "%2" does not apply here.</source>
        <translation>%1：“%2”不适用于此项。</translation>
    </message>
    <message>
        <source>%1: enter a value.</source>
        <translation>%1：请输入一个值。</translation>
    </message>
    <message>
        <source>%1: the value is too long (at most 1,000 characters).</source>
        <translation>%1：值太长（最多 1,000 个字符）。</translation>
    </message>
    <message>
        <source>%1: choose person or company.</source>
        <translation>%1：请选择个人或公司。</translation>
    </message>
    <message>
        <source>%1: choose a tier.</source>
        <translation>%1：请选择一个分层。</translation>
    </message>
    <message>
        <source>%1: enter a date.</source>
        <translation>%1：请输入日期。</translation>
    </message>
    <message>
        <source>%1: enter an amount of zero or more.</source>
        <translation>%1：请输入大于或等于零的金额。</translation>
    </message>
    <message>
        <source>%1: the first amount is larger than the second.</source>
        <translation>%1：第一个金额大于第二个金额。</translation>
    </message>
    <message>
        <source>%1: choose a month.</source>
        <translation>%1：请选择月份。</translation>
    </message>
    <message>
        <source>The segment's conditions cannot be read.</source>
        <translation>无法读取该分群的条件。</translation>
    </message>
    <message>
        <source>The segment has a condition this version does not know.</source>
        <translation>该分群包含此版本无法识别的条件。</translation>
    </message>
    <message>
        <source>Unknown condition.</source>
        <translation>未知条件。</translation>
    </message>
</context>
<context>
    <name>rapport::ServiceReport</name>
    <message>
        <source>Tickets opened and tickets resolved in each week of the period (weeks start on Monday). SLA compliance covers tickets opened in the period: a ticket meets its first-response or resolution promise when it was answered or resolved by the due time; it misses it when that happened late, or has not happened and the due time has passed; tickets still within their time are not counted yet. Satisfaction is the average rating (1 to 5) of tickets resolved in the period that were rated. Most tickets lists the customers who opened the most tickets in the period.</source>
        <translation>本期间每周新建和解决的工单（每周从周一开始）。SLA 达成率针对本期间新建的工单：在时限之前首次响应或解决即为达成；晚于时限完成，或尚未完成且已过时限，即为未达成；仍在时限内的工单暂不计入。满意度是本期间解决并已评分的工单的平均评分（1 到 5）。工单最多的客户列出本期间提交工单最多的客户。</translation>
    </message>
</context>
<context>
    <name>rapport::SlaEditor</name>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>First reply within</source>
        <translation>首次回复时限</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A day is 24 h, a week 168 h. New promises apply to tickets opened from now on; a ticket keeps the times it was given.</source>
        <translation>一天为 24 小时，一周为 168 小时。新的承诺时限适用于今后创建的工单；已有工单保留当时的时限。</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::SlaPolicy</name>
    <message>
        <source>Promised times are between one minute and a year.</source>
        <translation>承诺时限须在一分钟到一年之间。</translation>
    </message>
    <message>
        <source>The first reply cannot be promised later than the resolution.</source>
        <translation>首次回复时限不能晚于解决时限。</translation>
    </message>
</context>
<context>
    <name>rapport::SlaText</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>first reply due %1</source>
        <translation>首次回复期限 %1</translation>
    </message>
    <message>
        <source>resolution due %1</source>
        <translation>解决期限 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::Sql</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，更改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only, so the change was not saved.</source>
        <translation>数据库文件为只读，更改未保存。</translation>
    </message>
    <message>
        <source>The database is busy in another program; the change was not saved. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，更改未保存。请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>数据库文件已损坏。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>rapport::StageCardModel</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
</context>
<context>
    <name>rapport::StageColumn</name>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation><numerusform>%n 个商机 · %1</numerusform></translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
</context>
<context>
    <name>rapport::StageEditor</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Won and Lost always come last: drop a deal on them to close it.</source>
        <translation>赢单和输单始终排在最后：将商机拖到上面即可结束。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Mark a deal as needing attention after</source>
        <translation>商机在同一阶段停留超过</translation>
    </message>
    <message>
        <source>in the same stage.</source>
        <translation>后标记为需要关注。</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>删除阶段</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n deal(s) in “%1” to:</source>
        <translation><numerusform>将“%1”中的 %n 个商机移到：</numerusform></translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>每个阶段都需要名称。</translation>
    </message>
</context>
<context>
    <name>rapport::TagCustomersCommand</name>
    <message numerus="yes">
        <source>Tag %n customer(s) “%1”</source>
        <translation><numerusform>为 %n 位客户加上标签“%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>An existing tag or a new one</source>
        <translation>选择已有标签或输入新标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n selected customer(s) with:</source>
        <translation><numerusform>为选中的 %n 位客户添加标签：</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <source>The tag is too long (at most 100 characters).</source>
        <translation>标签太长（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>There is already a tag named "%1".</source>
        <translation>已有名为“%1”的标签。</translation>
    </message>
    <message>
        <source>There is already a tag named "%1". Merge the two tags instead.</source>
        <translation>已有名为“%1”的标签。请改为合并这两个标签。</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
    <message>
        <source>Choose two different tags to merge.</source>
        <translation>请选择两个不同的标签进行合并。</translation>
    </message>
    <message>
        <source>"%1" is not a colour (expected #rrggbb).</source>
        <translation>“%1”不是有效的颜色（应为 #rrggbb）。</translation>
    </message>
</context>
<context>
    <name>rapport::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n customer(s) tagged "%1" this tag instead:</source>
        <translation><numerusform>将带有“%1”标签的 %n 位客户改用此标签：</numerusform></translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag "%1" from %n customer(s)? The customers stay.</source>
        <translation><numerusform>从 %n 位客户中移除标签“%1”？客户本身会保留。</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::TargetsDialog</name>
    <message>
        <source>Monthly Targets</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Tickets resolved within SLA</source>
        <translation>SLA 内解决的工单</translation>
    </message>
    <message>
        <source>Leave a cell empty for no target. Targets show on the Targets and KPIs report, the forecast and the Today screen.</source>
        <translation>单元格留空表示不设目标。目标会显示在“目标与关键指标”报表、销售预测和“今天”页面上。</translation>
    </message>
    <message>
        <source>"%1" is not a target; enter a number, or leave the cell empty.</source>
        <translation>“%1”不是有效的目标；请输入数字，或留空。</translation>
    </message>
</context>
<context>
    <name>rapport::TaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>e.g. Send the quote</source>
        <translation>例如：发送报价单</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Give the task a short title.</source>
        <translation>请为任务起一个简短的标题。</translation>
    </message>
</context>
<context>
    <name>rapport::TaskDoneCommand</name>
    <message>
        <source>Complete “%1”</source>
        <translation>完成“%1”</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>重新打开“%1”</translation>
    </message>
</context>
<context>
    <name>rapport::TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>任务需要一个标题。</translation>
    </message>
    <message>
        <source>There is no task with number %1.</source>
        <translation>不存在编号为 %1 的任务。</translation>
    </message>
</context>
<context>
    <name>rapport::TaskTableModel</name>
    <message>
        <source>Done %1</source>
        <translation>%1完成</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>rapport::TasksScreen</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n 项任务</numerusform></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>没有逾期任务</translation>
    </message>
    <message>
        <source>Every follow-up is on time.</source>
        <translation>所有跟进都很及时。</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天没有到期的任务</translation>
    </message>
    <message>
        <source>Enjoy the quiet, or plan ahead with “Add Task”.</source>
        <translation>享受片刻清闲，或者用“添加任务”提前安排。</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>还没有已完成的任务</translation>
    </message>
    <message>
        <source>Tick a task when it is done and it moves here.</source>
        <translation>勾选已完成的任务，它就会出现在这里。</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>没有任务</translation>
    </message>
    <message>
        <source>Tasks are follow-ups and reminders: call back, send the quote, check in after delivery.</source>
        <translation>任务就是跟进和提醒：回电话、发报价、到货后回访。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Mark as Not Done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Mark as Done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>删除任务</translation>
    </message>
</context>
<context>
    <name>rapport::TicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>e.g. Delivery arrived damaged</source>
        <translation>例如：收到的货物有破损</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What happened, in the customer's words</source>
        <translation>用客户自己的话描述发生了什么</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>请为工单填写主题。</translation>
    </message>
    <message>
        <source>Edit Ticket</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>rapport::TicketListModel</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
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
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message>
        <source>Start Work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Customer Replied</source>
        <translation>客户已回复</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Waiting on Customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>%1优先级</translation>
    </message>
    <message>
        <source>Customer satisfaction:</source>
        <translation>客户满意度：</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5</source>
        <translation><numerusform>%n / 5</numerusform></translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户的反馈（可选）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Log Reply</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>Record the answer you sent; the first one sets the first response time.</source>
        <translation>记录您发出的答复；第一条答复即为首次响应时间。</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>#%1 · %2 · opened %3</source>
        <translation>#%1 · %2 · 创建于 %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>无描述。</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>first reply after %1</source>
        <translation>%1 后首次回复</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA：%1</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”现在为“%2”。</translation>
    </message>
    <message>
        <source>Resolve Ticket</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>How was “%1” resolved?</source>
        <translation>“%1”是如何解决的？</translation>
    </message>
    <message>
        <source>e.g. Sent a replacement; the customer confirmed it works</source>
        <translation>例如：已寄出替换件，客户确认可以正常使用</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>“%1” is resolved. Ask the customer how it went.</source>
        <translation>“%1”已解决。问问客户是否满意吧。</translation>
    </message>
    <message>
        <source>Choose one to five stars first.</source>
        <translation>请先选择一到五颗星。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>rapport::TicketRepository</name>
    <message>
        <source>There is no ticket with number %1.</source>
        <translation>不存在编号为 %1 的工单。</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>A ticket cannot go from “%1” to “%2”.</source>
        <translation>工单不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>The customer's satisfaction is recorded once the ticket is resolved.</source>
        <translation>工单解决后才能记录客户满意度。</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>工单需要一个主题。</translation>
    </message>
    <message>
        <source>A ticket needs a customer.</source>
        <translation>工单需要关联一位客户。</translation>
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation>未知渠道“%1”。</translation>
    </message>
</context>
<context>
    <name>rapport::TicketSatisfactionCommand</name>
    <message>
        <source>Satisfaction for “%1”</source>
        <translation>“%1”的满意度</translation>
    </message>
</context>
<context>
    <name>rapport::TicketStatusCommand</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>将“%1”标记为“%2”</translation>
    </message>
</context>
<context>
    <name>rapport::TicketTableModel</name>
    <message>
        <source>First reply due %1, resolution due %2</source>
        <translation>首次回复期限 %1，解决期限 %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>rapport::TicketsScreen</name>
    <message>
        <source>Service Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation>本周已解决</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Filter by subject</source>
        <translation>按主题筛选</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n 个工单</numerusform></translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation>没有待处理的工单</translation>
    </message>
    <message>
        <source>New requests and complaints appear here until you answer and resolve them.</source>
        <translation>新的请求和投诉会显示在这里，直到您答复并解决它们。</translation>
    </message>
    <message>
        <source>Every promise kept</source>
        <translation>所有承诺均已兑现</translation>
    </message>
    <message>
        <source>No open ticket is past its first-reply or resolution time.</source>
        <translation>没有未解决的工单超过首次回复或解决时限。</translation>
    </message>
    <message>
        <source>Not waiting on anyone</source>
        <translation>没有在等待客户的工单</translation>
    </message>
    <message>
        <source>Tickets you set to “Waiting on customer” gather here.</source>
        <translation>设为“等待客户”的工单会显示在这里。</translation>
    </message>
    <message>
        <source>Nothing resolved this week yet</source>
        <translation>本周还没有解决的工单</translation>
    </message>
    <message>
        <source>Resolved tickets show here with the customer's satisfaction.</source>
        <translation>已解决的工单及客户满意度显示在这里。</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>没有工单</translation>
    </message>
    <message>
        <source>A ticket is a customer's request or complaint, with a promised time to answer it.</source>
        <translation>工单是客户的请求或投诉，并附有承诺的答复时限。</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New deal “%1” in %2</source>
        <translation>新商机“%1”，处于“%2”阶段</translation>
    </message>
    <message>
        <source>Deal “%1” moved to %2</source>
        <translation>商机“%1”进入“%2”阶段</translation>
    </message>
    <message>
        <source>Ticket opened: %1</source>
        <translation>新工单：%1</translation>
    </message>
    <message>
        <source>Ticket resolved: %1</source>
        <translation>工单已解决：%1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>任务完成：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>原阶段：%1</translation>
    </message>
</context>
<context>
    <name>rapport::TodayScreen</name>
    <message>
        <source>Tasks due</source>
        <translation>待办任务</translation>
    </message>
    <message>
        <source>Nothing overdue or due today. Nice work.</source>
        <translation>没有逾期或今天到期的任务。干得漂亮！</translation>
    </message>
    <message>
        <source>Deals past their close date</source>
        <translation>已过预计成交日的商机</translation>
    </message>
    <message>
        <source>Every open deal is still within its expected close date.</source>
        <translation>所有进行中的商机都还在预计成交日期之内。</translation>
    </message>
    <message>
        <source>Tickets at risk</source>
        <translation>即将超时的工单</translation>
    </message>
    <message>
        <source>No ticket is close to missing its promised resolution time.</source>
        <translation>没有工单临近承诺的解决期限。</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>早上好</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>下午好</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>晚上好</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>overdue, %1</source>
        <translation>已逾期（%1到期）</translation>
    </message>
    <message>
        <source>Show all %1 in Tasks</source>
        <translation>在“任务”中查看全部 %1 项</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <source>late, was due %1</source>
        <translation>已超时（%1到期）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue task(s)</source>
        <translation><numerusform>%n 项逾期任务</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past their SLA</source>
        <translation><numerusform>%n 个工单超出服务时限</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) past their close date</source>
        <translation><numerusform>%n 个商机已过预计成交日</numerusform></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需要关注：%1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>生日与周年</translation>
    </message>
    <message>
        <source>No birthdays or customer anniversaries coming up.</source>
        <translation>近期没有生日或客户周年。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) a customer</source>
        <translation><numerusform>成为客户 %n 年</numerusform></translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>满 %1 岁</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::VCardReader</name>
    <message>
        <source>Line %1 contains bytes that are not valid %2; they were replaced.</source>
        <translation>第 %1 行含有不符合 %2 编码的字节，已被替换。</translation>
    </message>
    <message>
        <source>The card that starts on line %1 has no END:VCARD before line %2; what it contains so far was read.</source>
        <translation>从第 %1 行开始的名片在第 %2 行之前没有 END:VCARD；已读取其中现有的内容。</translation>
    </message>
    <message>
        <source>Line %1 is outside any card and was ignored.</source>
        <translation>第 %1 行不属于任何名片，已忽略。</translation>
    </message>
    <message>
        <source>Line %1: the birthday "%2" is not a date that can be read.</source>
        <translation>第 %1 行：无法识别生日“%2”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB; that is not a contacts file.</source>
        <translation>%1 超过 1 GB，不是通讯录文件。</translation>
    </message>
    <message>
        <source>No contacts were found in %1. Is it a vCard (.vcf) file?</source>
        <translation>在 %1 中没有找到联系人。这是 vCard（.vcf）文件吗？</translation>
    </message>
</context>
<context>
    <name>rapport::ValueTiers</name>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>No recent purchase</source>
        <translation>近期无购买</translation>
    </message>
    <message>
        <source>Customers with at least one won deal in the 24 months up to the end of the period. Each gets three scores from 1 to 5 by fifths of all these customers: recency (how recent the last purchase is), frequency (how many purchases) and monetary (how much was won, in the business currency); customers with equal values get equal scores. At-risk: valuable before (frequency + monetary 7 or more) but recency 2 or less, or an average satisfaction of 2 or less, or %1 or more tickets in the last %2 days. Important: recency 3 or more and frequency + monetary 8 or more. Major: the three scores add up to 9 or more. General: everyone else. Lifetime value is everything won so far plus open deals times their stage's win probability.</source>
        <translation>统计截至期间结束前 24 个月内至少有一个赢单商机的客户。按这些客户的五等分，每位客户得到三个 1 到 5 的评分：最近度（最近一次购买有多近）、频率（购买次数）和金额（按业务货币计的赢单金额）；数值相同的客户得分相同。流失风险：以前价值高（频率 + 金额 ≥ 7）但最近度 ≤ 2，或平均满意度 ≤ 2，或最近 %2 天内有 %1 个或更多工单。重要：最近度 ≥ 3 且频率 + 金额 ≥ 8。主要：三项评分之和 ≥ 9。一般：其余客户。终身价值是至今的赢单金额加上进行中商机乘以其阶段赢单概率。</translation>
    </message>
    <message>
        <source>Bought recently, often and for a lot: among your best customers.</source>
        <translation>近期购买、购买频繁且金额高：您最好的客户之一。</translation>
    </message>
    <message>
        <source>High value overall from how recently, how often and how much they bought.</source>
        <translation>综合最近购买时间、购买频率和金额来看，整体价值高。</translation>
    </message>
    <message>
        <source>Bought in the last 24 months, not among the most valuable.</source>
        <translation>最近 24 个月内有购买，但不属于价值最高的客户。</translation>
    </message>
    <message>
        <source>Valuable before but no recent purchase, or unhappy: low satisfaction or many recent tickets.</source>
        <translation>以前价值高但近期没有购买，或不满意：满意度低或近期工单多。</translation>
    </message>
    <message>
        <source>No won deal in the last 24 months, so no value tier.</source>
        <translation>最近 24 个月内没有赢单商机，因此没有价值分层。</translation>
    </message>
    <message>
        <source>Tiers are worked out every day from won deals of the last 24 months (recency, frequency, amount).</source>
        <translation>分层每天根据最近 24 个月的赢单商机计算（最近度、频率、金额）。</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomeWindow</name>
    <message>
        <source>Start Empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Try with Sample Data</source>
        <translation>使用示例数据试用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>欢迎使用 Rapport</translation>
    </message>
    <message>
        <source>Keep every customer, deal and support request in one place: a single file on this computer that only you control. It works offline.</source>
        <translation>把每一位客户、每一个商机和每一次服务请求都集中在一处：保存在这台电脑上、完全由您掌控的一个文件里，无需联网。</translation>
    </message>
    <message>
        <source>e.g. Harbour Street Bakery</source>
        <translation>例如：港湾街面包店</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Your data will be kept in %1</source>
        <translation>您的数据将保存在 %1</translation>
    </message>
    <message>
        <source>Fills Rapport with made-up customers, deals and tickets so you can look around.</source>
        <translation>用虚构的客户、商机和工单填充 Rapport，方便您四处看看。</translation>
    </message>
    <message>
        <source>Creating sample customers, deals and tickets…</source>
        <translation>正在创建示例客户、商机和工单…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开已有的数据库…</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, EUR or CNY.</source>
        <translation>请使用三个字母的币种代码，例如 USD、EUR 或 CNY。</translation>
    </message>
    <message>
        <source>Sample data was not added. You can start empty or try again.</source>
        <translation>未添加示例数据。您可以从空白开始，或者再试一次。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>rapport::WinRate</name>
    <message>
        <source>Deals closed in the period, by the month they closed. Win rate is won deals divided by won and lost deals (open deals do not count). Days to win run from a deal's creation to its win; the median is the middle value, so one very slow deal does not move it. Days in each stage run from entering the stage to the next stage change, over every visit by a deal closed in the period. Lost reasons are the five most frequent among deals lost in the period.</source>
        <translation>统计本期间内关闭的商机，按关闭月份分组。赢单率是赢单数除以赢单与丢单之和（进行中的商机不计入）。赢单天数从商机创建算到赢单；中位数是居中的数值，不受个别特别慢的商机影响。各阶段停留天数从进入该阶段算到下一次阶段变化，统计本期间关闭的商机的每次停留。丢单原因列出本期间丢单中最常见的五个。</translation>
    </message>
</context>
<context>
    <name>rapport::cli::ReportCommand</name>
    <message>
        <source>Writing PDF: %1%</source>
        <translation>正在写入 PDF：%1%</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation><numerusform>已写入 %1（%n 页）。</numerusform></translation>
    </message>
    <message>
        <source>Definition: </source>
        <translation>统计口径：</translation>
    </message>
</context>
</TS>
